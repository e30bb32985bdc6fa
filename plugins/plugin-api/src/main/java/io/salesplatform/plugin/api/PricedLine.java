package io.salesplatform.plugin.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One priced line.
 *
 * @param productCode the product's code, as requested
 * @param quantity the quantity, as requested
 * @param unitPrice the price of one unit after discounts
 * @param discountPercent the discount granted on the list price, 0 to 100
 * @param lineTotal unit price times quantity
 */
public record PricedLine(
    String productCode,
    BigDecimal quantity,
    Money unitPrice,
    BigDecimal discountPercent,
    Money lineTotal) {

  public PricedLine {
    Objects.requireNonNull(productCode, "productCode");
    Objects.requireNonNull(unitPrice, "unitPrice");
    Objects.requireNonNull(lineTotal, "lineTotal");
  }
}
