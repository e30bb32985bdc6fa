package io.salesplatform.plugins.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

import io.salesplatform.plugin.api.Money;
import io.salesplatform.plugin.api.PriceLine;
import io.salesplatform.plugin.api.PriceRequest;
import io.salesplatform.plugin.api.PriceResult;
import io.salesplatform.plugin.api.PricedLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TieredPricingTest {

  private static final Map<String, Object> ROLE_CAPS =
      Map.of("sales-rep", new BigDecimal("10"), "sales-manager", new BigDecimal("25"));

  private final TieredPricing pricing = new TieredPricing();

  @Test
  void discountIsTakenOffListPriceAndTotalledExactly() {
    PriceResult result =
        price(
            policy(null),
            "sales-rep",
            line("SKU-A", "3", "19.99", null, "10"),
            line("SKU-B", "2", "100.00", null, "0"));

    assertThat(result.lines())
        .extracting(PricedLine::productCode, PricedLine::unitPrice, PricedLine::lineTotal)
        .containsExactly(
            tuple("SKU-A", eur("17.99"), eur("53.97")),
            tuple("SKU-B", eur("100.00"), eur("200.00")));
    assertThat(result.lines().get(0).discountPercent()).isEqualByComparingTo("10");
    assertThat(result.total()).isEqualTo(eur("253.97"));
    assertThat(result.approvalRequired()).isFalse();
    assertThat(result.approvalReason()).isNull();
  }

  @Test
  void unitPriceIsRoundedToTheCurrencyMinorUnit() {
    PriceRequest request =
        new PriceRequest(
            "JPY",
            "c-1",
            null,
            "sales-rep",
            List.of(
                new PriceLine(
                    "SKU-J", BigDecimal.ONE, Money.of("999", "JPY"), null, new BigDecimal("10"))));

    PriceResult result = pricing.price(request, FixedPluginContext.withConfiguration(policy(null)));

    // 999 x 0.9 = 899.1, and the yen has no minor unit.
    assertThat(result.lines().get(0).unitPrice()).isEqualTo(Money.of("899", "JPY"));
  }

  @Test
  void discountExactlyAtRoleCapNeedsNoApproval() {
    PriceResult result = price(policy(null), "sales-rep", line("SKU-A", "1", "50.00", null, "10"));

    assertThat(result.approvalRequired()).isFalse();
    assertThat(result.approvalReason()).isNull();
  }

  @Test
  void discountAboveRoleCapNeedsApproval() {
    PriceResult result =
        price(policy(null), "sales-rep", line("SKU-A", "1", "50.00", null, "10.5"));

    assertThat(result.approvalRequired()).isTrue();
    assertThat(result.approvalReason())
        .contains("line 1 (SKU-A)")
        .contains("10.5%")
        .contains("10% cap for role sales-rep");
    // Approval is asked for, not refused: the discount is still priced in.
    assertThat(result.lines().get(0).unitPrice()).isEqualTo(eur("44.75"));
  }

  @Test
  void managerMayGrantWhatARepMayNot() {
    PriceResult result =
        price(policy(null), "sales-manager", line("SKU-A", "1", "50.00", null, "25"));

    assertThat(result.approvalRequired()).isFalse();
  }

  @Test
  void unlistedRoleMayGrantNoDiscountWithoutApproval() {
    PriceResult discounted = price(policy(null), "intern", line("SKU-A", "1", "50.00", null, "1"));
    PriceResult listPrice = price(policy(null), "intern", line("SKU-A", "1", "50.00", null, "0"));

    assertThat(discounted.approvalRequired()).isTrue();
    assertThat(discounted.approvalReason()).contains("0% cap for role intern");
    assertThat(listPrice.approvalRequired()).isFalse();
  }

  @Test
  void requestWithoutRoleMayGrantNoDiscountWithoutApproval() {
    PriceResult result = price(policy(null), null, line("SKU-A", "1", "50.00", null, "5"));

    assertThat(result.approvalRequired()).isTrue();
    assertThat(result.approvalReason()).contains("a requester with no role");
  }

  @Test
  void tenantWithoutRoleCapsNeedsApprovalForAnyDiscount() {
    PriceResult result = price(Map.of(), "sales-manager", line("SKU-A", "1", "50.00", null, "5"));

    assertThat(result.approvalRequired()).isTrue();
  }

  @Test
  void marginBelowFloorNeedsApproval() {
    // Cost 80 and a 20% floor make 96.00 the least unit price; 5% off 100.00 is 95.00.
    PriceResult result =
        price(policy("20"), "sales-rep", line("SKU-M", "1", "100.00", "80.00", "5"));

    assertThat(result.approvalRequired()).isTrue();
    assertThat(result.approvalReason())
        .contains("line 1 (SKU-M)")
        .contains("95.00 EUR is below 96.00 EUR")
        .contains("20% margin floor")
        .contains("80.00 EUR")
        .doesNotContain("cap for");
  }

  @Test
  void marginExactlyAtFloorNeedsNoApproval() {
    PriceResult result =
        price(policy("20"), "sales-manager", line("SKU-M", "1", "120.00", "80.00", "20"));

    assertThat(result.lines().get(0).unitPrice()).isEqualTo(eur("96.00"));
    assertThat(result.approvalRequired()).isFalse();
  }

  @Test
  void sellingBelowCostNeedsApprovalWhenNoFloorIsConfigured() {
    PriceResult result =
        price(policy(null), "sales-rep", line("SKU-M", "1", "100.00", "100.00", "1"));

    assertThat(result.approvalRequired()).isTrue();
    assertThat(result.approvalReason()).contains("0% margin floor");
  }

  @Test
  void lineWithoutUnitCostSkipsTheMarginRule() {
    PriceResult result = price(policy("50"), "sales-rep", line("SKU-S", "1", "100.00", null, "10"));

    assertThat(result.approvalRequired()).isFalse();
  }

  @Test
  void reasonNamesEveryOffendingLineAndOnlyThose() {
    PriceResult result =
        price(
            policy("20"),
            "sales-rep",
            line("SKU-OK", "1", "100.00", "50.00", "10"),
            line("SKU-CAP", "1", "100.00", null, "12"),
            line("SKU-MARGIN", "2", "100.00", "90.00", "5"));

    assertThat(result.approvalRequired()).isTrue();
    assertThat(result.approvalReason())
        .contains("line 2 (SKU-CAP): discount 12% exceeds the 10% cap")
        .contains("line 3 (SKU-MARGIN): unit price 95.00 EUR is below 108.00 EUR")
        .doesNotContain("SKU-OK");
    assertThat(result.total()).isEqualTo(eur("368.00"));
  }

  @Test
  void fullDiscountPricesTheLineAtZero() {
    PriceResult result =
        price(
            Map.of("maxDiscountPercent", Map.of("sales-director", new BigDecimal("100"))),
            "sales-director",
            line("SKU-F", "4", "25.00", null, "100"));

    assertThat(result.total()).isEqualTo(eur("0.00"));
    assertThat(result.approvalRequired()).isFalse();
  }

  @Test
  void discountOverHundredPercentIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> price(policy(null), "sales-rep", line("SKU-A", "1", "50.00", null, "100.01")))
        .withMessageContaining("line 1 (SKU-A)");
  }

  @Test
  void negativeDiscountIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> price(policy(null), "sales-rep", line("SKU-A", "1", "50.00", null, "-1")))
        .withMessageContaining("between 0 and 100");
  }

  @Test
  void lineInAnotherCurrencyIsRefused() {
    PriceRequest request =
        new PriceRequest(
            "EUR",
            "c-1",
            null,
            "sales-rep",
            List.of(new PriceLine("SKU-A", BigDecimal.ONE, Money.of("10.00", "USD"), null, null)));

    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> pricing.price(request, FixedPluginContext.withConfiguration(policy(null))))
        .withMessageContaining("not in the quote's currency EUR");
  }

  @Test
  void roleCapsThatAreNotAnObjectAreAConfigurationError() {
    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                price(
                    Map.of("maxDiscountPercent", new BigDecimal("10")),
                    "sales-rep",
                    line("SKU-A", "1", "50.00", null, "5")))
        .withMessageContaining("maxDiscountPercent must map each role to a percent");
  }

  private PriceResult price(Map<String, Object> configuration, String role, PriceLine... lines) {
    PriceRequest request = new PriceRequest("EUR", "c-1", "enterprise", role, List.of(lines));
    return pricing.price(request, FixedPluginContext.withConfiguration(configuration));
  }

  private static Map<String, Object> policy(String marginFloorPercent) {
    return marginFloorPercent == null
        ? Map.of("maxDiscountPercent", ROLE_CAPS)
        : Map.of(
            "maxDiscountPercent",
            ROLE_CAPS,
            "marginFloorPercent",
            new BigDecimal(marginFloorPercent));
  }

  private static PriceLine line(
      String productCode, String quantity, String listPrice, String unitCost, String discount) {
    return new PriceLine(
        productCode,
        new BigDecimal(quantity),
        eur(listPrice),
        unitCost == null ? null : eur(unitCost),
        new BigDecimal(discount));
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
