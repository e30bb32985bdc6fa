package io.salesplatform.platform.supervision;

import io.salesplatform.platform.customer.CustomerViews.Rep;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What crosses the wire about automatic findings. */
public final class FindingViews {

  private FindingViews() {}

  /**
   * An automatic finding, computed from the records as they are now.
   *
   * @param kind {@code overdue-stage}, {@code overdue-visit}, {@code quote-below-margin-floor} or
   *     {@code milestone-past-due}
   * @param recordId the opportunity, visit, quote or milestone it is about
   * @param parentId the record that one belongs to: a visit's customer, a quote's opportunity, a
   *     milestone's contract; {@code null} for a stage
   * @param title what it is about, in a few words
   * @param responsible who is to act on it
   * @param customer the customer concerned, if any
   * @param dueOn the day it was due; {@code null} for a kind without a deadline
   * @param daysOverdue days past that day, 0 without one
   * @param severity {@code low}, {@code medium} or {@code high}
   * @param detail more for people (for a quote: the pricing plugin's reasons, with the margin)
   * @param approver who approved the record, for a quote; otherwise {@code null}
   */
  public record Finding(
      String kind,
      UUID recordId,
      UUID parentId,
      String title,
      Rep responsible,
      CustomerRef customer,
      LocalDate dueOn,
      long daysOverdue,
      String severity,
      String detail,
      Rep approver) {}

  /**
   * A customer as a finding names it.
   *
   * @param id its id
   * @param name its name
   */
  public record CustomerRef(UUID id, String name) {}

  /**
   * How many findings of one kind or severity.
   *
   * @param name the kind or the severity
   * @param count how many
   */
  public record Count(String name, long count) {}

  /**
   * How many findings one person is responsible for.
   *
   * @param person the person
   * @param count how many
   * @param high of those, how many are of high severity
   */
  public record PersonCount(Rep person, long count, long high) {}

  /**
   * The findings counted.
   *
   * @param total how many in all
   * @param byKind per kind, every kind listed (0 included), in the order of the kinds
   * @param bySeverity per severity, low to high, 0 included
   * @param byPerson per responsible person, most findings first
   */
  public record Summary(
      long total, List<Count> byKind, List<Count> bySeverity, List<PersonCount> byPerson) {}
}
