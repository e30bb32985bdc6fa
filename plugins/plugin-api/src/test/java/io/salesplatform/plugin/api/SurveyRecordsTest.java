package io.salesplatform.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesplatform.plugin.api.Questionnaire.Question;
import io.salesplatform.plugin.api.SurveyAggregationRequest.Dimension;
import io.salesplatform.plugin.api.SurveyAggregationRequest.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SurveyRecordsTest {

  private static final Questionnaire TWO_QUESTIONS =
      new Questionnaire(
          "en",
          List.of(
              new Question("overall", "Overall?", 1, 5, "Poor", "Great", true, BigDecimal.ONE),
              new Question("speed", "Speed?", 1, 5, null, null, false, BigDecimal.ONE)),
          "Anything else?");

  @Test
  void answersToQuestionsNotAskedAreRefused() {
    assertThatThrownBy(
            () -> new SurveyAnswers(TWO_QUESTIONS, Map.of("overall", 3, "price", 2), null))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("ratings.price"))
        .hasMessageContaining("asks no question 'price'");
  }

  @Test
  void answersOffTheScaleAreRefused() {
    assertThatThrownBy(() -> new SurveyAnswers(TWO_QUESTIONS, Map.of("overall", 6), null))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("ratings.overall"))
        .hasMessageContaining("between 1 and 5, not 6");
  }

  @Test
  void requiredQuestionsMustBeAnsweredAndOptionalOnesMayNot() {
    assertThatThrownBy(() -> new SurveyAnswers(TWO_QUESTIONS, Map.of("speed", 4), null))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("ratings.overall"));
    assertThat(new SurveyAnswers(TWO_QUESTIONS, Map.of("overall", 4), " ").comment()).isNull();
  }

  @Test
  void aCommentNeedsAPromptAndFitsTheLimit() {
    Questionnaire noComment =
        new Questionnaire("en", List.of(TWO_QUESTIONS.questions().get(0)), null);

    assertThatThrownBy(() -> new SurveyAnswers(noComment, Map.of("overall", 4), "Hello"))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("comment"));
    assertThatThrownBy(
            () ->
                new SurveyAnswers(
                    TWO_QUESTIONS,
                    Map.of("overall", 4),
                    "x".repeat(SurveyAnswers.MAX_COMMENT_LENGTH + 1)))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void aQuestionnaireHasDistinctQuestionsOnRealScales() {
    Question overall = TWO_QUESTIONS.questions().get(0);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Questionnaire("en", List.of(overall, overall), null));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Question("q", "?", 5, 5, null, null, true, BigDecimal.ONE));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Question("q", "?", 0, 5, null, null, true, BigDecimal.ZERO));
  }

  @Test
  void responsesAreGroupedByTheChosenDimensionsInKeyOrder() {
    SurveyAggregationRequest request =
        new SurveyAggregationRequest(
            List.of(
                response("c-2", "rep-b", "2025-04-01T08:00:00Z"),
                response("c-1", "rep-a", "2025-03-31T21:59:59Z"),
                response("c-1", "rep-a", "2025-03-31T22:00:00Z"),
                response("c-3", "rep-a", "2025-01-15T10:00:00Z")),
            Set.of(Dimension.REP, Dimension.PERIOD),
            Period.QUARTER,
            ZoneId.of("Europe/Berlin"));

    // 22:00 UTC on 31 March is already 1 April in Berlin: the next quarter.
    assertThat(request.groups())
        .containsOnlyKeys(
            new SurveyGroupKey(null, "rep-a", "2025-Q1"),
            new SurveyGroupKey(null, "rep-a", "2025-Q2"),
            new SurveyGroupKey(null, "rep-b", "2025-Q2"));
    assertThat(request.groups().keySet())
        .extracting(SurveyGroupKey::period, SurveyGroupKey::repId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2025-Q1", "rep-a"),
            org.assertj.core.groups.Tuple.tuple("2025-Q2", "rep-a"),
            org.assertj.core.groups.Tuple.tuple("2025-Q2", "rep-b"));
    assertThat(request.groups().get(new SurveyGroupKey(null, "rep-a", "2025-Q1"))).hasSize(2);
  }

  @Test
  void periodsAreNamedByTheirLength() {
    SurveyResponse response = response("c-1", "rep-a", "2025-11-05T10:00:00Z");

    assertThat(key(response, Period.MONTH).period()).isEqualTo("2025-11");
    assertThat(key(response, Period.QUARTER).period()).isEqualTo("2025-Q4");
    assertThat(key(response, Period.YEAR).period()).isEqualTo("2025");
  }

  @Test
  void withoutDimensionsEverythingIsOneGroupAndNoResponsesMakeNoGroups() {
    SurveyAggregationRequest all =
        new SurveyAggregationRequest(
            List.of(
                response("c-1", "r", "2025-01-01T00:00:00Z"),
                response("c-2", "s", "2026-01-01T00:00:00Z")),
            Set.of(),
            Period.MONTH,
            ZoneId.of("UTC"));
    SurveyAggregationRequest none =
        new SurveyAggregationRequest(
            List.of(), Set.of(Dimension.CUSTOMER), Period.MONTH, ZoneId.of("UTC"));

    assertThat(all.groups()).containsOnlyKeys(new SurveyGroupKey(null, null, null));
    assertThat(none.groups()).isEmpty();
  }

  @Test
  void aGroupsCategoriesCountEveryResponse() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new SurveyAggregation.Group(
                    new SurveyGroupKey(null, null, null),
                    3,
                    BigDecimal.TEN,
                    "nps",
                    BigDecimal.ZERO,
                    Map.of("promoter", 1, "detractor", 1)));
  }

  private static SurveyGroupKey key(SurveyResponse response, Period period) {
    return new SurveyAggregationRequest(
            List.of(response), Set.of(Dimension.PERIOD), period, ZoneId.of("UTC"))
        .keyOf(response);
  }

  private static SurveyResponse response(String customer, String rep, String at) {
    return new SurveyResponse(
        customer,
        rep,
        Instant.parse(at),
        new SurveyAnswers(TWO_QUESTIONS, Map.of("overall", 4), null));
  }
}
