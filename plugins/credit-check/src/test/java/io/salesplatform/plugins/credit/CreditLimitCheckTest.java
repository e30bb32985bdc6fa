package io.salesplatform.plugins.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.salesplatform.plugin.api.CreditCheckRequest;
import io.salesplatform.plugin.api.CreditDecision;
import io.salesplatform.plugin.api.CreditDecision.Outcome;
import io.salesplatform.plugin.api.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditLimitCheckTest {

  private static final Map<String, Object> TEN_THOUSAND_LIMIT =
      Map.of("creditLimit", new BigDecimal("10000"));

  private final CreditLimitCheck check = new CreditLimitCheck();

  @Test
  void totalExactlyAtLimitIsApproved() {
    CreditDecision decision = check(TEN_THOUSAND_LIMIT, "6000.00", "4000.00");

    assertThat(decision.outcome()).isEqualTo(Outcome.APPROVE);
    assertThat(decision.rating()).isEqualTo("C");
    assertThat(decision.creditLimit()).isEqualTo(eur("10000.00"));
  }

  @Test
  void totalOneCentOverLimitGoesToReview() {
    CreditDecision decision = check(TEN_THOUSAND_LIMIT, "6000.01", "4000.00");

    assertThat(decision.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(decision.rating()).isEqualTo("D");
  }

  @Test
  void totalExactlyAtReviewBandEdgeGoesToReview() {
    CreditDecision decision = check(TEN_THOUSAND_LIMIT, "7000.00", "4000.00");

    assertThat(decision.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(decision.rating()).isEqualTo("D");
    assertThat(decision.reason())
        .isEqualTo(
            "Needs review: exposure 7000.00 EUR plus this deal's 4000.00 EUR comes to 11000.00"
                + " EUR, 110% of the 10000.00 EUR credit limit, within the 10% review band (up to"
                + " 11000.00 EUR).");
  }

  @Test
  void totalOneCentBeyondReviewBandIsRejected() {
    CreditDecision decision = check(TEN_THOUSAND_LIMIT, "7000.01", "4000.00");

    assertThat(decision.outcome()).isEqualTo(Outcome.REJECT);
    assertThat(decision.rating()).isEqualTo("E");
    assertThat(decision.reason())
        .startsWith("Rejected: ")
        .contains("11000.01 EUR")
        .contains("110.1% of the 10000.00 EUR credit limit")
        .contains("beyond the 10% review band");
  }

  @Test
  void configuredReviewBandMovesTheEdge() {
    Map<String, Object> wideBand =
        Map.of("creditLimit", new BigDecimal("10000"), "reviewBandPercent", new BigDecimal("25"));

    assertThat(check(wideBand, "0", "12500.00").outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(check(wideBand, "0", "12500.01").outcome()).isEqualTo(Outcome.REJECT);
  }

  @ParameterizedTest(name = "{0} + {1} of 10000 rates {2}")
  @CsvSource({
    "0.00, 0.00, A",
    "1000.00, 4000.00, A",
    "1000.00, 4000.01, B",
    "5000.00, 2500.00, B",
    "5000.00, 2500.01, C",
    "9999.99, 0.01, C",
  })
  void approvedDealsAreRatedByHowMuchOfTheLimitTheyUse(
      String exposure, String requested, String rating) {
    CreditDecision decision = check(TEN_THOUSAND_LIMIT, exposure, requested);

    assertThat(decision.outcome()).isEqualTo(Outcome.APPROVE);
    assertThat(decision.rating()).isEqualTo(rating);
  }

  @Test
  void reasonGivesTheFiguresARepNeeds() {
    CreditDecision decision = check(TEN_THOUSAND_LIMIT, "4000.00", "1000.00");

    assertThat(decision.reason())
        .isEqualTo(
            "Approved: exposure 4000.00 EUR plus this deal's 1000.00 EUR comes to 5000.00 EUR,"
                + " 50% of the 10000.00 EUR credit limit.");
  }

  @Test
  void withoutConfiguredLimitEveryDealIsRejected() {
    CreditDecision decision = check(Map.of(), "0.00", "0.01");

    assertThat(decision.outcome()).isEqualTo(Outcome.REJECT);
    assertThat(decision.rating()).isEqualTo("E");
    assertThat(decision.creditLimit()).isEqualTo(eur("0.00"));
    assertThat(decision.reason()).contains("no credit limit is configured").contains("0.01 EUR");
  }

  @Test
  void zeroLimitRejectsEvenAnEmptyDeal() {
    CreditDecision decision = check(Map.of("creditLimit", BigDecimal.ZERO), "0.00", "0.00");

    assertThat(decision.outcome()).isEqualTo(Outcome.REJECT);
    assertThat(decision.rating()).isEqualTo("E");
  }

  @Test
  void decisionExpiresThirtyDaysFromNowByDefault() {
    CreditDecision decision = check(TEN_THOUSAND_LIMIT, "0.00", "100.00");

    assertThat(decision.expiresAt()).isEqualTo(FixedPluginContext.NOW.plus(Duration.ofDays(30)));
  }

  @Test
  void decisionExpiresAfterConfiguredValidityDays() {
    Map<String, Object> weekLong =
        Map.of("creditLimit", new BigDecimal("10000"), "validityDays", new BigDecimal("7"));

    CreditDecision decision = check(weekLong, "0.00", "100.00");

    assertThat(decision.expiresAt()).isEqualTo(FixedPluginContext.NOW.plus(Duration.ofDays(7)));
  }

  @Test
  void rejectionAlsoCarriesAnExpiry() {
    CreditDecision decision = check(Map.of(), "0.00", "100.00");

    assertThat(decision.expiresAt()).isEqualTo(FixedPluginContext.NOW.plus(Duration.ofDays(30)));
  }

  @Test
  void limitIsReadInTheCurrencyOfTheDeal() {
    CreditCheckRequest request =
        new CreditCheckRequest(
            "c-1", "Huaxia Trading", "CN", Money.of("8000", "CNY"), Money.of("0", "CNY"));

    CreditDecision decision =
        check.check(request, FixedPluginContext.withConfiguration(TEN_THOUSAND_LIMIT));

    assertThat(decision.creditLimit()).isEqualTo(Money.of("10000", "CNY"));
    assertThat(decision.rating()).isEqualTo("C");
  }

  @Test
  void exposureInAnotherCurrencyIsRefused() {
    CreditCheckRequest request =
        new CreditCheckRequest("c-1", "Acme", "DE", Money.of("100", "EUR"), Money.of("100", "USD"));

    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> check.check(request, FixedPluginContext.withConfiguration(TEN_THOUSAND_LIMIT)))
        .withMessageContaining("different currencies");
  }

  @Test
  void fractionalValidityDaysIsAConfigurationError() {
    Map<String, Object> fractional =
        Map.of("creditLimit", new BigDecimal("10000"), "validityDays", new BigDecimal("1.5"));

    assertThatIllegalStateException()
        .isThrownBy(() -> check(fractional, "0.00", "100.00"))
        .withMessageContaining("validityDays");
  }

  @Test
  void negativeReviewBandIsAConfigurationError() {
    Map<String, Object> negative =
        Map.of("creditLimit", new BigDecimal("10000"), "reviewBandPercent", new BigDecimal("-5"));

    assertThatIllegalStateException()
        .isThrownBy(() -> check(negative, "0.00", "100.00"))
        .withMessageContaining("reviewBandPercent");
  }

  private CreditDecision check(
      Map<String, Object> configuration, String exposure, String requested) {
    CreditCheckRequest request =
        new CreditCheckRequest("c-1", "Acme GmbH", "DE", eur(requested), eur(exposure));
    return check.check(request, FixedPluginContext.withConfiguration(configuration));
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
