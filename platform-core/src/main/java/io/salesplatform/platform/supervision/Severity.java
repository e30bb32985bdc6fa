package io.salesplatform.platform.supervision;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How urgent an automatic finding is, by the days it is overdue: up to {@value #MEDIUM_AFTER_DAYS}
 * days {@code low}, up to {@value #HIGH_AFTER_DAYS} days {@code medium}, beyond that {@code high}.
 * A finding without a deadline (a quote approved below the margin floor) is {@code medium}: it is a
 * price exception to look at, not a delay that grows.
 */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH;

  /** Days overdue beyond which a finding is at least medium. */
  public static final int MEDIUM_AFTER_DAYS = 7;

  /** Days overdue beyond which a finding is high. */
  public static final int HIGH_AFTER_DAYS = 30;

  /** The name on the wire. */
  public String id() {
    return name().toLowerCase();
  }

  /** The severity of a finding {@code daysOverdue} days past its day, or without one. */
  public static Severity of(boolean hasDeadline, long daysOverdue) {
    if (!hasDeadline) {
      return MEDIUM;
    }
    if (daysOverdue > HIGH_AFTER_DAYS) {
      return HIGH;
    }
    return daysOverdue > MEDIUM_AFTER_DAYS ? MEDIUM : LOW;
  }

  /**
   * The same rule as {@link #of} in SQL, over a finding's {@code due_on} and {@code days_overdue}.
   */
  static String sql(String dueOn, String daysOverdue) {
    return "(case when "
        + dueOn
        + " is null then 'medium' when "
        + daysOverdue
        + " > "
        + HIGH_AFTER_DAYS
        + " then 'high' when "
        + daysOverdue
        + " > "
        + MEDIUM_AFTER_DAYS
        + " then 'medium' else 'low' end)";
  }

  public static Optional<Severity> byId(String id) {
    return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Severity::id).toList();
  }
}
