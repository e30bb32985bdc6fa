package io.salesplatform.plugins.misbehaving;

import io.salesplatform.plugin.api.PluginContext;
import io.salesplatform.plugin.api.PriceLine;
import io.salesplatform.plugin.api.PriceRequest;
import io.salesplatform.plugin.api.PriceResult;
import io.salesplatform.plugin.api.PricedLine;
import io.salesplatform.plugin.api.PricingStrategy;
import java.util.List;
import org.pf4j.Extension;

/** Prices only the first line of a quote: a well-formed answer to another question. */
@Extension
public class DropsLines implements PricingStrategy {

  @Override
  public String name() {
    return "drops-lines";
  }

  @Override
  public PriceResult price(PriceRequest request, PluginContext context) {
    PriceLine first = request.lines().get(0);
    return PriceResult.of(
        request.currency(),
        List.of(PricedLine.of(first, first.listPrice(), first.listPrice(), List.of())),
        List.of());
  }
}
