package io.salesplatform.plugins.pricing;

import static io.salesplatform.plugins.pricing.Quotes.POLICY;
import static io.salesplatform.plugins.pricing.Quotes.eur;
import static io.salesplatform.plugins.pricing.Quotes.line;
import static io.salesplatform.plugins.pricing.Quotes.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.salesplatform.plugin.api.AppliedDiscount;
import io.salesplatform.plugin.api.ApprovalReason;
import io.salesplatform.plugin.api.InvalidConfigurationException;
import io.salesplatform.plugin.api.Money;
import io.salesplatform.plugin.api.PriceRequest;
import io.salesplatform.plugin.api.PriceResult;
import io.salesplatform.plugin.api.PricedLine;
import io.salesplatform.plugin.testkit.TestPluginContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TieredDiscountsTest {

  private static final Set<String> REP = Set.of("sales-rep");

  private final TieredDiscounts pricing = new TieredDiscounts();

  @Test
  void aLineWithoutPolicyDiscountsIsPricedAtTheCatalogueListPriceLessTheRequestedDiscount() {
    PriceResult result =
        price(
            POLICY,
            quote(
                "c-1",
                null,
                REP,
                line("SKU-A", "3", "19.99", null, "10"),
                line("SKU-B", "2", "100.00", null, "0")));

    assertThat(result.lines())
        .extracting(
            PricedLine::sku, PricedLine::listPrice, PricedLine::unitPrice, PricedLine::lineTotal)
        .containsExactly(
            tuple("SKU-A", eur("19.99"), eur("17.99"), eur("53.97")),
            tuple("SKU-B", eur("100.00"), eur("100.00"), eur("200.00")));
    assertThat(result.lines().get(0).discounts())
        .containsExactly(
            new AppliedDiscount(
                AppliedDiscount.REQUESTED, "requested discount", new BigDecimal("10")));
    assertThat(result.lines().get(1).discounts()).isEmpty();
    assertThat(result.netTotal()).isEqualTo(eur("253.97"));
    assertThat(result.listTotal()).isEqualTo(eur("259.97"));
    assertThat(result.discountTotal()).isEqualTo(eur("6.00"));
    assertThat(result.approvalRequired()).isFalse();
  }

  @Test
  void thePriceBookSetsTheListPriceInItsCurrencyAndTheCatalogueFillsIn() {
    PriceResult euro =
        price(POLICY, quote("c-1", null, REP, line("LIC-STD", "1", "90.00", null, "0")));
    PriceResult yen =
        price(
            POLICY,
            quote(
                "c-1",
                null,
                REP,
                Quotes.TODAY,
                "JPY",
                line("LIC-STD", "1", Money.of("15000", "JPY"), null, "0")));

    assertThat(euro.lines().get(0).listPrice()).isEqualTo(eur("100.00"));
    // The price book holds no yen price: the catalogue's stands.
    assertThat(yen.lines().get(0).listPrice()).isEqualTo(Money.of("15000", "JPY"));
  }

  @Test
  void theHighestVolumeTierReachedApplies() {
    assertThat(unitPriceFor("9")).isEqualTo(eur("100.00"));
    assertThat(unitPriceFor("10")).isEqualTo(eur("95.00"));
    assertThat(unitPriceFor("49.5")).isEqualTo(eur("95.00"));
    assertThat(unitPriceFor("50")).isEqualTo(eur("90.00"));
    assertThat(unitPriceFor("1000")).isEqualTo(eur("90.00"));
  }

  @Test
  void aProductsOwnTiersReplaceTheGeneralOnes() {
    PriceResult result =
        price(POLICY, quote("c-1", null, REP, line("LIC-ENT", "60", "1", null, "0")));

    // LIC-ENT's only tier is 15% from 5 units; the general 10% from 50 does not apply.
    assertThat(result.lines().get(0).unitPrice()).isEqualTo(eur("340.00"));
    assertThat(result.lines().get(0).discounts())
        .extracting(AppliedDiscount::kind, AppliedDiscount::description)
        .containsExactly(tuple("volume", "volume tier from 5 units"));
  }

  @Test
  void volumeSegmentAndRequestedDiscountsApplyOneAfterTheOther() {
    PriceResult result =
        price(POLICY, quote("c-1", "enterprise", REP, line("LIC-STD", "10", "0", null, "10")));
    PricedLine line = result.lines().get(0);

    // 100.00 less 5% volume = 95.00, less 5% enterprise = 90.25, less 10% requested = 81.225.
    assertThat(line.unitPrice()).isEqualTo(eur("81.22"));
    assertThat(line.discounts())
        .extracting(AppliedDiscount::kind)
        .containsExactly("volume", "segment", "requested");
    assertThat(line.discountPercent()).isEqualByComparingTo("18.78");
    assertThat(line.lineTotal()).isEqualTo(eur("812.20"));
    // The policy's own discounts are not the requester's to justify.
    assertThat(result.approvalRequired()).isFalse();
  }

  @Test
  void unitPricesAreRoundedHalfEvenToTheMinorUnitOnce() {
    // 0.25 less 50% is 0.125: half-even rounds it to 0.12, not 0.13.
    PriceResult result =
        price(
            Map.of("maxDiscountPercent", Map.of("sales-rep", 50)),
            quote("c-1", null, REP, line("SKU-C", "3", "0.25", null, "50")));
    PriceResult yen =
        price(
            POLICY,
            quote(
                "c-1",
                null,
                REP,
                Quotes.TODAY,
                "JPY",
                line("SKU-J", "1", Money.of("999", "JPY"), null, "10")));

    assertThat(result.lines().get(0).unitPrice()).isEqualTo(eur("0.12"));
    assertThat(result.lines().get(0).lineTotal()).isEqualTo(eur("0.36"));
    // 999 x 0.9 = 899.1, and the yen has no minor unit.
    assertThat(yen.lines().get(0).unitPrice()).isEqualTo(Money.of("899", "JPY"));
  }

  @Test
  void aDiscountExactlyAtTheRoleCapNeedsNoApproval() {
    assertThat(
            price(POLICY, quote("c-1", null, REP, line("SKU-A", "1", "50.00", null, "10")))
                .approvalRequired())
        .isFalse();
  }

  @Test
  void aDiscountAboveTheRoleCapIsPricedAndNeedsApproval() {
    PriceResult result =
        price(POLICY, quote("c-1", null, REP, line("SKU-A", "1", "50.00", null, "10.5")));

    assertThat(result.approvalReasons())
        .containsExactly(
            new ApprovalReason(
                ApprovalReason.DISCOUNT_ABOVE_ROLE_CAP,
                1,
                "line 1 (SKU-A): requested discount 10.5% exceeds the 10% that sales-rep may grant"));
    assertThat(result.lines().get(0).unitPrice()).isEqualTo(eur("44.75"));
  }

  @Test
  void theHighestCapAmongTheRequestersRolesCounts() {
    PriceResult result =
        price(
            POLICY,
            quote(
                "c-1",
                null,
                Set.of("sales-rep", "sales-manager", "marketing"),
                line("SKU-A", "1", "50.00", null, "25")));

    assertThat(result.approvalRequired()).isFalse();
  }

  @Test
  void anUnlistedRoleOrNoRoleMayGrantNothing() {
    PriceResult unlisted =
        price(
            POLICY,
            quote("c-1", null, Set.of("marketing"), line("SKU-A", "1", "50.00", null, "1")));
    PriceResult nobody =
        price(POLICY, quote("c-1", null, Set.of(), line("SKU-A", "1", "50.00", null, "1")));
    PriceResult atList =
        price(POLICY, quote("c-1", null, Set.of(), line("SKU-A", "1", "50.00", null, "0")));

    assertThat(unlisted.approvalReasons().get(0).message())
        .contains("the 0% that marketing may grant");
    assertThat(nobody.approvalReasons().get(0).message())
        .contains("the 0% that a requester with no role may grant");
    assertThat(atList.approvalRequired()).isFalse();
  }

  @Test
  void aMarginBelowTheFloorNeedsApprovalWithTheLeastPrice() {
    // A 20% margin on a cost of 80.00 needs at least 100.00: 80 / (1 - 0.2).
    PriceResult below =
        price(POLICY, quote("c-1", null, REP, line("SKU-M", "1", "105.00", "80.00", "5")));
    PriceResult at =
        price(POLICY, quote("c-1", null, REP, line("SKU-M", "1", "100.00", "80.00", "0")));

    assertThat(below.lines().get(0).unitPrice()).isEqualTo(eur("99.75"));
    assertThat(below.approvalReasons())
        .singleElement()
        .satisfies(
            reason -> {
              assertThat(reason.code()).isEqualTo(ApprovalReason.MARGIN_BELOW_FLOOR);
              assertThat(reason.line()).isEqualTo(1);
              assertThat(reason.message())
                  .isEqualTo(
                      "line 1 (SKU-M): unit price 99.75 EUR is below 100.00 EUR, the least that"
                          + " keeps the 20% margin floor over the unit cost of 80.00 EUR");
            });
    assertThat(at.approvalRequired()).isFalse();
    assertThat(at.lines().get(0).margin()).isEqualTo(eur("20.00"));
    assertThat(at.lines().get(0).marginPercent()).isEqualByComparingTo("20.00");
  }

  @Test
  void theLeastPriceShownIsRoundedUpSoItIsNeverTheRefusedPrice() {
    // A 30% margin on 10.00 needs 14.2857...; the reason shows 14.29.
    PriceResult result =
        price(
            Map.of("marginFloorPercent", 30),
            quote("c-1", null, REP, line("SKU-M", "1", "14.28", "10.00", "0")));

    assertThat(result.approvalReasons().get(0).message()).contains("below 14.29 EUR");
  }

  @Test
  void withoutAFloorSellingBelowCostStillNeedsApproval() {
    PriceResult result =
        price(
            Map.of("maxDiscountPercent", Map.of("sales-rep", 10)),
            quote("c-1", null, REP, line("SKU-M", "1", "100.00", "100.00", "1")));

    assertThat(result.approvalReasons())
        .extracting(ApprovalReason::code)
        .containsExactly(ApprovalReason.MARGIN_BELOW_FLOOR);
    assertThat(result.approvalReasons().get(0).message()).contains("the 0% margin floor");
  }

  @Test
  void aLineWithoutUnitCostSkipsTheMarginRuleAndLeavesTheMarginTotalUnknown() {
    PriceResult result =
        price(
            POLICY,
            quote(
                "c-1",
                null,
                REP,
                line("SKU-S", "1", "100.00", null, "10"),
                line("SKU-T", "1", "10.00", "1.00", "0")));

    assertThat(result.approvalRequired()).isFalse();
    assertThat(result.lines().get(0).margin()).isNull();
    assertThat(result.marginTotal()).isNull();
  }

  @Test
  void everyOffendingLineIsNamedInOrderAndOnlyThose() {
    PriceResult result =
        price(
            POLICY,
            quote(
                "c-1",
                null,
                REP,
                line("SKU-OK", "1", "100.00", "50.00", "10"),
                line("SKU-CAP", "1", "100.00", null, "12"),
                line("SKU-BOTH", "2", "100.00", "90.00", "15")));

    assertThat(result.approvalReasons())
        .extracting(ApprovalReason::line, ApprovalReason::code)
        .containsExactly(
            tuple(2, ApprovalReason.DISCOUNT_ABOVE_ROLE_CAP),
            tuple(3, ApprovalReason.DISCOUNT_ABOVE_ROLE_CAP),
            tuple(3, ApprovalReason.MARGIN_BELOW_FLOOR));
    assertThat(result.netTotal()).isEqualTo(eur("348.00"));
    assertThat(result.marginTotal()).isNull();
  }

  @Test
  void aFullDiscountPricesTheLineAtZero() {
    PriceResult result =
        price(
            Map.of("maxDiscountPercent", Map.of("sales-director", new BigDecimal("100"))),
            quote("c-1", null, Set.of("sales-director"), line("SKU-F", "4", "25.00", null, "100")));

    assertThat(result.netTotal()).isEqualTo(eur("0.00"));
    assertThat(result.lines().get(0).discountPercent()).isEqualByComparingTo("100");
    assertThat(result.approvalRequired()).isFalse();
  }

  @Test
  void anEmptyConfigurationPricesAtListPriceAndAsksApprovalForAnyDiscount() {
    PriceResult result =
        price(Map.of(), quote("c-1", "enterprise", REP, line("SKU-A", "100", "10.00", null, "1")));

    assertThat(result.lines().get(0).unitPrice()).isEqualTo(eur("9.90"));
    assertThat(result.approvalRequired()).isTrue();
  }

  @Test
  void theConfigurationsOfTheExampleTenantsStillWork() {
    // As declared in tenant-config/examples: only role caps and a margin floor.
    PriceResult result =
        price(
            Map.of(
                "maxDiscountPercent",
                Map.of("sales-rep", 5, "sales-manager", 12.5, "sales-director", 20),
                "marginFloorPercent",
                35),
            quote(
                "c-1",
                null,
                Set.of("sales-manager"),
                line("SKU-A", "2", "200.00", "100.00", "12.5")));

    // 175.00 keeps 42.9% over a cost of 100.00: within the 35% floor.
    assertThat(result.lines().get(0).unitPrice()).isEqualTo(eur("175.00"));
    assertThat(result.approvalRequired()).isFalse();
  }

  @Test
  void twoTiersAtTheSameQuantityAreAConfigurationErrorNamingTheSecond() {
    Map<String, Object> ambiguous =
        Map.of(
            "volumeTiers",
            List.of(
                Map.of("minQuantity", 10, "discountPercent", 5),
                Map.of("minQuantity", 10.0, "discountPercent", 7)));

    assertThatThrownBy(
            () -> price(ambiguous, quote("c-1", null, REP, line("A", "1", "1", null, "0"))))
        .isInstanceOfSatisfying(
            InvalidConfigurationException.class,
            e -> assertThat(e.path()).isEqualTo("volumeTiers.1.minQuantity"))
        .hasMessageContaining("two tiers start at 10 units");
  }

  @Test
  void settingsOfTheWrongShapeAreConfigurationErrorsNamingThem() {
    assertThatThrownBy(
            () ->
                price(
                    Map.of("maxDiscountPercent", new BigDecimal("10")),
                    quote("c-1", null, REP, line("A", "1", "1", null, "0"))))
        .isInstanceOfSatisfying(
            InvalidConfigurationException.class,
            e -> assertThat(e.path()).isEqualTo("maxDiscountPercent"));
    assertThatThrownBy(
            () ->
                price(
                    Map.of("marginFloorPercent", 100),
                    quote("c-1", null, REP, line("A", "1", "1", null, "0"))))
        .isInstanceOfSatisfying(
            InvalidConfigurationException.class,
            e -> assertThat(e.path()).isEqualTo("marginFloorPercent"));
    assertThatThrownBy(
            () ->
                price(
                    Map.of("priceBook", Map.of("A", Map.of("listPrices", Map.of("EURO", 1)))),
                    quote("c-1", null, REP, line("A", "1", "1", null, "0"))))
        .isInstanceOfSatisfying(
            InvalidConfigurationException.class,
            e -> assertThat(e.path()).isEqualTo("priceBook.A.listPrices.EURO"));
  }

  private PriceResult price(Map<String, Object> configuration, PriceRequest request) {
    return pricing.price(request, TestPluginContext.of(configuration));
  }

  private Money unitPriceFor(String quantity) {
    return price(POLICY, quote("c-1", null, REP, line("LIC-STD", quantity, "0", null, "0")))
        .lines()
        .get(0)
        .unitPrice();
  }
}
