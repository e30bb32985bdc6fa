package io.salesplatform.plugin.api;

import java.time.Instant;

/**
 * One customer's answers to a survey, as the platform kept them, for aggregation.
 *
 * @param customerId the customer who answered
 * @param repId the person responsible for the customer when the survey was sent
 * @param answeredAt when the answers came in
 * @param answers the answers, with the questionnaire they answer
 */
public record SurveyResponse(
    String customerId, String repId, Instant answeredAt, SurveyAnswers answers) {

  /**
   * @throws InvalidRequestException naming the field that is missing
   */
  public SurveyResponse {
    Requests.text(customerId, "customerId");
    Requests.text(repId, "repId");
    Requests.present(answeredAt, "answeredAt");
    Requests.present(answers, "answers");
  }
}
