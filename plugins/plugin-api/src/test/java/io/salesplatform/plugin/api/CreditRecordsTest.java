package io.salesplatform.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreditRecordsTest {

  @Test
  void everyAmountIsInTheDealsCurrency() {
    assertThatThrownBy(() -> request("1000.00", "500.00", money("0", "USD"), 0, null))
        .isInstanceOfSatisfying(
            CurrencyMismatchException.class,
            e -> {
              assertThat(e.field()).isEqualTo("overdueAmount");
              assertThat(e.expected()).isEqualTo("EUR");
            });
    assertThatThrownBy(() -> request("1000.00", "500.00", eur("0"), 0, money("9", "CNY")))
        .isInstanceOfSatisfying(
            CurrencyMismatchException.class,
            e -> assertThat(e.field()).isEqualTo("currentCreditLimit"));
  }

  @Test
  void theOverdueAmountIsPartOfTheExposure() {
    assertThatThrownBy(() -> request("1000.00", "500.00", eur("500.01"), 10, null))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("overdueAmount"));
    assertThat(request("1000.00", "500.00", eur("500.00"), 10, null).overdueAmount())
        .isEqualTo(eur("500.00"));
  }

  @Test
  void overdueDaysAgreeWithTheOverdueAmount() {
    assertThatThrownBy(() -> request("1000.00", "500.00", eur("100"), 0, null))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.field()).isEqualTo("oldestOverdueDays"));
    assertThatThrownBy(() -> request("1000.00", "500.00", eur("0"), 3, null))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void negativeAmountsAndBadCountryCodesAreRefused() {
    assertThatThrownBy(() -> request("-1", "0", eur("0"), 0, null))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("requestedAmount"));
    assertThatThrownBy(
            () ->
                new CreditCheckRequest(
                    "c-1",
                    "Acme",
                    "de",
                    null,
                    null,
                    eur("1"),
                    eur("0"),
                    eur("0"),
                    0,
                    null,
                    PaymentHistory.NONE))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("countryCode"));
  }

  @Test
  void aPaymentHistoryAddsUp() {
    assertThatThrownBy(() -> new PaymentHistory(3, 4, 10))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.field()).isEqualTo("invoicesPaidLate"));
    assertThatThrownBy(() -> new PaymentHistory(3, 0, 10))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("averageDaysLate"));
    assertThat(new PaymentHistory(10, 2, 12).invoicesPaidLate()).isEqualTo(2);
  }

  @Test
  void aDecisionGivesAReasonAndAScoreOnTheScale() {
    Instant now = Instant.parse("2025-03-01T09:00:00Z");

    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new CreditDecision(
                    CreditDecision.Outcome.APPROVE,
                    CreditRating.A,
                    80,
                    eur("1"),
                    now,
                    List.of(),
                    null));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new CreditDecision(
                    CreditDecision.Outcome.APPROVE,
                    CreditRating.A,
                    101,
                    eur("1"),
                    now,
                    List.of("fine"),
                    null));
    assertThat(CreditRating.D.isWorseThan(CreditRating.C)).isTrue();
    assertThat(CreditRating.A.isWorseThan(CreditRating.A)).isFalse();
  }

  private static CreditCheckRequest request(
      String requested, String exposure, Money overdue, int overdueDays, Money limit) {
    return new CreditCheckRequest(
        "c-1",
        "Acme GmbH",
        "DE",
        "HRB 1234",
        LocalDate.of(2020, 1, 1),
        eur(requested),
        eur(exposure),
        overdue,
        overdueDays,
        limit,
        PaymentHistory.NONE);
  }

  private static Money eur(String amount) {
    return money(amount, "EUR");
  }

  private static Money money(String amount, String currency) {
    return Money.of(amount, currency);
  }
}
