package io.salesplatform.plugin.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a quote to price.
 *
 * @param productCode the product's code in the tenant's catalog
 * @param quantity how many units, positive
 * @param listPrice the catalog's list price of one unit
 * @param unitCost what one unit costs the company, for margin rules; may be {@code null}
 * @param requestedDiscountPercent the discount the rep asks for, 0 to 100; 0 for none
 */
public record PriceLine(
    String productCode,
    BigDecimal quantity,
    Money listPrice,
    Money unitCost,
    BigDecimal requestedDiscountPercent) {

  public PriceLine {
    Objects.requireNonNull(productCode, "productCode");
    Objects.requireNonNull(listPrice, "listPrice");
    if (quantity == null || quantity.signum() <= 0) {
      throw new IllegalArgumentException("quantity must be positive");
    }
    requestedDiscountPercent =
        requestedDiscountPercent == null ? BigDecimal.ZERO : requestedDiscountPercent;
  }
}
