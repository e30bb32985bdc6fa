package io.salesplatform.plugin.api;

import java.util.Map;
import java.util.Objects;

/**
 * One customer's answers, checked against the questionnaire they answer: every rating belongs to
 * one of its questions and sits on that question's scale, and every required question is answered.
 *
 * @param questionnaire the questionnaire answered
 * @param ratings the answer to each answered question, by question id
 * @param comment the customer's free text; {@code null} when there is none or the questionnaire
 *     takes none
 */
public record SurveyAnswers(
    Questionnaire questionnaire, Map<String, Integer> ratings, @Nullable String comment) {

  /** The longest comment kept, in characters. */
  public static final int MAX_COMMENT_LENGTH = 4000;

  /**
   * @throws InvalidRequestException naming the rating ({@code ratings.recommend}) or the comment
   *     that does not fit the questionnaire
   */
  public SurveyAnswers {
    Objects.requireNonNull(questionnaire, "questionnaire");
    Requests.present(ratings, "ratings");
    for (var rating : ratings.entrySet()) {
      String field = "ratings." + rating.getKey();
      Questionnaire.Question question = questionnaire.question(rating.getKey());
      if (question == null) {
        throw new InvalidRequestException(
            field, "the survey asks no question '" + rating.getKey() + "'");
      }
      Integer value = Requests.present(rating.getValue(), field);
      if (value < question.min() || value > question.max()) {
        throw new InvalidRequestException(
            field,
            "an answer to '"
                + question.id()
                + "' is between "
                + question.min()
                + " and "
                + question.max()
                + ", not "
                + value);
      }
    }
    for (Questionnaire.Question question : questionnaire.questions()) {
      if (question.required() && !ratings.containsKey(question.id())) {
        throw new InvalidRequestException(
            "ratings." + question.id(), "'" + question.id() + "' must be answered");
      }
    }
    ratings = Map.copyOf(ratings);
    if (comment != null && comment.isBlank()) {
      comment = null;
    }
    if (comment != null) {
      if (questionnaire.commentPrompt() == null) {
        throw new InvalidRequestException("comment", "this survey takes no comment");
      }
      if (comment.length() > MAX_COMMENT_LENGTH) {
        throw new InvalidRequestException(
            "comment", "a comment is at most " + MAX_COMMENT_LENGTH + " characters long");
      }
    }
  }
}
