package io.salesplatform.plugins.pricing;

import io.salesplatform.plugin.api.PluginConfiguration;
import io.salesplatform.plugin.api.PluginContext;
import io.salesplatform.plugin.api.PriceRequest;
import io.salesplatform.plugin.api.PriceResult;
import io.salesplatform.plugin.api.PricingStrategy;
import org.pf4j.Extension;

/**
 * Prices each line at the price negotiated with the customer, from a price list in force on the
 * quote's date and in its currency, then the discount the requester asks for. A line no price list
 * covers is priced as {@link TieredDiscounts} prices it. The role caps and the margin floor apply
 * to every line.
 */
@Extension
public class NegotiatedPrices implements PricingStrategy {

  static final String NAME = "negotiated-prices";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void checkConfiguration(PluginConfiguration configuration) {
    PricingPolicy.from(configuration);
  }

  @Override
  public PriceResult price(PriceRequest request, PluginContext context) {
    PricingPolicy policy = PricingPolicy.from(context.configuration());
    return QuotePricer.price(request, policy, policy::negotiated);
  }
}
