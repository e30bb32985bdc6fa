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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NegotiatedPricesTest {

  private static final Set<String> REP = Set.of("sales-rep");

  private final NegotiatedPrices pricing = new NegotiatedPrices();

  @Test
  void theCustomersPriceListInForceSetsThePrice() {
    PriceResult result =
        price(POLICY, quote("c-frame", "enterprise", REP, line("LIC-STD", "20", "0", null, "0")));
    PricedLine line = result.lines().get(0);

    // The price list's 80.00 replaces list price, volume and segment discounts alike.
    assertThat(line.listPrice()).isEqualTo(eur("100.00"));
    assertThat(line.unitPrice()).isEqualTo(eur("80.00"));
    assertThat(line.discounts())
        .containsExactly(
            new AppliedDiscount(
                AppliedDiscount.NEGOTIATED,
                "price list 'Frame agreement 2025', valid from 2025-01-01 to 2025-12-31",
                new BigDecimal("20.00")));
    assertThat(line.discountPercent()).isEqualByComparingTo("20");
  }

  @Test
  void aRequestedDiscountComesOnTopAndIsCappedByRole() {
    PriceResult result =
        price(POLICY, quote("c-frame", null, REP, line("LIC-STD", "1", "0", null, "12")));

    assertThat(result.lines().get(0).unitPrice()).isEqualTo(eur("70.40"));
    assertThat(result.lines().get(0).discounts())
        .extracting(AppliedDiscount::kind)
        .containsExactly("negotiated", "requested");
    assertThat(result.approvalReasons())
        .extracting(ApprovalReason::code)
        .containsExactly(ApprovalReason.DISCOUNT_ABOVE_ROLE_CAP);
  }

  @Test
  void aLineNoPriceListCoversIsPricedByTheTieredPolicy() {
    PriceResult result =
        price(
            POLICY,
            quote(
                "c-frame",
                "enterprise",
                REP,
                line("LIC-STD", "10", "0", null, "0"),
                line("LIC-ENT", "10", "0", null, "0")));

    assertThat(result.lines())
        .extracting(l -> l.discounts().get(0).kind(), PricedLine::unitPrice)
        .containsExactly(
            tuple("negotiated", eur("80.00")),
            // 400.00 less its own 15% tier and 5% enterprise.
            tuple("volume", eur("323.00")));
  }

  @Test
  void aPriceListServesOnlyItsCustomerItsCurrencyAndItsDays() {
    assertThat(
            kindOfFirstStep(quote("c-other", null, REP, line("SUPPORT", "1", "200.00", null, "0"))))
        .isNull();
    assertThat(
            kindOfFirstStep(
                quote(
                    "c-frame",
                    null,
                    REP,
                    LocalDate.of(2025, 3, 1),
                    "USD",
                    line("SUPPORT", "1", Money.of("200.00", "USD"), null, "0"))))
        .isNull();
    assertThat(kindOfFirstStep(on(LocalDate.of(2024, 12, 31)))).isNull();
    assertThat(kindOfFirstStep(on(LocalDate.of(2025, 1, 1)))).isEqualTo("negotiated");
    assertThat(kindOfFirstStep(on(LocalDate.of(2025, 12, 31)))).isEqualTo("negotiated");
    assertThat(kindOfFirstStep(on(LocalDate.of(2026, 1, 1)))).isNull();
  }

  @Test
  void aPriceListWithoutEndStaysInForce() {
    Map<String, Object> policy =
        withPriceLists(list("Open", "2020-01-01", null, Map.of("SUPPORT", 99)));

    PriceResult result =
        price(
            policy,
            quote(
                "c-frame",
                null,
                REP,
                LocalDate.of(2031, 6, 1),
                "EUR",
                line("SUPPORT", "1", "200.00", null, "0")));

    assertThat(result.lines().get(0).unitPrice()).isEqualTo(eur("99.00"));
  }

  @Test
  void theListInForceSinceTheLatestDayWinsAndOnTheSameDayTheFirstListed() {
    Map<String, Object> policy =
        withPriceLists(
            list("Old", "2024-01-01", null, Map.of("SUPPORT", 120)),
            list("Renewal", "2025-02-01", null, Map.of("SUPPORT", 110)),
            list("Renewal bis", "2025-02-01", null, Map.of("SUPPORT", 105)),
            list("Future", "2025-06-01", null, Map.of("SUPPORT", 90)));

    PriceResult result =
        price(policy, quote("c-frame", null, REP, line("SUPPORT", "1", "200.00", null, "0")));

    assertThat(result.lines().get(0).unitPrice()).isEqualTo(eur("110.00"));
    assertThat(result.lines().get(0).discounts().get(0).description()).contains("'Renewal'");
  }

  @Test
  void aNegotiatedPriceAboveListShowsANegativeDiscount() {
    Map<String, Object> policy =
        withPriceLists(list("Premium", "2025-01-01", null, Map.of("SUPPORT", 210)));

    PricedLine line =
        price(policy, quote("c-frame", null, REP, line("SUPPORT", "1", "200.00", null, "0")))
            .lines()
            .get(0);

    assertThat(line.discountPercent()).isEqualByComparingTo("-5");
    assertThat(line.discounts().get(0).percent()).isEqualByComparingTo("-5");
  }

  @Test
  void theMarginFloorAppliesToNegotiatedPrices() {
    PriceResult result =
        price(POLICY, quote("c-frame", null, REP, line("LIC-STD", "1", "0", "70.00", "0")));

    // 80.00 keeps 12.5% over a cost of 70.00, below the 20% floor.
    assertThat(result.approvalReasons())
        .extracting(ApprovalReason::code)
        .containsExactly(ApprovalReason.MARGIN_BELOW_FLOOR);
  }

  @Test
  void aPriceListEndingBeforeItStartsIsAConfigurationError() {
    Map<String, Object> policy =
        withPriceLists(list("Backwards", "2025-06-01", "2025-05-31", Map.of("A", 1)));

    assertThatThrownBy(
            () -> price(policy, quote("c-frame", null, REP, line("A", "1", "1", null, "0"))))
        .isInstanceOfSatisfying(
            InvalidConfigurationException.class,
            e -> assertThat(e.path()).isEqualTo("priceLists.0.validUntil"));
  }

  @Test
  void aPriceListDateThatIsNoDateIsAConfigurationError() {
    Map<String, Object> policy = withPriceLists(list("Typo", "2025-13-01", null, Map.of("A", 1)));

    assertThatThrownBy(
            () -> price(policy, quote("c-frame", null, REP, line("A", "1", "1", null, "0"))))
        .isInstanceOfSatisfying(
            InvalidConfigurationException.class,
            e -> assertThat(e.path()).isEqualTo("priceLists.0.validFrom"));
  }

  private PriceRequest on(LocalDate day) {
    return quote("c-frame", null, REP, day, "EUR", line("SUPPORT", "1", "200.00", null, "0"));
  }

  private String kindOfFirstStep(PriceRequest request) {
    List<AppliedDiscount> steps = price(POLICY, request).lines().get(0).discounts();
    return steps.isEmpty() ? null : steps.get(0).kind();
  }

  private PriceResult price(Map<String, Object> configuration, PriceRequest request) {
    return pricing.price(request, TestPluginContext.of(configuration));
  }

  @SafeVarargs
  private static Map<String, Object> withPriceLists(Map<String, Object>... lists) {
    Map<String, Object> policy = new HashMap<>(POLICY);
    policy.put("priceLists", List.of(lists));
    return policy;
  }

  private static Map<String, Object> list(
      String name, String from, String until, Map<String, Object> prices) {
    Map<String, Object> list = new HashMap<>();
    list.put("name", name);
    list.put("customerId", "c-frame");
    list.put("currency", "EUR");
    list.put("validFrom", from);
    if (until != null) {
      list.put("validUntil", until);
    }
    list.put("prices", prices);
    return list;
  }
}
