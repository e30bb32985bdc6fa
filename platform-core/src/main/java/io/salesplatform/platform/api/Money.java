package io.salesplatform.platform.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money in a currency; never a {@code double}.
 *
 * @param amount the amount, at most two decimals, not negative
 * @param currency its ISO 4217 currency code, such as {@code EUR}
 */
public record Money(BigDecimal amount, String currency) {

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
  }
}
