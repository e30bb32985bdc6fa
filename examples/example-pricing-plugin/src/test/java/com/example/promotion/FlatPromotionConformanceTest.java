package com.example.promotion;

import io.salesplatform.plugin.api.Money;
import io.salesplatform.plugin.api.PriceLine;
import io.salesplatform.plugin.api.PriceRequest;
import io.salesplatform.plugin.api.PricingStrategy;
import io.salesplatform.plugin.testkit.PricingStrategyConformance;
import io.salesplatform.plugin.testkit.Scenario;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

class FlatPromotionConformanceTest extends PricingStrategyConformance {

  @Override
  protected PricingStrategy extension() {
    return new FlatPromotion();
  }

  @Override
  protected List<Scenario<PriceRequest>> scenarios() {
    PriceRequest quote =
        new PriceRequest(
            "customer-1",
            null,
            Set.of("sales-rep"),
            LocalDate.of(2025, 3, 1),
            "EUR",
            List.of(
                new PriceLine("p-1", "SKU-1", BigDecimal.ONE, Money.of("10.00", "EUR"), null),
                new PriceLine("p-2", "SKU-2", BigDecimal.TEN, Money.of("99.99", "EUR"), null)));
    return List.of(
        Scenario.of("no promotion", Map.of(), quote),
        Scenario.of(
            "spring campaign", Map.of("promotionPercent", 15, "campaign", "Spring 2025"), quote));
  }

  @Override
  protected List<Map<String, Object>> invalidConfigurations() {
    return List.of(
        Map.of("promotionPercent", -1),
        Map.of("promotionPercent", 95),
        Map.of("discount", 10));
  }
}
