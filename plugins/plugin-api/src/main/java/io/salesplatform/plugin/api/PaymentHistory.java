package io.salesplatform.plugin.api;

/**
 * How a customer has paid its invoices over the period the platform looks back on (by default the
 * last 24 months).
 *
 * @param invoicesPaid how many invoices the customer paid, on time or late
 * @param invoicesPaidLate how many of those it paid after their due date
 * @param averageDaysLate over the late ones, the average number of days after the due date; 0 when
 *     none was late
 */
public record PaymentHistory(int invoicesPaid, int invoicesPaidLate, int averageDaysLate) {

  /** A customer that has paid no invoice yet. */
  public static final PaymentHistory NONE = new PaymentHistory(0, 0, 0);

  /**
   * @throws InvalidRequestException naming the count that is negative or inconsistent
   */
  public PaymentHistory {
    if (invoicesPaid < 0) {
      throw new InvalidRequestException("invoicesPaid", "invoicesPaid must not be negative");
    }
    if (invoicesPaidLate < 0 || invoicesPaidLate > invoicesPaid) {
      throw new InvalidRequestException(
          "invoicesPaidLate",
          "invoicesPaidLate is between 0 and the " + invoicesPaid + " invoices paid");
    }
    if (averageDaysLate < 0 || (invoicesPaidLate == 0 && averageDaysLate != 0)) {
      throw new InvalidRequestException(
          "averageDaysLate",
          "averageDaysLate must not be negative, and is 0 when no invoice was paid late");
    }
  }
}
