package io.salesplatform.tenant.config.settings;

import java.math.BigDecimal;

/**
 * Scores team collaboration (policy 6.5), rated by the manager and peers on a scale from 1 to
 * {@code ratingScaleMax}: {@code score = mean rating × 100 / ratingScaleMax}.
 *
 * @param ratingScaleMax the best rating on the scale: 3 to 10
 */
public record CollaborationScoring(int ratingScaleMax) {

  public CollaborationScoring {
    Rules rules = new Rules();
    rules.require(
        ratingScaleMax >= 3 && ratingScaleMax <= 10,
        "ratingScaleMax",
        "must be 3 to 10, not " + ratingScaleMax);
    rules.enforce();
  }

  /** The score for a mean rating of {@code meanRating}. */
  public BigDecimal score(BigDecimal meanRating) {
    return Scores.proportion(meanRating, BigDecimal.valueOf(ratingScaleMax));
  }
}
