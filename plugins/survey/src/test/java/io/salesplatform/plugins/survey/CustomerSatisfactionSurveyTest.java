package io.salesplatform.plugins.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.salesplatform.plugin.api.InvalidConfigurationException;
import io.salesplatform.plugin.api.InvalidRequestException;
import io.salesplatform.plugin.api.Questionnaire;
import io.salesplatform.plugin.api.Questionnaire.Question;
import io.salesplatform.plugin.api.SurveyAggregation;
import io.salesplatform.plugin.api.SurveyAggregationRequest;
import io.salesplatform.plugin.api.SurveyAggregationRequest.Dimension;
import io.salesplatform.plugin.api.SurveyAggregationRequest.Period;
import io.salesplatform.plugin.api.SurveyAnswers;
import io.salesplatform.plugin.api.SurveyRequest;
import io.salesplatform.plugin.api.SurveyResponse;
import io.salesplatform.plugin.api.SurveyScore;
import io.salesplatform.plugin.testkit.TestPluginContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerSatisfactionSurveyTest {

  private static final TestPluginContext DEFAULTS = TestPluginContext.of(Map.of());

  /** Two questions on 0 to 10, the first counting three times the second. */
  private static final TestPluginContext TENANT =
      TestPluginContext.of(
          Map.of(
              "csat",
              Map.of(
                  "scale",
                  Map.of("min", 0, "max", 10),
                  "questions",
                  List.of(
                      Map.of(
                          "id",
                          "delivery",
                          "text",
                          Map.of("en", "On time?", "zh", "准时吗？"),
                          "weight",
                          3),
                      Map.of("id", "support", "text", Map.of("en", "Support?"), "required", false)),
                  "satisfiedFromScore",
                  80,
                  "dissatisfiedBelowScore",
                  40,
                  "commentEnabled",
                  false)));

  private final CustomerSatisfactionSurvey survey = new CustomerSatisfactionSurvey();

  @Test
  void withoutConfigurationThreeQuestionsAreAskedOnOneToFive() {
    Questionnaire questionnaire = survey.design(request("en"), DEFAULTS);

    assertThat(questionnaire.questions())
        .extracting(
            Question::id, Question::min, Question::max, Question::required, Question::weight)
        .containsExactly(
            tuple("overall", 1, 5, true, BigDecimal.valueOf(2)),
            tuple("quality", 1, 5, true, BigDecimal.ONE),
            tuple("responsiveness", 1, 5, false, BigDecimal.ONE));
    assertThat(questionnaire.questions().get(0).minLabel()).isEqualTo("Very dissatisfied");
    assertThat(questionnaire.commentPrompt()).isEqualTo("What could we do better?");
    assertThat(survey.design(request("zh-CN"), DEFAULTS).questions().get(0).text())
        .isEqualTo("您对我们的整体满意度如何？");
  }

  @Test
  void theScoreIsTheWeightedMeanOfWhereEachAnswerSitsOnTheScale() {
    // overall 5 of 1-5 (1.0, weight 2), quality 3 (0.5), responsiveness 1 (0.0): 2.5 / 4 = 62.5.
    assertThat(score(DEFAULTS, Map.of("overall", 5, "quality", 3, "responsiveness", 1)))
        .isEqualTo(new SurveyScore(63, "neutral"));
    assertThat(score(DEFAULTS, Map.of("overall", 5, "quality", 5, "responsiveness", 5)))
        .isEqualTo(new SurveyScore(100, "satisfied"));
    assertThat(score(DEFAULTS, Map.of("overall", 1, "quality", 1)))
        .isEqualTo(new SurveyScore(0, "dissatisfied"));
  }

  @Test
  void anUnansweredOptionalQuestionDoesNotCount() {
    // overall 4 (0.75 x 2) and quality 4 (0.75): 75, the least satisfied score.
    assertThat(score(DEFAULTS, Map.of("overall", 4, "quality", 4)))
        .isEqualTo(new SurveyScore(75, "satisfied"));
  }

  @Test
  void theTenantsQuestionsScaleAndThresholdsApply() {
    Questionnaire questionnaire = survey.design(request("zh"), TENANT);

    assertThat(questionnaire.questions())
        .extracting(Question::text)
        .containsExactly("准时吗？", "Support?");
    assertThat(questionnaire.commentPrompt()).isNull();
    // delivery 8 of 10 (0.8 x 3) and support 4 (0.4): 2.8 / 4 = 70, between 40 and 80.
    assertThat(score(TENANT, Map.of("delivery", 8, "support", 4)))
        .isEqualTo(new SurveyScore(70, "neutral"));
    assertThat(score(TENANT, Map.of("delivery", 8))).isEqualTo(new SurveyScore(80, "satisfied"));
    assertThat(score(TENANT, Map.of("delivery", 3, "support", 10)))
        .isEqualTo(new SurveyScore(48, "neutral"));
    assertThat(score(TENANT, Map.of("delivery", 3))).isEqualTo(new SurveyScore(30, "dissatisfied"));
  }

  @Test
  void answersAreScoredWithTheWeightsTheyWereAskedWith() {
    Questionnaire asked = survey.design(request("en"), TENANT);
    SurveyAnswers answers = new SurveyAnswers(asked, Map.of("delivery", 10, "support", 0), null);

    // Scored later, under the default configuration: the questionnaire's weights still count.
    assertThat(survey.score(answers, DEFAULTS).score()).isEqualTo(75);
  }

  @Test
  void answersWithNothingAnsweredAreRefused() {
    Questionnaire optionalOnly =
        new Questionnaire(
            "en", List.of(new Question("q", "?", 1, 5, null, null, false, BigDecimal.ONE)), null);

    assertThatThrownBy(
            () -> survey.score(new SurveyAnswers(optionalOnly, Map.of(), null), DEFAULTS))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("ratings"));
  }

  @Test
  void theCsatOfAGroupIsTheShareOfSatisfiedCustomers() {
    Questionnaire asked = survey.design(request("en"), DEFAULTS);
    List<SurveyResponse> responses =
        List.of(
            response(asked, "c-1", Map.of("overall", 5, "quality", 5)),
            response(asked, "c-2", Map.of("overall", 4, "quality", 4)),
            response(asked, "c-3", Map.of("overall", 3, "quality", 3)),
            response(asked, "c-4", Map.of("overall", 1, "quality", 2)));

    SurveyAggregation aggregation =
        survey.aggregate(
            new SurveyAggregationRequest(
                responses, Set.of(Dimension.REP), Period.MONTH, ZoneId.of("UTC")),
            DEFAULTS);

    assertThat(aggregation.groups())
        .singleElement()
        .satisfies(
            group -> {
              assertThat(group.metric()).isEqualTo("csat");
              assertThat(group.metricValue()).isEqualByComparingTo("50.0");
              // 100, 75, 50 and 8: 58.25.
              assertThat(group.averageScore()).isEqualByComparingTo("58.3");
              assertThat(group.categories())
                  .containsExactlyInAnyOrderEntriesOf(
                      Map.of("satisfied", 2, "neutral", 1, "dissatisfied", 1));
            });
  }

  @Test
  void twoQuestionsWithOneIdAreAConfigurationErrorNamingTheSecond() {
    assertConfigurationError(
        Map.of(
            "questions",
            List.of(
                Map.of("id", "a", "text", Map.of("en", "A?")),
                Map.of("id", "a", "text", Map.of("en", "B?")))),
        "csat.questions.1.id");
  }

  @Test
  void aScaleWithoutRoomIsAConfigurationError() {
    assertConfigurationError(Map.of("scale", Map.of("min", 5, "max", 5)), "csat.scale.max");
  }

  @Test
  void thresholdsTheWrongWayRoundAreAConfigurationError() {
    assertConfigurationError(
        Map.of("satisfiedFromScore", 40, "dissatisfiedBelowScore", 60),
        "csat.dissatisfiedBelowScore");
  }

  @Test
  void aQuestionWithoutTextIsAConfigurationError() {
    assertConfigurationError(
        Map.of("questions", List.of(Map.of("id", "a"))), "csat.questions.0.text");
  }

  private void assertConfigurationError(Map<String, Object> csat, String path) {
    assertThatThrownBy(
            () -> survey.design(request("en"), TestPluginContext.of(Map.of("csat", csat))))
        .isInstanceOfSatisfying(
            InvalidConfigurationException.class, e -> assertThat(e.path()).isEqualTo(path));
  }

  private SurveyScore score(TestPluginContext context, Map<String, Integer> ratings) {
    return survey.score(
        new SurveyAnswers(survey.design(request("en"), context), ratings, null), context);
  }

  private static SurveyResponse response(
      Questionnaire asked, String customer, Map<String, Integer> ratings) {
    return new SurveyResponse(
        customer,
        "rep-a",
        Instant.parse("2025-02-01T10:00:00Z"),
        new SurveyAnswers(asked, ratings, null));
  }

  private static SurveyRequest request(String locale) {
    return new SurveyRequest("contract-completed", "c-1", locale);
  }
}
