package io.salesplatform.plugin.api;

/**
 * Two amounts that must share a currency do not, and there is no exchange rate to reconcile them: a
 * line priced in USD on a quote in EUR, or a customer's exposure in another currency than the
 * deal's.
 */
public class CurrencyMismatchException extends InvalidRequestException {

  private static final long serialVersionUID = 1L;

  private final String expected;
  private final String found;

  public CurrencyMismatchException(String field, String expected, String found) {
    super(
        field,
        (field == null ? "an amount" : field)
            + " is in "
            + found
            + ", not in "
            + expected
            + "; amounts are not converted without an exchange rate");
    this.expected = expected;
    this.found = found;
  }

  /** The currency the amount had to be in. */
  public String expected() {
    return expected;
  }

  /** The currency it was in. */
  public String found() {
    return found;
  }

  @Override
  public CurrencyMismatchException within(String prefix) {
    return new CurrencyMismatchException(
        field() == null ? prefix : prefix + "." + field(), expected, found);
  }
}
