package io.salesplatform.plugins.misbehaving;

import io.salesplatform.plugin.api.PluginContext;
import io.salesplatform.plugin.api.PriceRequest;
import io.salesplatform.plugin.api.PriceResult;
import io.salesplatform.plugin.api.PricingStrategy;
import org.pf4j.Extension;

/** Answers nothing. */
@Extension
public class AnswersNull implements PricingStrategy {

  @Override
  public String name() {
    return "answers-null";
  }

  @Override
  public PriceResult price(PriceRequest request, PluginContext context) {
    return null;
  }
}
