package io.salesplatform.tenant.config.settings;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Arithmetic shared by the scoring rules: scores have two decimals and stay within 0 to 100. */
final class Scores {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Scores() {}

  /** {@code value} capped to 0..{@code full}, as a share of {@code full} on the 0 to 100 scale. */
  static BigDecimal proportion(BigDecimal value, BigDecimal full) {
    BigDecimal capped = value.max(BigDecimal.ZERO).min(full);
    return capped.multiply(HUNDRED).divide(full, 2, RoundingMode.HALF_UP);
  }
}
