package io.salesplatform.plugins.pricing;

import static io.salesplatform.plugins.pricing.Quotes.POLICY;
import static io.salesplatform.plugins.pricing.Quotes.line;
import static io.salesplatform.plugins.pricing.Quotes.quote;

import io.salesplatform.plugin.api.Money;
import io.salesplatform.plugin.api.PriceRequest;
import io.salesplatform.plugin.testkit.Scenario;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The scenarios both pricing strategies are checked against for conformance. */
final class PricingScenarios {

  private PricingScenarios() {}

  static List<Scenario<PriceRequest>> all() {
    return List.of(
        Scenario.of(
            "a full policy, tiers, segment and a price list customer",
            POLICY,
            quote(
                "c-frame",
                "enterprise",
                Set.of("sales-rep"),
                line("LIC-STD", "12", "0", "40.00", "5"),
                line("LIC-ENT", "6", "0", "250.00", "0"),
                line("SUPPORT", "1", "200.00", null, "15"))),
        Scenario.of(
            "an empty configuration",
            Map.of(),
            quote("c-1", null, Set.of(), line("SKU-A", "2.5", "19.99", null, "0"))),
        Scenario.of(
            "an example tenant's configuration in yen",
            Map.of(
                "maxDiscountPercent",
                Map.of("sales-rep", 3, "sales-manager", 10),
                "marginFloorPercent",
                40),
            quote(
                "c-2",
                "strategic",
                Set.of("sales-manager"),
                LocalDate.of(2025, 12, 31),
                "JPY",
                line("SKU-J", "3", Money.of("999", "JPY"), Money.of("500", "JPY"), "10"))),
        Scenario.of(
            "a free line and a full discount",
            Map.of("maxDiscountPercent", Map.of("sales-director", 100)),
            quote(
                "c-3",
                null,
                Set.of("sales-director"),
                line("GIFT", "1", "0", null, "0"),
                line("SKU-F", "4", "25.00", "5.00", "100"))));
  }

  static List<Map<String, Object>> invalidConfigurations() {
    return List.of(
        Map.of("maxDiscountPercent", Map.of("sales-rep", 140)),
        Map.of("marginFloorPercent", 100),
        Map.of("colour", "blue"),
        Map.of("volumeTiers", List.of(Map.of("minQuantity", 0, "discountPercent", 5))),
        Map.of(
            "volumeTiers",
            List.of(
                Map.of("minQuantity", 10, "discountPercent", 5),
                Map.of("minQuantity", 10, "discountPercent", 7))),
        Map.of(
            "priceLists",
            List.of(
                Map.of(
                    "customerId", "c-1",
                    "currency", "EUR",
                    "validFrom", "2025-06-01",
                    "validUntil", "2025-01-01",
                    "prices", Map.of("A", 1)))));
  }
}
