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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Customer satisfaction over several questions the tenant chooses, each on the same scale (1 to 5
 * by default) with its own weight. The score is the weighted mean of the answered questions, each
 * placed on 0 to 100 by where it sits on the scale; a customer is satisfied from 75 and
 * dissatisfied below 50 unless the tenant says otherwise. A group's CSAT is the percentage of
 * satisfied customers.
 */
@Extension
public class CustomerSatisfactionSurvey implements SurveyMechanism {

  static final String NAME = "csat";
  static final String SATISFIED = "satisfied";
  static final String NEUTRAL = "neutral";
  static final String DISSATISFIED = "dissatisfied";

  private static final LocalizedText COMMENT =
      LocalizedText.of("What could we do better?", "我们还有哪些可以改进的地方？");
  private static final LocalizedText LEAST = LocalizedText.of("Very dissatisfied", "非常不满意");
  private static final LocalizedText MOST = LocalizedText.of("Very satisfied", "非常满意");

  /** The questions of a tenant that configures none. */
  static final List<Item> DEFAULT_QUESTIONS =
      List.of(
          new Item(
              "overall",
              LocalizedText.of("How satisfied are you with us overall?", "您对我们的整体满意度如何？"),
              BigDecimal.valueOf(2),
              true),
          new Item(
              "quality",
              LocalizedText.of("How satisfied are you with what we delivered?", "您对我们交付的产品或服务满意吗？"),
              BigDecimal.ONE,
              true),
          new Item(
              "responsiveness",
              LocalizedText.of(
                  "How satisfied are you with how quickly we responded?", "您对我们的响应速度满意吗？"),
              BigDecimal.ONE,
              false));

  /**
   * One configured question.
   *
   * @param id the key its answer comes back under
   * @param text the question in each language
   * @param weight how much it counts
   * @param required whether it must be answered
   */
  record Item(String id, LocalizedText text, BigDecimal weight, boolean required) {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void checkConfiguration(PluginConfiguration configuration) {
    Settings.from(configuration);
  }

  @Override
  public Questionnaire design(SurveyRequest request, PluginContext context) {
    Settings settings = Settings.from(context.configuration());
    String locale = settings.items().get(0).text().languageFor(request.locale());
    List<Question> questions = new ArrayList<>();
    for (Item item : settings.items()) {
      questions.add(
          new Question(
              item.id(),
              item.text().in(locale),
              settings.min(),
              settings.max(),
              LEAST.in(locale),
              MOST.in(locale),
              item.required(),
              item.weight()));
    }
    return new Questionnaire(
        locale,
        questions,
        settings.commentPrompt() == null ? null : settings.commentPrompt().in(locale));
  }

  /** Scores against the questionnaire that was asked, with the weights it was asked with. */
  @Override
  public SurveyScore score(SurveyAnswers answers, PluginContext context) {
    Settings settings = Settings.from(context.configuration());
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (Question question : answers.questionnaire().questions()) {
      Integer rating = answers.ratings().get(question.id());
      if (rating == null) {
        continue;
      }
      BigDecimal position =
          BigDecimal.valueOf(rating - question.min())
              .divide(
                  BigDecimal.valueOf(question.max() - question.min()), 10, RoundingMode.HALF_UP);
      weighted = weighted.add(question.weight().multiply(position));
      weights = weights.add(question.weight());
    }
    if (weights.signum() == 0) {
      throw new InvalidRequestException(
          "ratings", "a satisfaction survey needs at least one answer");
    }
    int score = weighted.movePointRight(2).divide(weights, 0, RoundingMode.HALF_UP).intValueExact();
    String category =
        score >= settings.satisfiedFromScore()
            ? SATISFIED
            : score < settings.dissatisfiedBelowScore() ? DISSATISFIED : NEUTRAL;
    return new SurveyScore(score, category);
  }

  @Override
  public SurveyAggregation aggregate(SurveyAggregationRequest request, PluginContext context) {
    return Aggregates.aggregate(
        request,
        answers -> score(answers, context),
        List.of(SATISFIED, NEUTRAL, DISSATISFIED),
        NAME,
        counts -> counts.percent(SATISFIED).setScale(1, RoundingMode.HALF_UP));
  }

  /**
   * The tenant's CSAT survey, from the {@code csat} section of the configuration.
   *
   * @param items the questions, at least one, ids distinct
   * @param min the lowest answer on the scale
   * @param max the highest answer on the scale
   * @param satisfiedFromScore the least score of a satisfied customer
   * @param dissatisfiedBelowScore the score below which a customer is dissatisfied
   * @param commentPrompt the invitation to comment, or {@code null} for none
   */
  record Settings(
      List<Item> items,
      int min,
      int max,
      int satisfiedFromScore,
      int dissatisfiedBelowScore,
      LocalizedText commentPrompt) {

    static Settings from(PluginConfiguration configuration) {
      PluginConfiguration csat = configuration.section("csat");
      PluginConfiguration scale = csat.section("scale");
      int min = scale.integer("min", 1);
      int max = scale.integer("max", 5);
      if (min >= max) {
        throw scale.invalid("max", "the highest answer must be above the lowest, " + min);
      }
      List<Item> items = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (PluginConfiguration question : csat.sections("questions")) {
        String id =
            question
                .string("id")
                .orElseThrow(() -> question.invalid("id", "a question needs an id"));
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9-]*")) {
          throw question.invalid("id", "an id is letters, digits and hyphens, not '" + id + "'");
        }
        if (!ids.add(id)) {
          throw question.invalid("id", "two questions have the id '" + id + "'");
        }
        BigDecimal weight = question.decimal("weight", BigDecimal.ONE);
        if (weight.signum() <= 0) {
          throw question.invalid("weight", "a weight is positive");
        }
        if (!question.has("text")) {
          throw question.invalid("text", "a question needs its text in at least one language");
        }
        items.add(
            new Item(
                id,
                LocalizedText.read(question, "text", null),
                weight,
                question.flag("required", true)));
      }
      if (csat.has("questions") && items.isEmpty()) {
        throw csat.invalid("questions", "a survey asks at least one question");
      }
      int satisfied = csat.integer("satisfiedFromScore", 75);
      int dissatisfied = csat.integer("dissatisfiedBelowScore", 50);
      if (dissatisfied > satisfied) {
        throw csat.invalid(
            "dissatisfiedBelowScore", "must not be above satisfiedFromScore, " + satisfied);
      }
      LocalizedText comment =
          csat.flag("commentEnabled", true)
              ? LocalizedText.read(csat, "commentPrompt", COMMENT)
              : null;
      return new Settings(
          items.isEmpty() ? DEFAULT_QUESTIONS : List.copyOf(items),
          min,
          max,
          satisfied,
          dissatisfied,
          comment);
    }
  }
}
