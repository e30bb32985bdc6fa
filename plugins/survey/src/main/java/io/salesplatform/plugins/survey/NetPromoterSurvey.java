package io.salesplatform.plugins.survey;

import io.salesplatform.plugin.api.PluginContext;
import io.salesplatform.plugin.api.Questionnaire;
import io.salesplatform.plugin.api.Questionnaire.Question;
import io.salesplatform.plugin.api.SurveyAnswers;
import io.salesplatform.plugin.api.SurveyMechanism;
import io.salesplatform.plugin.api.SurveyRequest;
import io.salesplatform.plugin.api.SurveyScore;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

/**
 * The standard NPS question on a 0 to 10 scale. A rating is scaled by ten onto the platform's 0 to
 * 100 score, so that appraisals can compare it with other mechanisms, and keeps the NPS reading of
 * promoter, passive or detractor as its category.
 */
@Extension
public class NetPromoterSurvey implements SurveyMechanism {

  static final String RECOMMEND = "recommend";
  static final int MIN = 0;
  static final int MAX = 10;

  private static final String RECOMMEND_EN =
      "How likely are you to recommend us to a friend or colleague?";
  private static final String RECOMMEND_ZH = "您向朋友或同事推荐我们的可能性有多大？";

  @Override
  public Questionnaire design(SurveyRequest request, PluginContext context) {
    // Any Chinese tag (zh, zh-CN, zh-Hans-SG) gets the Simplified text; everything else English.
    boolean chinese = request.locale().toLowerCase(Locale.ROOT).startsWith("zh");
    return new Questionnaire(
        List.of(new Question(RECOMMEND, chinese ? RECOMMEND_ZH : RECOMMEND_EN, MIN, MAX, true)));
  }

  @Override
  public SurveyScore score(SurveyAnswers answers, PluginContext context) {
    Integer rating = answers.ratings().get(RECOMMEND);
    if (rating == null) {
      throw new IllegalArgumentException("the answers carry no rating for '" + RECOMMEND + "'");
    }
    if (rating < MIN || rating > MAX) {
      throw new IllegalArgumentException(
          "a '" + RECOMMEND + "' rating is between " + MIN + " and " + MAX + ", not " + rating);
    }
    return new SurveyScore(rating * 10, category(rating));
  }

  private static String category(int rating) {
    if (rating >= 9) {
      return "promoter";
    }
    return rating >= 7 ? "passive" : "detractor";
  }
}
