package io.salesplatform.plugins.survey;

import io.salesplatform.plugin.api.InvalidRequestException;
import io.salesplatform.plugin.api.PluginConfiguration;
import io.salesplatform.plugin.api.PluginContext;
import io.salesplatform.plugin.api.Questionnaire;
import io.salesplatform.plugin.api.Questionnaire.Question;
import io.salesplatform.plugin.api.SurveyAggregation;
import io.salesplatform.plugin.api.SurveyAggregationRequest;
import io.salesplatform.plugin.api.SurveyAnswers;
import io.salesplatform.plugin.api.SurveyMechanism;
import io.salesplatform.plugin.api.SurveyRequest;
import io.salesplatform.plugin.api.SurveyScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.pf4j.Extension;

/**
 * The Net Promoter Score: one question, how likely the customer is to recommend the company, on a 0
 * to 10 scale, and a comment. A rating is scaled by ten onto the platform's 0 to 100 score, so that
 * appraisal can compare it with other mechanisms, and keeps the NPS reading of promoter (9 and 10),
 * passive (7 and 8) or detractor (0 to 6) as its category. A group's NPS is the percentage of
 * promoters less the percentage of detractors, from -100 to 100.
 */
@Extension
public class NetPromoterSurvey implements SurveyMechanism {

  static final String NAME = "nps";
  static final String RECOMMEND = "recommend";
  static final String PROMOTER = "promoter";
  static final String PASSIVE = "passive";
  static final String DETRACTOR = "detractor";

  static final LocalizedText QUESTION =
      LocalizedText.of(
          "How likely are you to recommend us to a friend or colleague?", "您向朋友或同事推荐我们的可能性有多大？");
  static final LocalizedText COMMENT =
      LocalizedText.of("What is the main reason for your score?", "您给出这个评分的主要原因是什么？");
  private static final LocalizedText LEAST = LocalizedText.of("Not at all likely", "完全不可能");
  private static final LocalizedText MOST = LocalizedText.of("Extremely likely", "极有可能");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void checkConfiguration(PluginConfiguration configuration) {
    PluginConfiguration settings = configuration.section("nps");
    LocalizedText.read(settings, "question", QUESTION);
    LocalizedText.read(settings, "commentPrompt", COMMENT);
    settings.flag("commentEnabled", true);
  }

  @Override
  public Questionnaire design(SurveyRequest request, PluginContext context) {
    PluginConfiguration settings = context.configuration().section("nps");
    LocalizedText question = LocalizedText.read(settings, "question", QUESTION);
    String locale = question.languageFor(request.locale());
    String comment =
        settings.flag("commentEnabled", true)
            ? LocalizedText.read(settings, "commentPrompt", COMMENT).in(locale)
            : null;
    return new Questionnaire(
        locale,
        List.of(
            new Question(
                RECOMMEND,
                question.in(locale),
                0,
                10,
                LEAST.in(locale),
                MOST.in(locale),
                true,
                BigDecimal.ONE)),
        comment);
  }

  @Override
  public SurveyScore score(SurveyAnswers answers, PluginContext context) {
    Question question = answers.questionnaire().question(RECOMMEND);
    if (question == null || question.min() != 0 || question.max() != 10) {
      throw new InvalidRequestException(
          "questionnaire",
          "these are not answers to an NPS survey: no '" + RECOMMEND + "' 0 to 10");
    }
    Integer rating = answers.ratings().get(RECOMMEND);
    if (rating == null) {
      throw new InvalidRequestException(
          "ratings." + RECOMMEND, "an NPS answer rates '" + RECOMMEND + "'");
    }
    return new SurveyScore(rating * 10, category(rating));
  }

  @Override
  public SurveyAggregation aggregate(SurveyAggregationRequest request, PluginContext context) {
    return Aggregates.aggregate(
        request,
        answers -> score(answers, context),
        List.of(PROMOTER, PASSIVE, DETRACTOR),
        NAME,
        counts ->
            counts
                .percent(PROMOTER)
                .subtract(counts.percent(DETRACTOR))
                .setScale(1, RoundingMode.HALF_UP));
  }

  private static String category(int rating) {
    if (rating >= 9) {
      return PROMOTER;
    }
    return rating >= 7 ? PASSIVE : DETRACTOR;
  }
}
