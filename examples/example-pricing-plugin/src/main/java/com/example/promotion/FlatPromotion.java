package com.example.promotion;

import io.salesplatform.plugin.api.AppliedDiscount;
import io.salesplatform.plugin.api.PluginConfiguration;
import io.salesplatform.plugin.api.PluginContext;
import io.salesplatform.plugin.api.PriceLine;
import io.salesplatform.plugin.api.PriceRequest;
import io.salesplatform.plugin.api.PriceResult;
import io.salesplatform.plugin.api.PricedLine;
import io.salesplatform.plugin.api.PricingStrategy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/**
 * One flat promotional discount on every line, whatever the quantity or the customer: a company
 * running a campaign sets {@code promotionPercent} (and a name its quotes show). No promotion
 * configured means list price.
 */
@Extension
public class FlatPromotion implements PricingStrategy {

  @Override
  public String name() {
    return "flat-promotion";
  }

  @Override
  public void checkConfiguration(PluginConfiguration configuration) {
    percent(configuration);
  }

  @Override
  public PriceResult price(PriceRequest request, PluginContext context) {
    BigDecimal percent = percent(context.configuration());
    String campaign = context.configuration().string("campaign", "promotion");
    BigDecimal factor = BigDecimal.ONE.subtract(percent.movePointLeft(2));
    List<PricedLine> lines = new ArrayList<>();
    for (PriceLine line : request.lines()) {
      List<AppliedDiscount> discounts =
          percent.signum() == 0
              ? List.of()
              : List.of(new AppliedDiscount(AppliedDiscount.REQUESTED, campaign, percent));
      lines.add(PricedLine.of(line, line.listPrice(), line.listPrice().times(factor), discounts));
    }
    return PriceResult.of(request.currency(), lines, List.of());
  }

  private static BigDecimal percent(PluginConfiguration configuration) {
    BigDecimal percent = configuration.decimal("promotionPercent", BigDecimal.ZERO);
    if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(90)) > 0) {
      throw configuration.invalid("promotionPercent", "a promotion takes 0 to 90 percent off");
    }
    return percent;
  }
}
