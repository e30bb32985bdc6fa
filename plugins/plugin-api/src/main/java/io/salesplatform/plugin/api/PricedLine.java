package io.salesplatform.plugin.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * One priced line. Amounts are rounded to the currency's minor unit; {@link #of} computes the
 * derived figures the one way the platform expects them.
 *
 * @param productId the product, as requested
 * @param sku the product's SKU, as requested
 * @param quantity the quantity, as requested
 * @param listPrice the price of one unit before any discount: the requested list price, or the one
 *     the plugin's own price book holds
 * @param unitPrice the price of one unit after every discount
 * @param discountPercent how far the unit price is below the list price, in percent with two
 *     decimals; 0 for a free list price, negative for a unit price above it
 * @param discounts the steps from list price to unit price, in the order they applied; empty when
 *     the unit price is the list price
 * @param lineTotal unit price times quantity
 * @param unitCost the cost of one unit, as requested; {@code null} when unknown
 * @param margin line total less unit cost times quantity; {@code null} when the cost is unknown
 * @param marginPercent the margin as a percent of the line total, two decimals; {@code null} when
 *     the cost is unknown or the line total is zero
 */
public record PricedLine(
    String productId,
    String sku,
    BigDecimal quantity,
    Money listPrice,
    Money unitPrice,
    BigDecimal discountPercent,
    List<AppliedDiscount> discounts,
    Money lineTotal,
    @Nullable Money unitCost,
    @Nullable Money margin,
    @Nullable BigDecimal marginPercent) {

  public PricedLine {
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(listPrice, "listPrice");
    Objects.requireNonNull(unitPrice, "unitPrice");
    Objects.requireNonNull(discountPercent, "discountPercent");
    discounts = List.copyOf(discounts);
    Objects.requireNonNull(lineTotal, "lineTotal");
    String currency = unitPrice.currency();
    for (Money amount : new Money[] {listPrice, lineTotal, unitCost, margin}) {
      if (amount != null && !amount.currency().equals(currency)) {
        throw new IllegalArgumentException(
            "a priced line is in one currency: " + amount + " on a line priced in " + currency);
      }
    }
  }

  /**
   * A priced line with its derived figures computed: the discount percent from list and unit price,
   * the line total, and the margin when the cost is known.
   *
   * @param requested the line as requested
   * @param listPrice the price of one unit before any discount
   * @param unitPrice the price of one unit after every discount
   * @param discounts the steps from one to the other
   */
  public static PricedLine of(
      PriceLine requested, Money listPrice, Money unitPrice, List<AppliedDiscount> discounts) {
    BigDecimal quantity = requested.quantity();
    Money lineTotal = unitPrice.times(quantity);
    BigDecimal discountPercent =
        listPrice.isZero()
            ? BigDecimal.ZERO.setScale(2)
            : listPrice
                .amount()
                .subtract(unitPrice.amount())
                .movePointRight(2)
                .divide(listPrice.amount(), 2, RoundingMode.HALF_EVEN);
    Money unitCost = requested.unitCost();
    Money margin = unitCost == null ? null : lineTotal.minus(unitCost.times(quantity));
    BigDecimal marginPercent =
        margin == null || lineTotal.isZero()
            ? null
            : margin
                .amount()
                .movePointRight(2)
                .divide(lineTotal.amount(), 2, RoundingMode.HALF_EVEN);
    return new PricedLine(
        requested.productId(),
        requested.sku(),
        quantity,
        listPrice,
        unitPrice,
        discountPercent,
        discounts,
        lineTotal,
        unitCost,
        margin,
        marginPercent);
  }
}
