package io.salesplatform.plugin.api;

import java.time.LocalDate;

/**
 * What a credit check is asked about: the customer, its figures as the tenant's books show them,
 * and the deal. Every amount is in the deal's currency.
 *
 * @param customerId the customer's identifier within the tenant
 * @param customerName the customer's registered name, for providers that look it up
 * @param countryCode the customer's ISO 3166-1 alpha-2 country code, upper case; {@code null} when
 *     unknown
 * @param registrationNumber the customer's company registration or tax number, which credit bureaus
 *     key their reports on; {@code null} when unknown
 * @param customerSince the day the customer's first contract was signed; {@code null} for a
 *     customer without one yet
 * @param requestedAmount the amount of the deal being assessed, not negative
 * @param currentExposure what the customer owes now or has committed under open contracts, not
 *     negative, without this deal
 * @param overdueAmount the part of the exposure that is past its due date, from 0 to the exposure
 * @param oldestOverdueDays how many days the oldest overdue invoice is past its due date; 0 when
 *     nothing is overdue
 * @param currentCreditLimit the credit limit the tenant granted the customer before; {@code null}
 *     when none was granted
 * @param paymentHistory how the customer has paid its invoices
 */
public record CreditCheckRequest(
    String customerId,
    String customerName,
    @Nullable String countryCode,
    @Nullable String registrationNumber,
    @Nullable LocalDate customerSince,
    Money requestedAmount,
    Money currentExposure,
    Money overdueAmount,
    int oldestOverdueDays,
    @Nullable Money currentCreditLimit,
    PaymentHistory paymentHistory) {

  /**
   * @throws InvalidRequestException naming the field that is missing or inconsistent
   * @throws CurrencyMismatchException naming the amount in another currency than the deal's
   */
  public CreditCheckRequest {
    Requests.text(customerId, "customerId");
    Requests.text(customerName, "customerName");
    if (countryCode != null && !countryCode.matches("[A-Z]{2}")) {
      throw new InvalidRequestException(
          "countryCode", "countryCode is two upper-case letters, such as DE, not " + countryCode);
    }
    if (registrationNumber != null && registrationNumber.isBlank()) {
      registrationNumber = null;
    }
    String currency = Requests.notNegative(requestedAmount, "requestedAmount").currency();
    Requests.notNegative(currentExposure, "currentExposure")
        .requireCurrency(currency, "currentExposure");
    Requests.notNegative(overdueAmount, "overdueAmount").requireCurrency(currency, "overdueAmount");
    if (overdueAmount.compareTo(currentExposure) > 0) {
      throw new InvalidRequestException(
          "overdueAmount",
          "overdueAmount "
              + overdueAmount
              + " is part of the exposure and cannot exceed its "
              + currentExposure);
    }
    if (oldestOverdueDays < 0 || (overdueAmount.isZero() != (oldestOverdueDays == 0))) {
      throw new InvalidRequestException(
          "oldestOverdueDays",
          "oldestOverdueDays is positive when something is overdue and 0 when nothing is");
    }
    if (currentCreditLimit != null) {
      Requests.notNegative(currentCreditLimit, "currentCreditLimit")
          .requireCurrency(currency, "currentCreditLimit");
    }
    Requests.present(paymentHistory, "paymentHistory");
  }

  /** The deal's currency, which every amount is in. */
  public String currency() {
    return requestedAmount.currency();
  }
}
