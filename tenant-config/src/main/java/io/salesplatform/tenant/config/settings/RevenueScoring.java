package io.salesplatform.tenant.config.settings;

import java.math.BigDecimal;

/**
 * Scores revenue achieved against the quarter's goal (policy 6.1). The score is the percentage of
 * the goal achieved, capped at {@code capPercent}, scaled so that reaching the cap scores 100:
 * {@code score = min(achieved%, capPercent) × 100 / capPercent}. A cap above 100 leaves room to
 * reward beating the goal without letting one huge deal outweigh every other criterion; with the
 * default cap of 120, meeting the goal exactly scores 83.33.
 *
 * @param capPercent the achievement, in percent of the goal, that earns the full score: 100 to 300
 */
public record RevenueScoring(int capPercent) {

  public RevenueScoring {
    Rules rules = new Rules();
    rules.require(
        capPercent >= 100 && capPercent <= 300,
        "capPercent",
        "must be 100 to 300, not "
            + capPercent
            + ": a cap below 100 would give full marks for missing the goal");
    rules.enforce();
  }

  /** The score for revenue of {@code achievedPercent} percent of the goal. */
  public BigDecimal score(BigDecimal achievedPercent) {
    return Scores.proportion(achievedPercent, BigDecimal.valueOf(capPercent));
  }
}
