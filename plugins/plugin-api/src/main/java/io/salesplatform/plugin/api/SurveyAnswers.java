package io.salesplatform.plugin.api;

import java.util.Map;

/**
 * One customer's answers.
 *
 * @param questionnaire the questionnaire answered
 * @param ratings the rating given to each question, by question id
 * @param comment the customer's free text, or {@code null}
 */
public record SurveyAnswers(
    Questionnaire questionnaire, Map<String, Integer> ratings, String comment) {

  public SurveyAnswers {
    ratings = Map.copyOf(ratings);
  }
}
