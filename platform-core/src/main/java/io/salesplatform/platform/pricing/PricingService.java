package io.salesplatform.platform.pricing;

import io.salesplatform.platform.plugin.PluginCalls;
import io.salesplatform.platform.plugin.SelectedExtension;
import io.salesplatform.platform.plugin.TenantPlugins;
import io.salesplatform.platform.problem.Problems;
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
            (strategy, context) -> strategy.price(request, context));
    requireAnswers(pricing, request, result);
    return PricePreview.of(
        pricing.plugin().id(), pricing.plugin().version(), pricing.name(), result);
  }

  private static void requireAnswers(
      SelectedExtension<PricingStrategy> pricing, PriceRequest request, PriceResult result) {
    String nonsense = null;
    if (!request.currency().equals(result.currency())) {
      nonsense = "priced in " + result.currency() + " a quote in " + request.currency();
    } else if (result.lines().size() != request.lines().size()) {
      nonsense =
          "priced " + result.lines().size() + " line(s) of " + request.lines().size() + " asked";
    } else {
      for (int i = 0; i < request.lines().size(); i++) {
        PriceLine asked = request.lines().get(i);
        PricedLine priced = result.lines().get(i);
        if (!asked.sku().equals(priced.sku())
            || !asked.productId().equals(priced.productId())
            || asked.quantity().compareTo(priced.quantity()) != 0) {
          nonsense = "line " + (i + 1) + " does not answer the line asked (" + asked.sku() + ")";
          break;
        }
        if (priced.unitPrice().isNegative()) {
          nonsense = "line " + (i + 1) + " has a negative price";
          break;
        }
      }
    }
    if (nonsense != null) {
      throw Problems.pluginFailed(pricing.label() + " answered nonsense: " + nonsense + ".");
    }
  }
}
