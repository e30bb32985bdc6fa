package io.salesplatform.tenant.config.settings;

import java.math.BigDecimal;

/**
 * Scores new customers won in the quarter (policy 6.3) against a target count: {@code score =
 * min(won, quarterlyTarget) × 100 / quarterlyTarget}.
 *
 * @param quarterlyTarget new customers a rep is expected to win per quarter for the full score: 1
 *     to 1000
 */
public record NewCustomerScoring(int quarterlyTarget) {

  public NewCustomerScoring {
    Rules rules = new Rules();
    rules.require(
        quarterlyTarget >= 1 && quarterlyTarget <= 1000,
        "quarterlyTarget",
        "must be 1 to 1000, not " + quarterlyTarget);
    rules.enforce();
  }

  /** The score for {@code won} new customers. */
  public BigDecimal score(int won) {
    return Scores.proportion(BigDecimal.valueOf(won), BigDecimal.valueOf(quarterlyTarget));
  }
}
