package io.salesplatform.plugin.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Survey responses summed up per group.
 *
 * @param groups one entry per group that has responses, in the order of their keys
 */
public record SurveyAggregation(List<Group> groups) {

  public SurveyAggregation {
    groups = List.copyOf(groups);
  }

  /**
   * The figures of one group.
   *
   * @param key which group
   * @param responses how many responses it holds, at least one
   * @param averageScore the mean of the responses' 0 to 100 scores, one decimal: comparable across
   *     mechanisms, and what appraisal uses
   * @param metric the name of the mechanism's headline figure, such as {@code nps} or {@code csat}
   * @param metricValue the headline figure, one decimal, on the metric's own scale: NPS runs from
   *     -100 to 100
   * @param categories how many responses fell in each of the mechanism's categories, every category
   *     listed, also with 0
   */
  public record Group(
      SurveyGroupKey key,
      int responses,
      BigDecimal averageScore,
      String metric,
      BigDecimal metricValue,
      Map<String, Integer> categories) {

    public Group {
      Objects.requireNonNull(key, "key");
      if (responses < 1) {
        throw new IllegalArgumentException("a group holds at least one response");
      }
      Objects.requireNonNull(averageScore, "averageScore");
      if (averageScore.signum() < 0 || averageScore.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalArgumentException("an average score is between 0 and 100");
      }
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(metricValue, "metricValue");
      categories = Map.copyOf(categories);
      int counted = categories.values().stream().mapToInt(Integer::intValue).sum();
      if (counted != responses) {
        throw new IllegalArgumentException(
            "the categories count " + counted + " responses, not " + responses);
      }
    }
  }
}
