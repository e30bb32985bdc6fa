package io.salesplatform.plugins.survey;

import io.salesplatform.plugin.api.InvalidRequestException;
import io.salesplatform.plugin.api.SurveyAggregation;
import io.salesplatform.plugin.api.SurveyAggregationRequest;
import io.salesplatform.plugin.api.SurveyAnswers;
import io.salesplatform.plugin.api.SurveyGroupKey;
import io.salesplatform.plugin.api.SurveyResponse;
import io.salesplatform.plugin.api.SurveyScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Sums responses up per group the way both mechanisms do: every response is scored again from its
 * answers, the group's average score is the mean of the scores, and its categories are counted,
 * every category listed.
 */
final class Aggregates {

  private Aggregates() {}

  /**
   * @param score scores one response's answers
   * @param categories every category the mechanism has, in order
   * @param metric the name of the mechanism's headline figure
   * @param metricValue the headline figure from the counts per category and the number of responses
   */
  static SurveyAggregation aggregate(
      SurveyAggregationRequest request,
      Function<SurveyAnswers, SurveyScore> score,
      List<String> categories,
      String metric,
      Function<Counts, BigDecimal> metricValue) {
    Map<SurveyResponse, Integer> positions = new IdentityHashMap<>();
    for (int i = 0; i < request.responses().size(); i++) {
      positions.put(request.responses().get(i), i);
    }
    List<SurveyAggregation.Group> groups = new ArrayList<>();
    for (Map.Entry<SurveyGroupKey, List<SurveyResponse>> group : request.groups().entrySet()) {
      Map<String, Integer> counted = new LinkedHashMap<>();
      categories.forEach(category -> counted.put(category, 0));
      long sum = 0;
      for (SurveyResponse response : group.getValue()) {
        SurveyScore scored;
        try {
          scored = score.apply(response.answers());
        } catch (InvalidRequestException e) {
          throw e.within("responses[" + positions.get(response) + "].answers");
        }
        sum += scored.score();
        counted.merge(scored.category(), 1, Integer::sum);
      }
      int n = group.getValue().size();
      groups.add(
          new SurveyAggregation.Group(
              group.getKey(),
              n,
              BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP),
              metric,
              metricValue.apply(new Counts(counted, n)),
              counted));
    }
    return new SurveyAggregation(groups);
  }

  /**
   * How many responses of a group fell in each category.
   *
   * @param byCategory the count per category
   * @param total the number of responses
   */
  record Counts(Map<String, Integer> byCategory, int total) {

    /** The share of responses in {@code category}, in percent, not rounded. */
    BigDecimal percent(String category) {
      return BigDecimal.valueOf(byCategory.getOrDefault(category, 0))
          .movePointRight(2)
          .divide(BigDecimal.valueOf(total), 10, RoundingMode.HALF_UP);
    }
  }
}
