package io.salesplatform.plugins.misbehaving;

import io.salesplatform.plugin.api.PluginContext;
import io.salesplatform.plugin.api.PriceRequest;
import io.salesplatform.plugin.api.PriceResult;
import io.salesplatform.plugin.api.PricingStrategy;
import org.pf4j.Extension;

/** Fails with an exception no plugin should let out. */
@Extension
public class Throws implements PricingStrategy {

  @Override
  public String name() {
    return "throws";
  }

  @Override
  public PriceResult price(PriceRequest request, PluginContext context) {
    throw new IllegalStateException("the price book is corrupt");
  }
}
