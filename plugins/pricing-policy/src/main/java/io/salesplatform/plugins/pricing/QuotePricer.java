package io.salesplatform.plugins.pricing;

import io.salesplatform.plugin.api.AppliedDiscount;
import io.salesplatform.plugin.api.ApprovalReason;
import io.salesplatform.plugin.api.Money;
import io.salesplatform.plugin.api.PriceLine;
import io.salesplatform.plugin.api.PriceRequest;
import io.salesplatform.plugin.api.PriceResult;
import io.salesplatform.plugin.api.PricedLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Prices a quote line by line from where the policy says each line starts, then applies the
 * requester's discount. The requested discount is always priced in; when it goes beyond what the
 * requester's roles may grant, or the unit price keeps less margin than the tenant's floor, the
 * quote is marked for approval instead of being refused, so that a manager decides with the figures
 * in front of them.
 *
 * <p>Arithmetic is exact until each unit price is rounded, once, to the currency's minor unit.
 */
final class QuotePricer {

  private QuotePricer() {}

  static PriceResult price(
      PriceRequest request,
      PricingPolicy policy,
      BiFunction<PriceLine, PriceRequest, PricingPolicy.Start> start) {
    BigDecimal roleCap = policy.roleCap(request.requesterRoles());
    List<PricedLine> priced = new ArrayList<>();
    List<ApprovalReason> reasons = new ArrayList<>();

    for (int i = 0; i < request.lines().size(); i++) {
      PriceLine line = request.lines().get(i);
      int number = i + 1;
      String label = "line " + number + " (" + line.sku() + ")";
      PricingPolicy.Start from = start.apply(line, request);
      List<AppliedDiscount> steps = new ArrayList<>(from.steps());
      BigDecimal exact = from.price();
      BigDecimal requested = line.requestedDiscountPercent();
      if (requested.signum() > 0) {
        steps.add(new AppliedDiscount(AppliedDiscount.REQUESTED, "requested discount", requested));
        exact = PricingPolicy.less(exact, requested);
      }
      Money unitPrice = Money.of(exact, request.currency());
      PricedLine result = PricedLine.of(line, from.listPrice(), unitPrice, steps);
      priced.add(result);

      if (requested.compareTo(roleCap) > 0) {
        reasons.add(
            new ApprovalReason(
                ApprovalReason.DISCOUNT_ABOVE_ROLE_CAP,
                number,
                label
                    + ": requested discount "
                    + percent(requested)
                    + " exceeds the "
                    + percent(roleCap)
                    + " that "
                    + PricingPolicy.roleNames(request.requesterRoles())
                    + " may grant"));
      }
      if (line.unitCost() != null && belowFloor(unitPrice, line.unitCost(), policy)) {
        reasons.add(
            new ApprovalReason(
                ApprovalReason.MARGIN_BELOW_FLOOR,
                number,
                label
                    + ": unit price "
                    + unitPrice
                    + " is below "
                    + leastPrice(line.unitCost(), policy.marginFloorPercent())
                    + ", the least that keeps the "
                    + percent(policy.marginFloorPercent())
                    + " margin floor over the unit cost of "
                    + line.unitCost()));
      }
    }
    return PriceResult.of(request.currency(), priced, reasons);
  }

  /**
   * The margin is a share of the unit price: a floor {@code f} needs {@code price - cost >= f x
   * price}, compared as {@code price x (1 - f) >= cost} so that nothing is divided.
   */
  private static boolean belowFloor(Money unitPrice, Money unitCost, PricingPolicy policy) {
    BigDecimal kept = PricingPolicy.less(unitPrice.amount(), policy.marginFloorPercent());
    return kept.compareTo(unitCost.amount()) < 0;
  }

  /**
   * Rounded up to the minor unit, so the approver never reads "10.00 is below 10.00" when the exact
   * least price has more decimals than the currency.
   */
  private static Money leastPrice(Money unitCost, BigDecimal floorPercent) {
    BigDecimal share = PricingPolicy.HUNDRED.subtract(floorPercent).movePointLeft(2);
    int digits = Money.minorDigits(unitCost.currency());
    return Money.of(
        unitCost.amount().divide(share, digits, RoundingMode.CEILING), unitCost.currency());
  }

  private static String percent(BigDecimal value) {
    return PricingPolicy.plain(value) + "%";
  }
}
