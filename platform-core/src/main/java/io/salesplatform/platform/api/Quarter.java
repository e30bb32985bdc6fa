package io.salesplatform.platform.api;

import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, the period of goals and appraisals (policy 6.1), written {@code 2026-Q4}. It
 * begins and ends at midnight in the company's time zone.
 *
 * @param year the year, 2000 to 2999
 * @param number the quarter of the year, 1 to 4
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

  private static final Pattern TEXT = Pattern.compile("([0-9]{4})-Q([1-4])");

  public Quarter {
    if (year < 2000 || year > 2999 || number < 1 || number > 4) {
      throw new IllegalArgumentException("no such quarter: " + year + "-Q" + number);
    }
  }

  /** Reads {@code 2026-Q4}; anything else is a 400 naming {@code field}. */
  public static Quarter parse(String value, String field) {
    Matcher matcher = TEXT.matcher(value == null ? "" : value.strip());
    if (!matcher.matches()) {
      throw invalid(field);
    }
    int year = Integer.parseInt(matcher.group(1));
    if (year < 2000 || year > 2999) {
      throw invalid(field);
    }
    return new Quarter(year, Integer.parseInt(matcher.group(2)));
  }

  private static ProblemException invalid(String field) {
    return Problems.badRequest(field, "a quarter such as 2026-Q4 (years 2000 to 2999)");
  }

  /** The quarter a day falls in. */
  public static Quarter of(LocalDate day) {
    return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  /** The quarter an instant falls in, in {@code zone}. */
  public static Quarter of(Instant instant, ZoneId zone) {
    return of(instant.atZone(zone).toLocalDate());
  }

  /** Its first day. */
  public LocalDate firstDay() {
    return LocalDate.of(year, (number - 1) * 3 + 1, 1);
  }

  /** The day after its last day. */
  public LocalDate endDay() {
    return firstDay().plusMonths(3);
  }

  /** When it begins in {@code zone}. */
  public Instant start(ZoneId zone) {
    return firstDay().atStartOfDay(zone).toInstant();
  }

  /** When it ends (exclusive) in {@code zone}. */
  public Instant end(ZoneId zone) {
    return endDay().atStartOfDay(zone).toInstant();
  }

  /** The quarter {@code quarters} before this one. */
  public Quarter minus(int quarters) {
    int index = year * 4 + (number - 1) - quarters;
    return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
  }

  @Override
  public int compareTo(Quarter other) {
    return Integer.compare(year * 4 + number, other.year * 4 + other.number);
  }

  @Override
  public String toString() {
    return year + "-Q" + number;
  }
}
