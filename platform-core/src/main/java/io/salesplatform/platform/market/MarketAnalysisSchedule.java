package io.salesplatform.platform.market;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When the next market analysis is due: the interval after the end of the last analysed period, or
 * at once when the market was never analysed.
 *
 * @param intervalDays the company's interval
 * @param lastPeriodEnd the last day of the latest analysed period, or {@code null}
 * @param nextDue the day the next analysis is due
 * @param overdue whether that day has passed
 * @param daysOverdue how many days ago it was, or 0
 */
public record MarketAnalysisSchedule(
    int intervalDays,
    LocalDate lastPeriodEnd,
    LocalDate nextDue,
    boolean overdue,
    long daysOverdue) {

  public static MarketAnalysisSchedule of(
      int intervalDays, LocalDate lastPeriodEnd, LocalDate today) {
    LocalDate due = lastPeriodEnd == null ? today : lastPeriodEnd.plusDays(intervalDays);
    boolean overdue = due.isBefore(today);
    return new MarketAnalysisSchedule(
        intervalDays, lastPeriodEnd, due, overdue, overdue ? due.until(today, ChronoUnit.DAYS) : 0);
  }
}
