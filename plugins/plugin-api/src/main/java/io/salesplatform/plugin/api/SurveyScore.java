package io.salesplatform.plugin.api;

/**
 * A scored survey.
 *
 * @param score satisfaction from 0 to 100, comparable across mechanisms for appraisal
 * @param category the mechanism's own reading, such as {@code promoter} for NPS
 */
public record SurveyScore(int score, String category) {

  public SurveyScore {
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("a score is between 0 and 100");
    }
  }
}
