package io.salesplatform.tenant.config.settings;

import java.math.BigDecimal;

/**
 * When a sales goal is far enough from history to warn whoever sets it (policy 4.1: achievable yet
 * challenging). History is the revenue of the same scope in the comparable past period; the
 * platform warns but does not refuse, because a new product or market can justify any target.
 *
 * @param unchallengingBelowPercent a goal below this percentage of history is unchallenging: 1 to
 *     99
 * @param unrealisticAbovePercent a goal above this percentage of history is unrealistic: 101 to
 *     1000
 */
public record GoalRealism(int unchallengingBelowPercent, int unrealisticAbovePercent) {

  /** How a goal compares with history. */
  public enum Assessment {
    UNCHALLENGING,
    REALISTIC,
    UNREALISTIC
  }

  public GoalRealism {
    Rules rules = new Rules();
    rules.require(
        unchallengingBelowPercent >= 1 && unchallengingBelowPercent < 100,
        "unchallengingBelowPercent",
        "must be 1 to 99, not " + unchallengingBelowPercent + ": matching history is realistic");
    rules.require(
        unrealisticAbovePercent > 100 && unrealisticAbovePercent <= 1000,
        "unrealisticAbovePercent",
        "must be 101 to 1000, not " + unrealisticAbovePercent + ": matching history is realistic");
    rules.enforce();
  }

  static GoalRealism defaults() {
    return new GoalRealism(90, 150);
  }

  /** How {@code goal} compares with {@code history}; without history any goal is realistic. */
  public Assessment assess(BigDecimal goal, BigDecimal history) {
    if (history == null || history.signum() <= 0) {
      return Assessment.REALISTIC;
    }
    BigDecimal percent = goal.multiply(Scores.HUNDRED);
    if (percent.compareTo(history.multiply(BigDecimal.valueOf(unchallengingBelowPercent))) < 0) {
      return Assessment.UNCHALLENGING;
    }
    if (percent.compareTo(history.multiply(BigDecimal.valueOf(unrealisticAbovePercent))) > 0) {
      return Assessment.UNREALISTIC;
    }
    return Assessment.REALISTIC;
  }
}
