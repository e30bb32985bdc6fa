package io.salesplatform.plugin.api;

import java.util.List;

/**
 * The questions of one survey.
 *
 * @param questions at least one question
 */
public record Questionnaire(List<Question> questions) {

  public Questionnaire {
    questions = List.copyOf(questions);
    if (questions.isEmpty()) {
      throw new IllegalArgumentException("a questionnaire asks at least one question");
    }
  }

  /**
   * One question.
   *
   * @param id the key its answer comes back under
   * @param text the question as the customer reads it
   * @param min the lowest answer on the scale
   * @param max the highest answer on the scale
   * @param commentAllowed whether the customer may add free text
   */
  public record Question(String id, String text, int min, int max, boolean commentAllowed) {}
}
