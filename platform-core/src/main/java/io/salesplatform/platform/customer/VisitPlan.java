package io.salesplatform.platform.customer;

import io.salesplatform.tenant.config.settings.FollowUpVisits;
import java.time.LocalDate;

/**
 * When a customer is to be visited next (policy 4.2): the tenant's interval for the customer's
 * segment after the last visit, or after the day the file was opened when there was none.
 */
public final class VisitPlan {

  private VisitPlan() {}

  /** The day of the next visit after {@code since} for a customer of {@code segment}. */
  public static LocalDate next(LocalDate since, String segment, FollowUpVisits intervals) {
    return since.plusDays(intervals.intervalDaysFor(segment));
  }

  /** How many days a visit planned for {@code plannedFor} is overdue on {@code today}; 0 if not. */
  public static long daysOverdue(LocalDate plannedFor, LocalDate today) {
    return Math.max(0, plannedFor.until(today, java.time.temporal.ChronoUnit.DAYS));
  }
}
