package io.salesplatform.plugins.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.salesplatform.plugin.api.InvalidRequestException;
import io.salesplatform.plugin.api.Questionnaire;
import io.salesplatform.plugin.api.Questionnaire.Question;
import io.salesplatform.plugin.api.SurveyAggregation;
import io.salesplatform.plugin.api.SurveyAggregationRequest;
import io.salesplatform.plugin.api.SurveyAggregationRequest.Dimension;
import io.salesplatform.plugin.api.SurveyAggregationRequest.Period;
import io.salesplatform.plugin.api.SurveyAnswers;
import io.salesplatform.plugin.api.SurveyGroupKey;
import io.salesplatform.plugin.api.SurveyRequest;
import io.salesplatform.plugin.api.SurveyResponse;
import io.salesplatform.plugin.api.SurveyScore;
import io.salesplatform.plugin.testkit.TestPluginContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NetPromoterSurveyTest {

  private static final TestPluginContext CONTEXT = TestPluginContext.of(Map.of());

  private final NetPromoterSurvey survey = new NetPromoterSurvey();

  @Test
  void asksTheRecommendQuestionOnAZeroToTenScaleWithAComment() {
    Questionnaire questionnaire = survey.design(request("en"), CONTEXT);

    assertThat(questionnaire.locale()).isEqualTo("en");
    assertThat(questionnaire.questions())
        .containsExactly(
            new Question(
                "recommend",
                "How likely are you to recommend us to a friend or colleague?",
                0,
                10,
                "Not at all likely",
                "Extremely likely",
                true,
                BigDecimal.ONE));
    assertThat(questionnaire.commentPrompt()).isEqualTo("What is the main reason for your score?");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "zh-CN", "zh-Hans-SG", "ZH-cn"})
  void aChineseLocaleIsAskedInSimplifiedChinese(String locale) {
    Questionnaire questionnaire = survey.design(request(locale), CONTEXT);

    assertThat(questionnaire.locale()).isEqualTo("zh");
    assertThat(questionnaire.questions().get(0).text()).isEqualTo("您向朋友或同事推荐我们的可能性有多大？");
    assertThat(questionnaire.questions().get(0).maxLabel()).isEqualTo("极有可能");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "en-GB", "de-DE", "fr"})
  void otherLocalesAreAskedInEnglish(String locale) {
    assertThat(survey.design(request(locale), CONTEXT).questions().get(0).text())
        .startsWith("How likely");
  }

  @Test
  void aMissingLocaleIsAskedInEnglish() {
    assertThat(survey.design(request(null), CONTEXT).locale()).isEqualTo("en");
  }

  @Test
  void theTenantMayWordTheQuestionAndTurnTheCommentOff() {
    TestPluginContext context =
        TestPluginContext.of(
            Map.of(
                "nps",
                Map.of(
                    "question",
                    Map.of(
                        "en",
                        "Would you recommend Northwind?",
                        "de",
                        "Würden Sie Northwind empfehlen?"),
                    "commentEnabled",
                    false)));

    Questionnaire german = survey.design(request("de-AT"), context);
    Questionnaire chinese = survey.design(request("zh"), context);

    assertThat(german.questions().get(0).text()).isEqualTo("Würden Sie Northwind empfehlen?");
    assertThat(german.commentPrompt()).isNull();
    // No Chinese wording is configured: English is next.
    assertThat(chinese.questions().get(0).text()).isEqualTo("Would you recommend Northwind?");
    assertThatThrownBy(() -> new SurveyAnswers(german, Map.of("recommend", 9), "Great"))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("comment"));
  }

  @ParameterizedTest(name = "rating {0} scores {1} as {2}")
  @CsvSource({
    "0, 0, detractor",
    "6, 60, detractor",
    "7, 70, passive",
    "8, 80, passive",
    "9, 90, promoter",
    "10, 100, promoter",
  })
  void aRatingIsScaledByTenAndCategorised(int rating, int score, String category) {
    assertThat(survey.score(answers(rating, null), CONTEXT))
        .isEqualTo(new SurveyScore(score, category));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 11})
  void aRatingOffTheScaleIsRefused(int rating) {
    assertThatThrownBy(() -> answers(rating, null))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.field()).isEqualTo("ratings.recommend"))
        .hasMessageContaining("between 0 and 10");
  }

  @Test
  void aCommentDoesNotChangeTheScore() {
    assertThat(survey.score(answers(8, "Slow delivery."), CONTEXT))
        .isEqualTo(new SurveyScore(80, "passive"));
  }

  @Test
  void answersToAnotherSurveyAreRefused() {
    Questionnaire other =
        new Questionnaire(
            "en",
            List.of(new Question("overall", "Overall?", 1, 5, null, null, true, BigDecimal.ONE)),
            null);

    assertThatThrownBy(
            () -> survey.score(new SurveyAnswers(other, Map.of("overall", 5), null), CONTEXT))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("questionnaire"));
  }

  @Test
  void theNpsOfEachRepPerQuarterIsPromotersLessDetractors() {
    List<SurveyResponse> responses =
        List.of(
            response("c-1", "rep-a", "2025-01-10T10:00:00Z", 10),
            response("c-2", "rep-a", "2025-02-10T10:00:00Z", 9),
            response("c-3", "rep-a", "2025-03-10T10:00:00Z", 7),
            response("c-1", "rep-a", "2025-03-20T10:00:00Z", 3),
            response("c-4", "rep-b", "2025-03-21T10:00:00Z", 6),
            response("c-2", "rep-a", "2025-04-02T10:00:00Z", 8));

    SurveyAggregation aggregation =
        survey.aggregate(
            new SurveyAggregationRequest(
                responses,
                Set.of(Dimension.REP, Dimension.PERIOD),
                Period.QUARTER,
                ZoneId.of("UTC")),
            CONTEXT);

    assertThat(aggregation.groups())
        .extracting(
            SurveyAggregation.Group::key,
            SurveyAggregation.Group::responses,
            SurveyAggregation.Group::metricValue,
            SurveyAggregation.Group::averageScore)
        .containsExactly(
            tuple(
                new SurveyGroupKey(null, "rep-a", "2025-Q1"),
                4,
                new BigDecimal("25.0"),
                new BigDecimal("72.5")),
            tuple(
                new SurveyGroupKey(null, "rep-b", "2025-Q1"),
                1,
                new BigDecimal("-100.0"),
                new BigDecimal("60.0")),
            tuple(
                new SurveyGroupKey(null, "rep-a", "2025-Q2"),
                1,
                new BigDecimal("0.0"),
                new BigDecimal("80.0")));
    assertThat(aggregation.groups().get(0).metric()).isEqualTo("nps");
    assertThat(aggregation.groups().get(0).categories())
        .containsExactlyInAnyOrderEntriesOf(Map.of("promoter", 2, "passive", 1, "detractor", 1));
    assertThat(aggregation.groups().get(1).categories())
        .containsExactlyInAnyOrderEntriesOf(Map.of("promoter", 0, "passive", 0, "detractor", 1));
  }

  @Test
  void theNpsOfEachCustomerAndOfEveryoneIsRoundedToOneDecimal() {
    List<SurveyResponse> responses = new ArrayList<>();
    responses.add(response("c-1", "rep-a", "2025-01-10T10:00:00Z", 10));
    responses.add(response("c-1", "rep-a", "2025-01-11T10:00:00Z", 8));
    responses.add(response("c-1", "rep-a", "2025-01-12T10:00:00Z", 7));
    responses.add(response("c-2", "rep-a", "2025-01-12T10:00:00Z", 0));

    SurveyAggregation perCustomer =
        survey.aggregate(
            new SurveyAggregationRequest(
                responses, Set.of(Dimension.CUSTOMER), Period.MONTH, ZoneId.of("UTC")),
            CONTEXT);
    SurveyAggregation everyone =
        survey.aggregate(
            new SurveyAggregationRequest(responses, Set.of(), Period.MONTH, ZoneId.of("UTC")),
            CONTEXT);

    // One promoter of three: 33.3; the averages (100 + 80 + 70) / 3 = 83.3.
    assertThat(perCustomer.groups())
        .extracting(
            g -> g.key().customerId(),
            SurveyAggregation.Group::metricValue,
            SurveyAggregation.Group::averageScore)
        .containsExactly(
            tuple("c-1", new BigDecimal("33.3"), new BigDecimal("83.3")),
            tuple("c-2", new BigDecimal("-100.0"), new BigDecimal("0.0")));
    assertThat(everyone.groups())
        .singleElement()
        .satisfies(g -> assertThat(g.metricValue()).isEqualByComparingTo("0"));
  }

  @Test
  void noResponsesMakeNoGroups() {
    assertThat(
            survey
                .aggregate(
                    new SurveyAggregationRequest(
                        List.of(), Set.of(Dimension.REP), Period.YEAR, ZoneId.of("UTC")),
                    CONTEXT)
                .groups())
        .isEmpty();
  }

  @Test
  void aResponseToAnotherSurveyIsNamedByItsPlace() {
    Questionnaire other =
        new Questionnaire(
            "en",
            List.of(new Question("overall", "Overall?", 1, 5, null, null, true, BigDecimal.ONE)),
            null);
    List<SurveyResponse> responses =
        List.of(
            response("c-1", "rep-a", "2025-01-10T10:00:00Z", 10),
            new SurveyResponse(
                "c-2",
                "rep-a",
                Instant.parse("2025-01-11T10:00:00Z"),
                new SurveyAnswers(other, Map.of("overall", 4), null)));

    assertThatThrownBy(
            () ->
                survey.aggregate(
                    new SurveyAggregationRequest(
                        responses, Set.of(), Period.MONTH, ZoneId.of("UTC")),
                    CONTEXT))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.field()).isEqualTo("responses[1].answers.questionnaire"));
  }

  private SurveyResponse response(String customer, String rep, String at, int rating) {
    return new SurveyResponse(customer, rep, Instant.parse(at), answers(rating, null));
  }

  private SurveyAnswers answers(int rating, String comment) {
    return new SurveyAnswers(
        survey.design(request("en"), CONTEXT), Map.of("recommend", rating), comment);
  }

  private static SurveyRequest request(String locale) {
    return new SurveyRequest("contract-completed", "c-1", locale);
  }
}
