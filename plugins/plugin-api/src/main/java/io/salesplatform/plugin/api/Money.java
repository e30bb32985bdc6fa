package io.salesplatform.plugin.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in one currency. Amounts keep the scale of the currency's minor unit, so that two
 * equal prices compare equal whatever arithmetic produced them. Amounts in different currencies are
 * never combined: there is no exchange rate here.
 *
 * @param amount the amount, rounded half-even to the currency's minor unit
 * @param currency the ISO 4217 code, such as {@code EUR} or {@code CNY}
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    amount = amount.setScale(minorDigits(currency), RoundingMode.HALF_EVEN);
  }

  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), currency);
  }

  public static Money of(BigDecimal amount, String currency) {
    return new Money(amount, currency);
  }

  public static Money zero(String currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /**
   * The digits of the currency's minor unit: 2 for EUR, 0 for JPY.
   *
   * @throws InvalidRequestException when {@code currency} is not an ISO 4217 code
   */
  public static int minorDigits(String currency) {
    try {
      return Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "currency", "'" + currency + "' is not an ISO 4217 currency code");
    }
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /** This amount times {@code factor}, rounded once to the minor unit. */
  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor), currency);
  }

  public int signum() {
    return amount.signum();
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Checks that this amount is in {@code expected}.
   *
   * @param field where the amount sits in a request, for the problem the platform reports
   * @throws CurrencyMismatchException when it is not
   */
  public Money requireCurrency(String expected, String field) {
    if (!currency.equals(expected)) {
      throw new CurrencyMismatchException(field, expected, currency);
    }
    return this;
  }

  /**
   * @throws CurrencyMismatchException when the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(null, currency, other.currency);
    }
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
