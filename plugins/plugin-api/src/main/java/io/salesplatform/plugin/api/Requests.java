package io.salesplatform.plugin.api;

import java.math.BigDecimal;

/** The checks request records share, each failing with the field it is about. */
final class Requests {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Requests() {}

  static String text(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidRequestException(field, field + " is required");
    }
    return value;
  }

  static <T> T present(T value, String field) {
    if (value == null) {
      throw new InvalidRequestException(field, field + " is required");
    }
    return value;
  }

  static Money notNegative(Money value, String field) {
    present(value, field);
    if (value.isNegative()) {
      throw new InvalidRequestException(field, field + " must not be negative, but is " + value);
    }
    return value;
  }

  static BigDecimal percent(BigDecimal value, String field) {
    if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
      throw new InvalidRequestException(
          field,
          field + " is between 0 and 100, not " + value.stripTrailingZeros().toPlainString());
    }
    return value;
  }
}
