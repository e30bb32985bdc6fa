package io.salesplatform.platform.pricing;

import io.salesplatform.platform.plugin.PluginCalls;
import io.salesplatform.platform.plugin.SelectedExtension;
import io.salesplatform.platform.plugin.TenantPlugins;
import io.salesplatform.platform.settings.TenantSettingsService;
import io.salesplatform.platform.tenant.TenantContext;
import io.salesplatform.plugin.api.PriceLine;
import io.salesplatform.plugin.api.PriceRequest;
import io.salesplatform.plugin.api.PriceResult;
import io.salesplatform.plugin.api.PricedLine;
import io.salesplatform.plugin.api.PricingStrategy;
import io.salesplatform.tenant.config.settings.PluginPoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Prices quote lines by the pricing extension the tenant selected, or at list price when it
 * selected none. What the plugin answers is checked against what was asked (a priced line per
 * requested line, in order, in the quote's currency) before anyone sees it.
 */
@ApplicationScoped
public class PricingService {

  @Inject TenantSettingsService settings;
  @Inject TenantPlugins plugins;
  @Inject PluginCalls calls;
  @Inject TenantContext tenant;

  public PricePreview price(PriceRequest request) {
    Optional<SelectedExtension<PricingStrategy>> selected =
        plugins.selected(settings.current().settings(), PluginPoint.PRICING, PricingStrategy.class);
    if (selected.isEmpty()) {
      List<PricedLine> lines =
          request.lines().stream()
              .map(l -> PricedLine.of(l, l.listPrice(), l.listPrice(), List.of()))
              .toList();
      return PricePreview.of(
          null, null, null, PriceResult.of(request.currency(), lines, List.of()));
    }
    SelectedExtension<PricingStrategy> pricing = selected.get();
    PriceResult result =
        calls.call(
            pricing,
            tenant.tenantId().toString(),
            (strategy, context) -> strategy.price(request, context),
            answer -> nonsense(request, answer));
    return PricePreview.of(
        pricing.plugin().id(), pricing.plugin().version(), pricing.name(), result);
  }

  /** What is wrong with {@code result} as an answer to {@code request}, or {@code null}. */
  private static String nonsense(PriceRequest request, PriceResult result) {
    if (!request.currency().equals(result.currency())) {
      return "priced in " + result.currency() + " a quote in " + request.currency();
    }
    if (result.lines().size() != request.lines().size()) {
      return "priced " + result.lines().size() + " line(s) of " + request.lines().size() + " asked";
    }
    for (int i = 0; i < request.lines().size(); i++) {
      PriceLine asked = request.lines().get(i);
      PricedLine priced = result.lines().get(i);
      if (!asked.sku().equals(priced.sku())
          || !asked.productId().equals(priced.productId())
          || asked.quantity().compareTo(priced.quantity()) != 0) {
        return "line " + (i + 1) + " does not answer the line asked (" + asked.sku() + ")";
      }
      if (priced.unitPrice().isNegative()) {
        return "line " + (i + 1) + " has a negative price";
      }
    }
    return null;
  }
}
