package io.salesplatform.tenant.config.settings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Scores customer satisfaction (policy 6.2). Survey plugins already score each answered survey from
 * 0 to 100, so the criterion is their mean. A handful of answers says little about a rep, so below
 * {@code minimumResponses} the criterion takes {@code neutralScore} instead.
 *
 * @param minimumResponses the fewest answered surveys in the quarter for their mean to count: 0 to
 *     100 (0 always uses the mean, and a quarter without answers then scores the neutral score)
 * @param neutralScore the score when too few surveys were answered: 0 to 100
 */
public record SatisfactionScoring(int minimumResponses, int neutralScore) {

  public SatisfactionScoring {
    Rules rules = new Rules();
    rules.require(
        minimumResponses >= 0 && minimumResponses <= 100,
        "minimumResponses",
        "must be 0 to 100, not " + minimumResponses);
    rules.percent(neutralScore, "neutralScore");
    rules.enforce();
  }

  /** The score for the quarter's survey scores, each 0 to 100. */
  public BigDecimal score(Collection<Integer> surveyScores) {
    if (surveyScores.isEmpty()) {
      return score(0, null);
    }
    long sum = surveyScores.stream().mapToLong(Integer::longValue).sum();
    return score(
        surveyScores.size(),
        BigDecimal.valueOf(sum)
            .divide(BigDecimal.valueOf(surveyScores.size()), 10, RoundingMode.HALF_UP));
  }

  /**
   * The score for {@code responses} answered surveys whose scores (0 to 100) have the mean {@code
   * mean}; the neutral score when they are fewer than the minimum.
   */
  public BigDecimal score(long responses, BigDecimal mean) {
    if (responses == 0 || responses < minimumResponses || mean == null) {
      return BigDecimal.valueOf(neutralScore).setScale(2);
    }
    return Scores.proportion(mean, Scores.HUNDRED);
  }

  /** Whether {@code responses} answered surveys are enough for their mean to count. */
  public boolean counts(long responses) {
    return responses > 0 && responses >= minimumResponses;
  }
}
