package io.salesplatform.plugin.api;

import java.math.BigDecimal;

/**
 * One line of a quote to price, with the figures the tenant's catalogue holds for the product.
 *
 * @param productId the product's identifier in the tenant's catalogue
 * @param sku the product's stock-keeping unit, the code price books and price lists refer to
 * @param quantity how many units, positive; fractions are allowed for products sold by the hour or
 *     by weight
 * @param listPrice the catalogue's list price of one unit, not negative, in the quote's currency
 * @param unitCost what one unit costs the company, for margin rules; {@code null} when the
 *     catalogue does not know it
 * @param requestedDiscountPercent the discount the requester asks for on this line, 0 to 100, on
 *     top of what the pricing policy grants by itself; 0 (also when given as {@code null}) for none
 */
public record PriceLine(
    String productId,
    String sku,
    BigDecimal quantity,
    Money listPrice,
    @Nullable Money unitCost,
    BigDecimal requestedDiscountPercent) {

  /**
   * @throws InvalidRequestException naming the field that is missing or out of range
   */
  public PriceLine {
    Requests.text(productId, "productId");
    Requests.text(sku, "sku");
    if (quantity == null || quantity.signum() <= 0) {
      throw new InvalidRequestException("quantity", "quantity must be positive");
    }
    Requests.notNegative(listPrice, "listPrice");
    if (unitCost != null) {
      Requests.notNegative(unitCost, "unitCost");
    }
    requestedDiscountPercent =
        Requests.percent(
            requestedDiscountPercent == null ? BigDecimal.ZERO : requestedDiscountPercent,
            "requestedDiscountPercent");
  }

  /** A line asking for no discount. */
  public PriceLine(
      String productId, String sku, BigDecimal quantity, Money listPrice, Money unitCost) {
    this(productId, sku, quantity, listPrice, unitCost, BigDecimal.ZERO);
  }
}
