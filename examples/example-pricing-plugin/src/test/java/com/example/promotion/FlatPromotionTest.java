package com.example.promotion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.salesplatform.plugin.api.Money;
import io.salesplatform.plugin.api.PriceLine;
import io.salesplatform.plugin.api.PriceRequest;
import io.salesplatform.plugin.api.PriceResult;
import io.salesplatform.plugin.testkit.TestPluginContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlatPromotionTest {

  @Test
  void everyLineLosesTheSamePercentWhateverItsQuantity() {
    PriceRequest quote =
        new PriceRequest(
            "customer-1",
            null,
            Set.of("sales-rep"),
            LocalDate.of(2025, 3, 1),
            "USD",
            List.of(new PriceLine("p-1", "SKU-1", BigDecimal.TEN, Money.of("100.00", "USD"), null)));

    PriceResult priced =
        new FlatPromotion()
            .price(quote, TestPluginContext.of(Map.of("promotionPercent", 25)));

    assertEquals(0, priced.netTotal().amount().compareTo(new BigDecimal("750.00")));
  }
}
