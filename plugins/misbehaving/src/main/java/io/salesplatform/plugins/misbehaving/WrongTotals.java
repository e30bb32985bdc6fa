package io.salesplatform.plugins.misbehaving;

import io.salesplatform.plugin.api.Money;
import io.salesplatform.plugin.api.PluginContext;
import io.salesplatform.plugin.api.PriceLine;
import io.salesplatform.plugin.api.PriceRequest;
import io.salesplatform.plugin.api.PriceResult;
import io.salesplatform.plugin.api.PricedLine;
import io.salesplatform.plugin.api.PricingStrategy;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/** Builds a result whose net total is not the sum of its lines; the record refuses it. */
@Extension
public class WrongTotals implements PricingStrategy {

  @Override
  public String name() {
    return "wrong-totals";
  }

  @Override
  public PriceResult price(PriceRequest request, PluginContext context) {
    List<PricedLine> lines = new ArrayList<>();
    for (PriceLine line : request.lines()) {
      lines.add(PricedLine.of(line, line.listPrice(), line.listPrice(), List.of()));
    }
    PriceResult right = PriceResult.of(request.currency(), lines, List.of());
    return new PriceResult(
        right.currency(),
        right.lines(),
        right.listTotal(),
        right.discountTotal(),
        right.netTotal().plus(Money.of("1", request.currency())),
        right.marginTotal(),
        List.of());
  }
}
