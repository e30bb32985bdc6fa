package io.salesplatform.plugin.api;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The questions of one survey, as the customer will read them. The platform keeps the questionnaire
 * it sent with the answers, so that answers are scored against the questions that were asked even
 * after the tenant changes its survey.
 *
 * @param locale the language the texts are in, as a BCP 47 tag
 * @param questions the questions in the order they are asked, at least one, with distinct ids
 * @param commentPrompt the invitation to add free text, such as {@code Anything else?}; {@code
 *     null} when the survey takes no comment
 */
public record Questionnaire(
    String locale, List<Question> questions, @Nullable String commentPrompt) {

  public Questionnaire {
    Objects.requireNonNull(locale, "locale");
    questions = List.copyOf(questions);
    if (questions.isEmpty()) {
      throw new IllegalArgumentException("a questionnaire asks at least one question");
    }
    Set<String> ids = new HashSet<>();
    for (Question question : questions) {
      if (!ids.add(question.id())) {
        throw new IllegalArgumentException("two questions have the id " + question.id());
      }
    }
  }

  /** The question with {@code id}, or {@code null}. */
  public Question question(String id) {
    return questions.stream().filter(q -> q.id().equals(id)).findFirst().orElse(null);
  }

  /**
   * One question, answered with a whole number on a scale.
   *
   * @param id the key its answer comes back under: letters, digits and hyphens
   * @param text the question as the customer reads it
   * @param min the lowest answer on the scale
   * @param max the highest answer on the scale, above {@code min}
   * @param minLabel what the lowest answer means, such as {@code Not at all likely}; {@code null}
   *     for none
   * @param maxLabel what the highest answer means, such as {@code Extremely likely}; {@code null}
   *     for none
   * @param required whether the customer must answer it
   * @param weight how much the answer counts in the score, positive; the customer does not see it
   */
  public record Question(
      String id,
      String text,
      int min,
      int max,
      @Nullable String minLabel,
      @Nullable String maxLabel,
      boolean required,
      BigDecimal weight) {

    public Question {
      Objects.requireNonNull(id, "id");
      if (!id.matches("[A-Za-z0-9][A-Za-z0-9-]*")) {
        throw new IllegalArgumentException("a question id is letters, digits and hyphens: " + id);
      }
      Objects.requireNonNull(text, "text");
      if (min >= max) {
        throw new IllegalArgumentException("a scale's lowest answer is below its highest");
      }
      Objects.requireNonNull(weight, "weight");
      if (weight.signum() <= 0) {
        throw new IllegalArgumentException("a question's weight is positive");
      }
    }
  }
}
