package io.salesplatform.plugins.credit;

import io.salesplatform.plugin.api.CreditCheckRequest;
import io.salesplatform.plugin.api.Money;
import io.salesplatform.plugin.api.PaymentHistory;
import java.time.LocalDate;

/** Credit requests for the tests: a customer's figures, changed one at a time. */
record Customers(
    String registrationNumber,
    LocalDate since,
    PaymentHistory history,
    String exposure,
    String overdue,
    int overdueDays,
    String grantedLimit) {

  /** Six years a customer, pays on time but for two invoices, owes 2000.00 EUR, none overdue. */
  static Customers good() {
    return new Customers(
        "HRB 1234",
        LocalDate.of(2019, 3, 1),
        new PaymentHistory(40, 2, 5),
        "2000.00",
        "0",
        0,
        null);
  }

  /** A customer that has paid nothing yet and owes nothing. */
  static Customers newCustomer() {
    return new Customers(null, null, PaymentHistory.NONE, "0", "0", 0, null);
  }

  Customers since(LocalDate day) {
    return new Customers(
        registrationNumber, day, history, exposure, overdue, overdueDays, grantedLimit);
  }

  Customers paying(int paid, int late, int averageDaysLate) {
    return new Customers(
        registrationNumber,
        since,
        new PaymentHistory(paid, late, averageDaysLate),
        exposure,
        overdue,
        overdueDays,
        grantedLimit);
  }

  Customers owing(String exposure, String overdue, int overdueDays) {
    return new Customers(
        registrationNumber, since, history, exposure, overdue, overdueDays, grantedLimit);
  }

  Customers granted(String limit) {
    return new Customers(registrationNumber, since, history, exposure, overdue, overdueDays, limit);
  }

  Customers registeredAs(String number) {
    return new Customers(number, since, history, exposure, overdue, overdueDays, grantedLimit);
  }

  CreditCheckRequest asking(String amount) {
    return new CreditCheckRequest(
        "customer-1",
        "Acme GmbH",
        "DE",
        registrationNumber,
        since,
        eur(amount),
        eur(exposure),
        eur(overdue),
        overdueDays,
        grantedLimit == null ? null : eur(grantedLimit),
        history);
  }

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
