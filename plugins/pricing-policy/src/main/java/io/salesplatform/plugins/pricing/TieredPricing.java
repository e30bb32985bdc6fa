package io.salesplatform.plugins.pricing;

import io.salesplatform.plugin.api.Money;
import io.salesplatform.plugin.api.PluginContext;
import io.salesplatform.plugin.api.PriceLine;
import io.salesplatform.plugin.api.PriceRequest;
import io.salesplatform.plugin.api.PriceResult;
import io.salesplatform.plugin.api.PricedLine;
import io.salesplatform.plugin.api.PricingStrategy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/**
 * Prices each line at its list price less the requested discount. The requested discount is always
 * granted in the result; when it goes beyond the requester's role cap or leaves less margin than
 * the tenant's floor, the quote is marked for approval instead of being refused, so that a manager
 * can decide with the figures in front of them.
 */
@Extension
public class TieredPricing implements PricingStrategy {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public PriceResult price(PriceRequest request, PluginContext context) {
    PricingPolicy policy = PricingPolicy.from(context.configuration());
    BigDecimal roleCap = policy.maxDiscountPercent(request.requestedBy());
    List<PricedLine> priced = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    Money total = Money.zero(request.currency());

    for (int i = 0; i < request.lines().size(); i++) {
      PriceLine line = request.lines().get(i);
      String label = "line " + (i + 1) + " (" + line.productCode() + ")";
      requireCurrency(request.currency(), line.listPrice(), label);
      BigDecimal discount = line.requestedDiscountPercent();
      if (discount.signum() < 0 || discount.compareTo(HUNDRED) > 0) {
        throw new IllegalArgumentException(
            label + ": a discount is between 0 and 100 percent, not " + percent(discount));
      }

      // Exact until Money rounds once to the currency's minor unit.
      Money unitPrice = line.listPrice().times(HUNDRED.subtract(discount).movePointLeft(2));
      Money lineTotal = unitPrice.times(line.quantity());
      priced.add(
          new PricedLine(line.productCode(), line.quantity(), unitPrice, discount, lineTotal));
      total = total.plus(lineTotal);

      if (discount.compareTo(roleCap) > 0) {
        reasons.add(
            label
                + ": discount "
                + percent(discount)
                + " exceeds the "
                + percent(roleCap)
                + " cap for "
                + roleName(request.requestedBy()));
      }
      if (line.unitCost() != null) {
        requireCurrency(request.currency(), line.unitCost(), label);
        // Margin is measured over cost, so the floor is a least unit price: cost x (1 + floor).
        BigDecimal leastPrice =
            line.unitCost()
                .amount()
                .multiply(BigDecimal.ONE.add(policy.marginFloorPercent().movePointLeft(2)));
        if (unitPrice.amount().compareTo(leastPrice) < 0) {
          reasons.add(
              label
                  + ": unit price "
                  + unitPrice
                  + " is below "
                  + leastPriceShown(leastPrice, unitPrice)
                  + ", the least that keeps the "
                  + percent(policy.marginFloorPercent())
                  + " margin floor over the unit cost of "
                  + line.unitCost());
        }
      }
    }

    boolean approvalRequired = !reasons.isEmpty();
    return new PriceResult(
        priced,
        total,
        approvalRequired,
        approvalRequired ? "Approval needed: " + String.join("; ", reasons) + "." : null);
  }

  private static void requireCurrency(String currency, Money amount, String label) {
    if (!currency.equals(amount.currency())) {
      throw new IllegalArgumentException(
          label + ": " + amount + " is not in the quote's currency " + currency);
    }
  }

  private static String roleName(String role) {
    return role == null ? "a requester with no role" : "role " + role;
  }

  /**
   * Rounded up to the minor unit, so the approver never reads "10.00 is below 10.00" when the exact
   * least price has more decimals than the currency.
   */
  private static Money leastPriceShown(BigDecimal leastPrice, Money unitPrice) {
    return new Money(
        leastPrice.setScale(unitPrice.amount().scale(), RoundingMode.CEILING),
        unitPrice.currency());
  }

  private static String percent(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString() + "%";
  }
}
