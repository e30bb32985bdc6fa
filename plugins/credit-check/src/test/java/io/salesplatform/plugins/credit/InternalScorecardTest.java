package io.salesplatform.plugins.credit;

import static io.salesplatform.plugins.credit.Customers.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesplatform.plugin.api.CreditDecision;
import io.salesplatform.plugin.api.CreditDecision.Outcome;
import io.salesplatform.plugin.api.CreditRating;
import io.salesplatform.plugin.api.InvalidConfigurationException;
import io.salesplatform.plugin.testkit.TestPluginContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InternalScorecardTest {

  private static final Map<String, Object> TEN_THOUSAND = Map.of("creditLimit", 10000);

  /** Every rating but E keeps the base limit, so that the limit stays put while scores move. */
  private static final Map<String, Object> FIXED_LIMIT =
      Map.of(
          "creditLimit",
          10000,
          "scorecard",
          Map.of("limitPercentByRating", Map.of("A", 100, "B", 100, "C", 100, "D", 100)));

  private final InternalScorecard scorecard = new InternalScorecard();

  @Test
  void aGoodCustomerIsRatedAAndApprovedWithTheFactorsExplained() {
    CreditDecision decision = check(TEN_THOUSAND, Customers.good().asking("2000.00"));

    // Payment 95% on time less 5 days late = 90, overdue 100, exposure 100, tenure 100: 96.
    assertThat(decision.score()).isEqualTo(96);
    assertThat(decision.rating()).isEqualTo(CreditRating.A);
    assertThat(decision.outcome()).isEqualTo(Outcome.APPROVE);
    // Rating A earns 150% of the standard limit.
    assertThat(decision.creditLimit()).isEqualTo(eur("15000.00"));
    assertThat(decision.reasons())
        .containsExactly(
            "Approved: exposure 2000.00 EUR plus this deal's 2000.00 EUR comes to 4000.00 EUR,"
                + " 26.7% of the 15000.00 EUR credit limit.",
            "Scorecard 96 of 100, rating A: payment history 90 (weight 40), overdue amounts 100"
                + " (weight 30), exposure against the limit 100 (weight 20), years as a customer 100"
                + " (weight 10).");
    assertThat(decision.expiresAt()).isEqualTo(TestPluginContext.NOW.plus(Duration.ofDays(30)));
    assertThat(decision.reference()).isNull();
  }

  @Test
  void aNewCustomerGetsTheNeutralPaymentScoreAndNoTenure() {
    CreditDecision decision = check(TEN_THOUSAND, Customers.newCustomer().asking("5000.00"));

    // 40 x 50 + 30 x 100 + 20 x 100 + 10 x 0 = 70.
    assertThat(decision.score()).isEqualTo(70);
    assertThat(decision.rating()).isEqualTo(CreditRating.B);
    assertThat(decision.creditLimit()).isEqualTo(eur("10000.00"));
    assertThat(decision.outcome()).isEqualTo(Outcome.APPROVE);
  }

  @Test
  void aDealBeyondTheLimitButWithinTheBandGoesToReview() {
    CreditDecision decision =
        check(
            TEN_THOUSAND,
            Customers.good()
                .since(LocalDate.of(2023, 3, 1))
                .paying(10, 0, 0)
                .owing("6000.00", "1000.00", 30)
                .asking("5000.00"));

    // Payment 100, overdue 100 - 17 = 83, exposure 0 (110% used), tenure 24 of 60 months = 40.
    assertThat(decision.score()).isEqualTo(69);
    assertThat(decision.rating()).isEqualTo(CreditRating.B);
    assertThat(decision.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(decision.reasons().get(0))
        .isEqualTo(
            "Needs review: exposure 6000.00 EUR plus this deal's 5000.00 EUR comes to 11000.00"
                + " EUR, 110% of the 10000.00 EUR credit limit, within the 10% review band (up to"
                + " 11000.00 EUR).");
  }

  @ParameterizedTest(name = "{0} owed + {1} asked: {2}")
  @CsvSource({
    "6000.00, 4000.00, APPROVE",
    "6000.01, 4000.00, REVIEW",
    "7000.00, 4000.00, REVIEW",
    "7000.01, 4000.00, REJECT",
  })
  void theLimitAndTheBandEdgeAreExact(String exposure, String requested, Outcome outcome) {
    CreditDecision decision =
        check(FIXED_LIMIT, Customers.good().owing(exposure, "0", 0).asking(requested));

    assertThat(decision.creditLimit()).isEqualTo(eur("10000.00"));
    assertThat(decision.outcome()).isEqualTo(outcome);
  }

  @Test
  void aTotalJustOverTheBandReadsAsOverIt() {
    CreditDecision decision =
        check(FIXED_LIMIT, Customers.good().owing("7000.01", "0", 0).asking("4000.00"));

    assertThat(decision.reasons().get(0))
        .startsWith("Rejected: ")
        .contains("110.1% of the 10000.00 EUR credit limit")
        .contains("beyond the 10% review band (up to 11000.00 EUR)");
  }

  @Test
  void aConfiguredReviewBandMovesTheEdge() {
    Map<String, Object> wideBand =
        Map.of(
            "creditLimit",
            10000,
            "reviewBandPercent",
            25,
            "scorecard",
            FIXED_LIMIT.get("scorecard"));

    assertThat(check(wideBand, Customers.good().owing("0", "0", 0).asking("12500.00")).outcome())
        .isEqualTo(Outcome.REVIEW);
    assertThat(check(wideBand, Customers.good().owing("0", "0", 0).asking("12500.01")).outcome())
        .isEqualTo(Outcome.REJECT);
  }

  @Test
  void aRatingOfDGoesToReviewEvenWithinTheLimit() {
    Map<String, Object> strict =
        Map.of(
            "creditLimit",
            10000,
            "scorecard",
            Map.of("ratingFloors", Map.of("A", 95, "B", 90, "C", 85, "D", 60)));

    CreditDecision decision = check(strict, Customers.newCustomer().asking("2000.00"));

    assertThat(decision.rating()).isEqualTo(CreditRating.D);
    assertThat(decision.creditLimit()).isEqualTo(eur("5000.00"));
    assertThat(decision.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(decision.reasons())
        .startsWith(
            "Needs review: rating D needs a person's look.",
            "Exposure 0.00 EUR plus this deal's 2000.00 EUR comes to 2000.00 EUR, 40% of the"
                + " 5000.00 EUR credit limit.");
  }

  @Test
  void aCustomerThatDoesNotPayIsRatedEAndRejected() {
    CreditDecision decision =
        check(
            TEN_THOUSAND,
            Customers.good()
                .since(LocalDate.of(2024, 9, 1))
                .paying(10, 10, 45)
                .owing("8000.00", "8000.00", 200)
                .asking("1000.00"));

    // Payment 0, overdue 0, exposure 20 (90% used), tenure 6 of 60 months = 10: 5.
    assertThat(decision.score()).isEqualTo(5);
    assertThat(decision.rating()).isEqualTo(CreditRating.E);
    assertThat(decision.creditLimit()).isEqualTo(eur("0.00"));
    assertThat(decision.outcome()).isEqualTo(Outcome.REJECT);
    assertThat(decision.reasons())
        .startsWith(
            "Rejected: rating E extends no credit.",
            "Rejected: there is no credit limit, and exposure 8000.00 EUR plus this deal's 1000.00"
                + " EUR comes to 9000.00 EUR.",
            "An invoice is 200 days overdue, beyond the 90 days tolerated.");
  }

  @Test
  void anInvoiceOverdueBeyondTheToleranceSendsAnyDealToReview() {
    CreditDecision decision =
        check(TEN_THOUSAND, Customers.good().owing("2000.00", "100.00", 91).asking("100.00"));

    assertThat(decision.rating()).isIn(CreditRating.A, CreditRating.B);
    assertThat(decision.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(decision.reasons().get(0))
        .isEqualTo("Needs review: an invoice is 91 days overdue, beyond the 90 days tolerated.");
  }

  @Test
  void theLimitGrantedBeforeIsTheBase() {
    CreditDecision decision =
        check(TEN_THOUSAND, Customers.good().granted("20000.00").asking("2000.00"));

    assertThat(decision.creditLimit()).isEqualTo(eur("30000.00"));
  }

  @Test
  void withoutAnyLimitNoCreditIsExtended() {
    CreditDecision decision = check(Map.of(), Customers.good().asking("1.00"));

    assertThat(decision.outcome()).isEqualTo(Outcome.REJECT);
    assertThat(decision.reasons().get(0)).startsWith("Rejected: there is no credit limit");
  }

  @Test
  void weightsDecideWhatCounts() {
    Map<String, Object> tenureOnly =
        Map.of(
            "creditLimit",
            10000,
            "scorecard",
            Map.of(
                "weights", Map.of("paymentHistory", 0, "overdue", 0, "exposure", 0, "tenure", 1)));

    assertThat(
            check(tenureOnly, Customers.good().since(LocalDate.of(2023, 9, 1)).asking("1")).score())
        .isEqualTo(30);
  }

  @Test
  void lateDaysCostAPointEachUpToThirty() {
    Scorecard card = Scorecard.from(new io.salesplatform.plugin.api.PluginConfiguration(Map.of()));

    assertThat(card.paymentHistory(new io.salesplatform.plugin.api.PaymentHistory(10, 1, 12)))
        .isEqualTo(78);
    assertThat(card.paymentHistory(new io.salesplatform.plugin.api.PaymentHistory(10, 1, 90)))
        .isEqualTo(60);
    assertThat(card.paymentHistory(new io.salesplatform.plugin.api.PaymentHistory(3, 3, 40)))
        .isZero();
  }

  @Test
  void theExpiryFollowsTheConfiguredValidity() {
    CreditDecision decision =
        check(Map.of("creditLimit", 10000, "validityDays", 14), Customers.good().asking("1"));

    assertThat(decision.expiresAt()).isEqualTo(TestPluginContext.NOW.plus(Duration.ofDays(14)));
  }

  @Test
  void theExampleTenantsConfigurationsStillWork() {
    // As declared in tenant-config/examples: a limit, a band and a validity, no scorecard.
    CreditDecision decision =
        check(
            Map.of("creditLimit", 50000, "reviewBandPercent", 5, "validityDays", 30),
            Customers.good().asking("20000.00"));

    assertThat(decision.outcome()).isEqualTo(Outcome.APPROVE);
  }

  @Test
  void weightsThatWeighNothingAreAConfigurationError() {
    Map<String, Object> none =
        Map.of(
            "scorecard",
            Map.of(
                "weights", Map.of("paymentHistory", 0, "overdue", 0, "exposure", 0, "tenure", 0)));

    assertThatThrownBy(() -> check(none, Customers.good().asking("1")))
        .isInstanceOfSatisfying(
            InvalidConfigurationException.class,
            e -> assertThat(e.path()).isEqualTo("scorecard.weights"));
  }

  @Test
  void ratingFloorsOutOfOrderAreAConfigurationError() {
    Map<String, Object> unordered =
        Map.of("scorecard", Map.of("ratingFloors", Map.of("A", 70, "B", 75)));

    assertThatThrownBy(() -> check(unordered, Customers.good().asking("1")))
        .isInstanceOfSatisfying(
            InvalidConfigurationException.class,
            e -> assertThat(e.path()).isEqualTo("scorecard.ratingFloors.B"));
  }

  @Test
  void aValidityOutsideItsRangeIsAConfigurationError() {
    assertThatThrownBy(() -> check(Map.of("validityDays", 0), Customers.good().asking("1")))
        .isInstanceOfSatisfying(
            InvalidConfigurationException.class,
            e -> assertThat(e.path()).isEqualTo("validityDays"));
  }

  private CreditDecision check(
      Map<String, Object> configuration, io.salesplatform.plugin.api.CreditCheckRequest request) {
    return scorecard.check(request, TestPluginContext.of(configuration));
  }
}
