package io.salesplatform.plugins.pricing;

import io.salesplatform.plugin.api.Money;
import io.salesplatform.plugin.api.PriceLine;
import io.salesplatform.plugin.api.PriceRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Quotes and configurations for the pricing tests. */
final class Quotes {

  static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

  /** A policy like a real tenant's: a price book, tiers, segments, caps, a floor, a price list. */
  static final Map<String, Object> POLICY =
      Map.of(
          "priceBook",
          Map.of(
              "LIC-STD", Map.of("listPrices", Map.of("EUR", 100, "USD", 110)),
              "LIC-ENT",
                  Map.of(
                      "listPrices",
                      Map.of("EUR", 400),
                      "volumeTiers",
                      List.of(Map.of("minQuantity", 5, "discountPercent", 15)))),
          "volumeTiers",
          List.of(
              Map.of("minQuantity", 10, "discountPercent", 5),
              Map.of("minQuantity", 50, "discountPercent", 10)),
          "segmentDiscountPercent",
          Map.of("enterprise", 5, "public-sector", 8),
          "maxDiscountPercent",
          Map.of("sales-rep", 10, "sales-manager", 25),
          "marginFloorPercent",
          20,
          "priceLists",
          List.of(
              Map.of(
                  "name", "Frame agreement 2025",
                  "customerId", "c-frame",
                  "currency", "EUR",
                  "validFrom", "2025-01-01",
                  "validUntil", "2025-12-31",
                  "prices", Map.of("LIC-STD", 80, "SUPPORT", 150))));

  private Quotes() {}

  static PriceRequest quote(
      String customer, String segment, Set<String> roles, PriceLine... lines) {
    return quote(customer, segment, roles, TODAY, "EUR", lines);
  }

  static PriceRequest quote(
      String customer,
      String segment,
      Set<String> roles,
      LocalDate date,
      String currency,
      PriceLine... lines) {
    return new PriceRequest(customer, segment, roles, date, currency, List.of(lines));
  }

  /** A EUR line: SKU, quantity, catalogue list price, unit cost (or null), requested discount. */
  static PriceLine line(
      String sku, String quantity, String listPrice, String cost, String discount) {
    return line(sku, quantity, eur(listPrice), cost == null ? null : eur(cost), discount);
  }

  static PriceLine line(String sku, String quantity, Money listPrice, Money cost, String discount) {
    return new PriceLine(
        "product-" + sku, sku, new BigDecimal(quantity), listPrice, cost, new BigDecimal(discount));
  }

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
