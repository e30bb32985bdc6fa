package io.salesplatform.platform.pipeline;

import io.salesplatform.platform.api.Money;
import io.salesplatform.platform.customer.CustomerViews.Rep;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What crosses the wire about opportunities. */
public final class OpportunityViews {

  private OpportunityViews() {}

  /**
   * An opportunity.
   *
   * @param id its id
   * @param customerId its customer
   * @param title what is to be sold
   * @param value its expected value
   * @param owner who owns it
   * @param stage its current stage
   * @param stageOwner who is responsible for the current stage
   * @param stageEnteredAt when it entered the current stage
   * @param stageDue the day the current stage is due, from the company's stage deadlines
   * @param stageOverdue whether that day has passed while it is open
   * @param status {@code open}, {@code won} or {@code lost}
   * @param closeReason why it was won or lost
   * @param closedAt when it was closed
   * @param createdAt when it was opened
   * @param updatedAt when it last changed
   * @param version its version, also the ETag
   * @param origin {@code direct}, or {@code ticket} or {@code contract} for a repeat sale
   * @param originId the ticket or contract it was opened from
   */
  public record OpportunityView(
      UUID id,
      UUID customerId,
      String title,
      Money value,
      Rep owner,
      String stage,
      Rep stageOwner,
      Instant stageEnteredAt,
      LocalDate stageDue,
      boolean stageOverdue,
      String status,
      String closeReason,
      Instant closedAt,
      Instant createdAt,
      Instant updatedAt,
      long version,
      String origin,
      UUID originId) {}

  /**
   * One stage an opportunity went through.
   *
   * @param seq its place, from 1
   * @param stage the stage
   * @param owner who was responsible
   * @param enteredAt when it was entered
   * @param dueOn the day it was due
   * @param leftAt when it was left, or absent while current
   * @param movedBy who moved the opportunity into it (user id)
   */
  public record StageView(
      int seq,
      String stage,
      Rep owner,
      Instant enteredAt,
      LocalDate dueOn,
      Instant leftAt,
      String movedBy) {}

  /**
   * An open opportunity whose current stage is past due.
   *
   * @param opportunityId the opportunity
   * @param title its title
   * @param stage its stage
   * @param stageOwner who is responsible for the stage
   * @param stageDue the day it was due
   * @param daysOverdue how many days ago, in the company's time zone
   */
  public record OverdueStage(
      UUID opportunityId,
      String title,
      String stage,
      Rep stageOwner,
      LocalDate stageDue,
      long daysOverdue) {}

  /**
   * The pipeline board.
   *
   * @param stages the open opportunities per stage, in the order of the process
   * @param won the opportunities won
   * @param lost the opportunities lost
   */
  public record Board(List<Column> stages, Column won, Column lost) {}

  /**
   * One column of the board.
   *
   * @param name the stage, or {@code won} or {@code lost}
   * @param count how many opportunities
   * @param amounts their summed value, one entry per currency
   * @param overdue how many of them are past their stage's due date (open stages only)
   */
  public record Column(String name, long count, List<Money> amounts, long overdue) {}
}
