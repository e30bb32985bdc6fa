package io.salesplatform.plugin.api;

import java.util.Comparator;

/**
 * Which group of survey responses a figure is for. A part is {@code null} when responses are not
 * grouped by it.
 *
 * @param customerId the customer, when grouped by customer
 * @param repId the rep, when grouped by rep
 * @param period the period, when grouped by period: {@code 2025-03}, {@code 2025-Q1} or {@code
 *     2025}
 */
public record SurveyGroupKey(
    @Nullable String customerId, @Nullable String repId, @Nullable String period)
    implements Comparable<SurveyGroupKey> {

  private static final Comparator<SurveyGroupKey> ORDER =
      Comparator.comparing(
              SurveyGroupKey::period, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
          .thenComparing(
              SurveyGroupKey::repId, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
          .thenComparing(
              SurveyGroupKey::customerId, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

  /** By period, then rep, then customer. */
  @Override
  public int compareTo(SurveyGroupKey other) {
    return ORDER.compare(this, other);
  }
}
