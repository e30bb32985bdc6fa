package io.salesplatform.plugins.misbehaving;

import io.salesplatform.plugin.api.PluginConfiguration;
import io.salesplatform.plugin.api.PluginContext;
import io.salesplatform.plugin.api.PriceRequest;
import io.salesplatform.plugin.api.PriceResult;
import io.salesplatform.plugin.api.PricingStrategy;
import org.pf4j.Extension;

/** Crashes while checking a configuration, so that none can be saved for it. */
@Extension
public class CheckCrashes implements PricingStrategy {

  @Override
  public String name() {
    return "check-crashes";
  }

  @Override
  public void checkConfiguration(PluginConfiguration configuration) {
    throw new NullPointerException("no settings cache");
  }

  @Override
  public PriceResult price(PriceRequest request, PluginContext context) {
    throw new UnsupportedOperationException("never configured");
  }
}
