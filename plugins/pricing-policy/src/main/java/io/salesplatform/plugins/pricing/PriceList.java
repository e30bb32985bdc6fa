package io.salesplatform.plugins.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Prices agreed with one customer for a time, such as a frame agreement.
 *
 * @param name what the agreement is called, shown to the requester and the approver
 * @param customerId the customer it was agreed with
 * @param currency the currency its prices are in; it serves only quotes in that currency
 * @param validFrom the first day it is in force
 * @param validUntil the last day it is in force; {@code null} while it has no end
 * @param prices the agreed price of one unit, by SKU
 */
record PriceList(
    String name,
    String customerId,
    String currency,
    LocalDate validFrom,
    LocalDate validUntil,
    Map<String, BigDecimal> prices) {

  boolean serves(String customer, String quoteCurrency, LocalDate day) {
    return customerId.equals(customer)
        && currency.equals(quoteCurrency)
        && !day.isBefore(validFrom)
        && (validUntil == null || !day.isAfter(validUntil));
  }

  String validity() {
    return "valid from " + validFrom + (validUntil == null ? "" : " to " + validUntil);
  }
}
