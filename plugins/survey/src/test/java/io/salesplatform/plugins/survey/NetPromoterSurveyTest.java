package io.salesplatform.plugins.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.salesplatform.plugin.api.Questionnaire;
import io.salesplatform.plugin.api.Questionnaire.Question;
import io.salesplatform.plugin.api.SurveyAnswers;
import io.salesplatform.plugin.api.SurveyRequest;
import io.salesplatform.plugin.api.SurveyScore;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NetPromoterSurveyTest {

  private static final FixedPluginContext CONTEXT = FixedPluginContext.withConfiguration(Map.of());

  private final NetPromoterSurvey survey = new NetPromoterSurvey();

  @Test
  void asksOneRecommendQuestionOnAZeroToTenScaleWithComment() {
    Questionnaire questionnaire = survey.design(request("en"), CONTEXT);

    assertThat(questionnaire.questions())
        .containsExactly(
            new Question(
                "recommend",
                "How likely are you to recommend us to a friend or colleague?",
                0,
                10,
                true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "zh-CN", "zh-Hans-SG", "ZH-cn"})
  void chineseLocaleIsAskedInSimplifiedChinese(String locale) {
    Question question = survey.design(request(locale), CONTEXT).questions().get(0);

    assertThat(question.text()).isEqualTo("您向朋友或同事推荐我们的可能性有多大？");
    assertThat(question.id()).isEqualTo("recommend");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "en-GB", "de-DE", "fr"})
  void otherLocalesAreAskedInEnglish(String locale) {
    Question question = survey.design(request(locale), CONTEXT).questions().get(0);

    assertThat(question.text()).startsWith("How likely");
  }

  @Test
  void missingLocaleIsAskedInEnglish() {
    Question question = survey.design(request(null), CONTEXT).questions().get(0);

    assertThat(question.text()).startsWith("How likely");
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
  void ratingIsScaledByTenAndCategorised(int rating, int score, String category) {
    assertThat(survey.score(answers(Map.of("recommend", rating)), CONTEXT))
        .isEqualTo(new SurveyScore(score, category));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 11})
  void ratingOutOfRangeIsRefused(int rating) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> survey.score(answers(Map.of("recommend", rating)), CONTEXT))
        .withMessageContaining("between 0 and 10");
  }

  @Test
  void missingRatingIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> survey.score(answers(Map.of("other", 9)), CONTEXT))
        .withMessageContaining("no rating for 'recommend'");
  }

  @Test
  void commentDoesNotChangeTheScore() {
    SurveyAnswers withComment =
        new SurveyAnswers(
            survey.design(request("en"), CONTEXT), Map.of("recommend", 8), "Slow delivery.");

    assertThat(survey.score(withComment, CONTEXT)).isEqualTo(new SurveyScore(80, "passive"));
  }

  private static SurveyRequest request(String locale) {
    return new SurveyRequest("contract-completed", "c-1", locale);
  }

  private SurveyAnswers answers(Map<String, Integer> ratings) {
    return new SurveyAnswers(survey.design(request("en"), CONTEXT), ratings, null);
  }
}
