package io.salesplatform.plugin.api;

import java.util.Objects;

/**
 * One customer's scored answers.
 *
 * @param score satisfaction from 0 to 100, comparable across mechanisms for appraisal (policy rule
 *     6.2)
 * @param category the mechanism's own reading of the answers, such as {@code promoter} for NPS
 */
public record SurveyScore(int score, String category) {

  public SurveyScore {
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("a score is between 0 and 100, not " + score);
    }
    Objects.requireNonNull(category, "category");
  }
}
