package io.salesplatform.plugins.misbehaving;

import io.salesplatform.plugin.api.ExternalServiceException;
import io.salesplatform.plugin.api.PluginContext;
import io.salesplatform.plugin.api.PriceRequest;
import io.salesplatform.plugin.api.PriceResult;
import io.salesplatform.plugin.api.PricingStrategy;
import org.pf4j.Extension;

/** Depends on an outside price service that is down. */
@Extension
public class ServiceDown implements PricingStrategy {

  @Override
  public String name() {
    return "service-down";
  }

  @Override
  public PriceResult price(PriceRequest request, PluginContext context) {
    throw new ExternalServiceException(
        "price-service",
        ExternalServiceException.Failure.UNAVAILABLE,
        "the price service answered 503",
        null);
  }
}
