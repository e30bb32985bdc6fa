package io.salesplatform.plugin.api;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Survey responses to sum up, and how to group them: per customer, per rep, per period, any
 * combination of these, or all together.
 *
 * @param responses the responses, in any order
 * @param groupBy what to group by; empty for one group of everything
 * @param period the length of a period, when grouping by {@link Dimension#PERIOD}
 * @param zone the tenant's time zone, which decides the period a response falls in
 */
public record SurveyAggregationRequest(
    List<SurveyResponse> responses, Set<Dimension> groupBy, Period period, ZoneId zone) {

  /** What responses can be grouped by. */
  public enum Dimension {
    CUSTOMER,
    REP,
    PERIOD
  }

  /** The length of a period, and how it is named in a group key. */
  public enum Period {
    /** Named like {@code 2025-03}. */
    MONTH,
    /** Named like {@code 2025-Q1}. */
    QUARTER,
    /** Named like {@code 2025}. */
    YEAR
  }

  /**
   * @throws InvalidRequestException naming the field that is missing
   */
  public SurveyAggregationRequest {
    responses = List.copyOf(Requests.present(responses, "responses"));
    groupBy =
        Collections.unmodifiableSet(
            groupBy == null || groupBy.isEmpty()
                ? EnumSet.noneOf(Dimension.class)
                : EnumSet.copyOf(groupBy));
    Requests.present(period, "period");
    Requests.present(zone, "zone");
  }

  /**
   * The responses by group, in the order of their keys; a mechanism sums up each group. Responses
   * keep their order within a group.
   */
  public Map<SurveyGroupKey, List<SurveyResponse>> groups() {
    Map<SurveyGroupKey, List<SurveyResponse>> groups = new TreeMap<>();
    for (SurveyResponse response : responses) {
      groups.computeIfAbsent(keyOf(response), key -> new ArrayList<>()).add(response);
    }
    Map<SurveyGroupKey, List<SurveyResponse>> frozen = new LinkedHashMap<>();
    groups.forEach((key, members) -> frozen.put(key, List.copyOf(members)));
    return Collections.unmodifiableMap(frozen);
  }

  /** The group {@code response} falls in. */
  public SurveyGroupKey keyOf(SurveyResponse response) {
    return new SurveyGroupKey(
        groupBy.contains(Dimension.CUSTOMER) ? response.customerId() : null,
        groupBy.contains(Dimension.REP) ? response.repId() : null,
        groupBy.contains(Dimension.PERIOD) ? periodOf(response) : null);
  }

  private String periodOf(SurveyResponse response) {
    ZonedDateTime at = response.answeredAt().atZone(zone);
    return switch (period) {
      case MONTH -> String.format("%04d-%02d", at.getYear(), at.getMonthValue());
      case QUARTER -> at.getYear() + "-Q" + ((at.getMonthValue() - 1) / 3 + 1);
      case YEAR -> String.valueOf(at.getYear());
    };
  }
}
