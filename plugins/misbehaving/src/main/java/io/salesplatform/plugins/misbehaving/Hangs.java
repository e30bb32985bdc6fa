package io.salesplatform.plugins.misbehaving;

import io.salesplatform.plugin.api.PluginContext;
import io.salesplatform.plugin.api.PriceRequest;
import io.salesplatform.plugin.api.PriceResult;
import io.salesplatform.plugin.api.PricingStrategy;
import java.util.List;
import org.pf4j.Extension;

/** Never answers in time, and ignores being interrupted for a while too. */
@Extension
public class Hangs implements PricingStrategy {

  @Override
  public String name() {
    return "hangs";
  }

  @Override
  public PriceResult price(PriceRequest request, PluginContext context) {
    long until = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < until) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException ignored) {
        // a badly written plugin carries on
      }
    }
    return PriceResult.of(request.currency(), List.of(), List.of());
  }
}
