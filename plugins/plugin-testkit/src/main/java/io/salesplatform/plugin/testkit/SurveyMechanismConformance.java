package io.salesplatform.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesplatform.plugin.api.PluginContext;
import io.salesplatform.plugin.api.Questionnaire;
import io.salesplatform.plugin.api.Questionnaire.Question;
import io.salesplatform.plugin.api.SurveyAggregation;
import io.salesplatform.plugin.api.SurveyAggregationRequest;
import io.salesplatform.plugin.api.SurveyAggregationRequest.Dimension;
import io.salesplatform.plugin.api.SurveyAggregationRequest.Period;
import io.salesplatform.plugin.api.SurveyAnswers;
import io.salesplatform.plugin.api.SurveyGroupKey;
import io.salesplatform.plugin.api.SurveyMechanism;
import io.salesplatform.plugin.api.SurveyRequest;
import io.salesplatform.plugin.api.SurveyResponse;
import io.salesplatform.plugin.api.SurveyScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Conformance of a {@link SurveyMechanism}. Each scenario runs the whole mechanism: it designs the
 * questionnaire, answers it in several ways (every question at its lowest, at its highest, in the
 * middle, only the required ones), scores every answer, and aggregates the responses per customer
 * and all together. Beyond what every extension must do, the best answers never score below the
 * worst, each group counts its responses, and a group's average score is the mean of its responses'
 * scores.
 */
public abstract class SurveyMechanismConformance
    extends ExtensionConformance<SurveyMechanism, SurveyRequest, SurveyMechanismConformance.Run> {

  /**
   * What one run of a mechanism produced.
   *
   * @param questionnaire the questionnaire designed
   * @param answers the generated answers, the lowest first and the highest second
   * @param scores the score of each answer, in the same order
   * @param perCustomer the responses aggregated per customer
   * @param overall the responses aggregated all together
   */
  public record Run(
      Questionnaire questionnaire,
      List<SurveyAnswers> answers,
      List<SurveyScore> scores,
      SurveyAggregation perCustomer,
      SurveyAggregation overall) {}

  @Override
  protected final Run call(
      SurveyMechanism mechanism, SurveyRequest request, PluginContext context) {
    Questionnaire questionnaire = mechanism.design(request, context);
    assertNotNull(questionnaire, "the questionnaire");
    List<SurveyAnswers> answers = answersTo(questionnaire);
    List<SurveyScore> scores = new ArrayList<>();
    List<SurveyResponse> responses = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      scores.add(mechanism.score(answers.get(i), context));
      responses.add(
          new SurveyResponse(
              i % 2 == 0 ? "customer-a" : "customer-b",
              "rep-1",
              context.clock().instant().minus(Duration.ofDays(i)),
              answers.get(i)));
    }
    SurveyAggregation perCustomer =
        mechanism.aggregate(
            new SurveyAggregationRequest(
                responses, Set.of(Dimension.CUSTOMER), Period.QUARTER, ZoneOffset.UTC),
            context);
    SurveyAggregation overall =
        mechanism.aggregate(
            new SurveyAggregationRequest(responses, Set.of(), Period.QUARTER, ZoneOffset.UTC),
            context);
    return new Run(questionnaire, answers, scores, perCustomer, overall);
  }

  @Override
  protected void checkResult(Scenario<SurveyRequest> scenario, Run run, PluginContext context) {
    assertFalse(run.questionnaire().locale().isBlank(), "the questionnaire names its language");
    for (Question question : run.questionnaire().questions()) {
      assertFalse(question.text().isBlank(), "question " + question.id() + " has a text");
    }
    assertTrue(
        run.scores().get(1).score() >= run.scores().get(0).score(),
        "the highest answers score "
            + run.scores().get(1).score()
            + ", below the lowest answers' "
            + run.scores().get(0).score());

    assertEquals(1, run.overall().groups().size(), "all responses together are one group");
    SurveyAggregation.Group all = run.overall().groups().get(0);
    assertEquals(new SurveyGroupKey(null, null, null), all.key(), "the key of the whole");
    assertEquals(run.scores().size(), all.responses(), "the whole counts every response");
    BigDecimal mean =
        BigDecimal.valueOf(run.scores().stream().mapToInt(SurveyScore::score).sum())
            .divide(BigDecimal.valueOf(run.scores().size()), 3, RoundingMode.HALF_EVEN);
    assertTrue(
        all.averageScore().subtract(mean).abs().compareTo(new BigDecimal("0.05")) <= 0,
        "the average score " + all.averageScore() + " is not the mean " + mean + " of the scores");

    int counted = 0;
    for (SurveyAggregation.Group group : run.perCustomer().groups()) {
      assertNotNull(group.key().customerId(), "a per-customer group names its customer");
      assertEquals(null, group.key().repId(), "a per-customer group names no rep");
      counted += group.responses();
    }
    assertEquals(run.scores().size(), counted, "the customers' groups count every response");
  }

  /** Answers covering the scale: lowest, highest, middle, and only the required questions. */
  static List<SurveyAnswers> answersTo(Questionnaire questionnaire) {
    List<SurveyAnswers> answers = new ArrayList<>();
    String comment = questionnaire.commentPrompt() == null ? null : "A comment.";
    answers.add(
        new SurveyAnswers(questionnaire, ratings(questionnaire, false, Level.LOWEST), null));
    answers.add(
        new SurveyAnswers(questionnaire, ratings(questionnaire, false, Level.HIGHEST), comment));
    answers.add(
        new SurveyAnswers(questionnaire, ratings(questionnaire, false, Level.MIDDLE), null));
    boolean someRequired = questionnaire.questions().stream().anyMatch(Question::required);
    boolean someOptional = questionnaire.questions().stream().anyMatch(q -> !q.required());
    if (someRequired && someOptional) {
      answers.add(
          new SurveyAnswers(questionnaire, ratings(questionnaire, true, Level.HIGHEST), null));
    }
    return answers;
  }

  private enum Level {
    LOWEST,
    HIGHEST,
    MIDDLE
  }

  private static Map<String, Integer> ratings(
      Questionnaire questionnaire, boolean requiredOnly, Level level) {
    Map<String, Integer> ratings = new LinkedHashMap<>();
    for (Question question : questionnaire.questions()) {
      if (requiredOnly && !question.required()) {
        continue;
      }
      ratings.put(
          question.id(),
          switch (level) {
            case LOWEST -> question.min();
            case HIGHEST -> question.max();
            case MIDDLE -> (question.min() + question.max()) / 2;
          });
    }
    return ratings;
  }
}
