package io.salesplatform.platform.credit;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesplatform.platform.credit.CreditStanding.Decision;
import io.salesplatform.platform.credit.CreditStanding.Outcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreditStandingTest {

  private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

  private static Optional<Decision> decision(Outcome outcome, String limit, Duration age) {
    return Optional.of(
        new Decision(
            outcome,
            "B",
            70,
            new BigDecimal(limit),
            "EUR",
            NOW.minus(age),
            NOW.minus(age).plus(Duration.ofDays(30))));
  }

  @Test
  void aCurrentApprovalLetsAQuoteGo() {
    assertThat(
            CreditStanding.forSending(
                decision(Outcome.APPROVE, "1000", Duration.ofDays(1)), NOW, 90, "EUR", false))
        .isEmpty();
  }

  @Test
  void sendingWithoutADecisionIsRefusedAsMissing() {
    assertThat(CreditStanding.forSending(Optional.empty(), NOW, 90, "EUR", false))
        .get()
        .extracting(CreditStanding.Refusal::type)
        .isEqualTo("credit-decision-missing");
  }

  @Test
  void aDecisionOlderThanTheCompanysMaximumAgeIsOutdatedEvenBeforeItExpires() {
    Optional<Decision> tenDaysOld = decision(Outcome.APPROVE, "1000", Duration.ofDays(10));

    assertThat(CreditStanding.forSending(tenDaysOld, NOW, 9, "EUR", false))
        .get()
        .extracting(CreditStanding.Refusal::type)
        .isEqualTo("credit-decision-outdated");
    assertThat(CreditStanding.forSending(tenDaysOld, NOW, 10, "EUR", false)).isEmpty();
  }

  @Test
  void anExpiredDecisionIsOutdated() {
    Optional<Decision> expired = decision(Outcome.APPROVE, "1000", Duration.ofDays(31));

    assertThat(CreditStanding.forSending(expired, NOW, 365, "EUR", false))
        .get()
        .extracting(CreditStanding.Refusal::detail)
        .asString()
        .contains("expired");
  }

  @Test
  void aDecisionInAnotherCurrencySaysNothingAboutTheDeal() {
    assertThat(
            CreditStanding.forSending(
                decision(Outcome.APPROVE, "1000", Duration.ofDays(1)), NOW, 90, "USD", false))
        .get()
        .extracting(CreditStanding.Refusal::type)
        .isEqualTo("credit-decision-outdated");
  }

  @Test
  void aReviewNeedsTheManagersApprovalOfTheQuoteAndARejectionStopsIt() {
    Optional<Decision> review = decision(Outcome.REVIEW, "1000", Duration.ofDays(1));

    assertThat(CreditStanding.forSending(review, NOW, 90, "EUR", false))
        .get()
        .extracting(CreditStanding.Refusal::type)
        .isEqualTo("credit-review-required");
    assertThat(CreditStanding.forSending(review, NOW, 90, "EUR", true)).isEmpty();
    assertThat(
            CreditStanding.forSending(
                decision(Outcome.REJECT, "1000", Duration.ofDays(1)), NOW, 90, "EUR", true))
        .get()
        .extracting(CreditStanding.Refusal::type)
        .isEqualTo("credit-rejected");
  }

  @Test
  void signingWithinTheLimitNeedsNoApprovalAndBeyondItDoes() {
    Optional<Decision> approve = decision(Outcome.APPROVE, "1000", Duration.ofDays(1));

    assertThat(
            CreditStanding.approvalNeededToSign(
                approve, true, NOW, 90, new BigDecimal("400"), new BigDecimal("600"), "EUR"))
        .isEmpty();
    assertThat(
            CreditStanding.approvalNeededToSign(
                approve, true, NOW, 90, new BigDecimal("400.01"), new BigDecimal("600"), "EUR"))
        .get()
        .asString()
        .contains("1000.01 EUR", "beyond its credit limit of 1000 EUR");
  }

  @Test
  void signingWithoutACurrentDecisionNeedsApprovalOnlyWhenTheCompanyDemandsChecks() {
    assertThat(
            CreditStanding.approvalNeededToSign(
                Optional.empty(), true, NOW, 90, BigDecimal.ZERO, BigDecimal.TEN, "EUR"))
        .isPresent();
    assertThat(
            CreditStanding.approvalNeededToSign(
                Optional.empty(), false, NOW, 90, BigDecimal.ZERO, BigDecimal.TEN, "EUR"))
        .isEmpty();
  }
}
