package io.salesplatform.plugin.api;

/**
 * Asks customers how satisfied they are, scores their answers and sums the scores up (policy rules
 * 4.5, 5.6 and 6.2). Sending the survey, collecting the answers and keeping them is the platform's
 * part.
 */
public interface SurveyMechanism extends PluginExtension {

  /** The questions to send for one occasion, such as a completed contract. */
  Questionnaire design(SurveyRequest request, PluginContext context);

  /**
   * Scores one customer's answers to a questionnaire this mechanism designed.
   *
   * @throws InvalidRequestException when the answers are not answers to this mechanism's questions
   */
  SurveyScore score(SurveyAnswers answers, PluginContext context);

  /**
   * Sums up responses per group, such as the NPS of each rep per quarter.
   *
   * @throws InvalidRequestException when a response is not an answer to this mechanism's questions
   */
  SurveyAggregation aggregate(SurveyAggregationRequest request, PluginContext context);
}
