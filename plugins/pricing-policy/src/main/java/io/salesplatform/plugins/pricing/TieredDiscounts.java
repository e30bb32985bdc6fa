package io.salesplatform.plugins.pricing;

import io.salesplatform.plugin.api.PluginConfiguration;
import io.salesplatform.plugin.api.PluginContext;
import io.salesplatform.plugin.api.PriceRequest;
import io.salesplatform.plugin.api.PriceResult;
import io.salesplatform.plugin.api.PricingStrategy;
import org.pf4j.Extension;

/**
 * Prices each line from the price book (or the catalogue's list price), less the volume tier its
 * quantity reaches and the customer segment's discount, then the discount the requester asks for.
 */
@Extension
public class TieredDiscounts implements PricingStrategy {

  static final String NAME = "tiered-discounts";

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
    return QuotePricer.price(request, policy, policy::tiered);
  }
}
