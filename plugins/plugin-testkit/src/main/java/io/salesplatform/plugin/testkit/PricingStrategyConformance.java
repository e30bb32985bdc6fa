package io.salesplatform.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesplatform.plugin.api.ApprovalReason;
import io.salesplatform.plugin.api.Money;
import io.salesplatform.plugin.api.PluginContext;
import io.salesplatform.plugin.api.PriceLine;
import io.salesplatform.plugin.api.PriceRequest;
import io.salesplatform.plugin.api.PriceResult;
import io.salesplatform.plugin.api.PricedLine;
import io.salesplatform.plugin.api.PricingStrategy;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Conformance of a {@link PricingStrategy}. Beyond what every extension must do, each result is in
 * the quote's currency, prices every requested line once and in order, echoes each line's product,
 * SKU, quantity and cost, never prices below zero, has line totals that are unit price times
 * quantity up to rounding, and names existing lines in its approval reasons.
 */
public abstract class PricingStrategyConformance
    extends ExtensionConformance<PricingStrategy, PriceRequest, PriceResult> {

  @Override
  protected final PriceResult call(
      PricingStrategy extension, PriceRequest request, PluginContext context) {
    return extension.price(request, context);
  }

  @Override
  protected void checkResult(
      Scenario<PriceRequest> scenario, PriceResult result, PluginContext context) {
    PriceRequest request = scenario.request();
    assertEquals(request.currency(), result.currency(), "the result's currency");
    assertEquals(request.lines().size(), result.lines().size(), "one priced line per line");
    for (int i = 0; i < request.lines().size(); i++) {
      PriceLine asked = request.lines().get(i);
      PricedLine priced = result.lines().get(i);
      String line = "line " + (i + 1) + ": ";
      assertEquals(asked.productId(), priced.productId(), line + "product");
      assertEquals(asked.sku(), priced.sku(), line + "SKU");
      assertEquals(0, asked.quantity().compareTo(priced.quantity()), line + "quantity");
      assertTrue(Objects.equals(asked.unitCost(), priced.unitCost()), line + "unit cost");
      assertFalse(priced.unitPrice().isNegative(), line + "a unit price is not negative");
      assertFalse(priced.listPrice().isNegative(), line + "a list price is not negative");
      // Rounding once to the minor unit leaves at most half a minor unit per unit.
      BigDecimal exact = priced.unitPrice().amount().multiply(priced.quantity());
      BigDecimal minorUnit = BigDecimal.ONE.movePointLeft(Money.minorDigits(result.currency()));
      BigDecimal tolerance =
          minorUnit.multiply(priced.quantity().max(BigDecimal.ONE)).divide(BigDecimal.valueOf(2));
      assertTrue(
          priced.lineTotal().amount().subtract(exact).abs().compareTo(tolerance) <= 0,
          line + "the line total " + priced.lineTotal() + " is not unit price times quantity");
    }
    for (ApprovalReason reason : result.approvalReasons()) {
      assertFalse(reason.message().isBlank(), "an approval reason says why");
      if (reason.line() != null) {
        assertTrue(
            reason.line() <= request.lines().size(),
            "an approval reason names line " + reason.line() + " of " + request.lines().size());
      }
    }
  }
}
