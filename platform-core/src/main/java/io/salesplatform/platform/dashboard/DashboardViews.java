package io.salesplatform.platform.dashboard;

import io.salesplatform.platform.api.Money;
import io.salesplatform.platform.customer.CustomerViews.Rep;
import io.salesplatform.platform.goal.GoalViews.GoalView;
import io.salesplatform.platform.pipeline.OpportunityViews.Board;
import io.salesplatform.platform.risk.RiskViews.HeatMap;
import io.salesplatform.platform.supervision.FindingViews.Finding;
import io.salesplatform.platform.supervision.FindingViews.Summary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the dashboards answer. */
public final class DashboardViews {

  private DashboardViews() {}

  /**
   * A rep's own day.
   *
   * @param rep who
   * @param today today in the company's time zone
   * @param quarter the current quarter
   * @param pipeline the opportunities they own, per stage (as {@code GET
   *     /opportunities/board?rep=})
   * @param goals their goals of the current quarter with progress and attainment
   * @param visits their planned visits: due in the next 14 days and overdue
   * @param overdueStages how many stages they are responsible for are past due
   * @param findings their automatic findings counted (as {@code GET /supervision/findings/summary})
   */
  public record RepDashboard(
      Rep rep,
      LocalDate today,
      String quarter,
      Board pipeline,
      List<GoalView> goals,
      Visits visits,
      long overdueStages,
      Summary findings) {}

  /**
   * Planned follow-up visits.
   *
   * @param dueSoon how many are planned from today to 14 days on
   * @param overdue how many are past their day
   * @param next the next ones due, soonest first (at most 20)
   */
  public record Visits(long dueSoon, long overdue, List<PlannedVisit> next) {}

  /**
   * A planned visit.
   *
   * @param id the visit
   * @param customerId its customer
   * @param customerName the customer's name
   * @param plannedFor its day
   */
  public record PlannedVisit(UUID id, UUID customerId, String customerName, LocalDate plannedFor) {}

  /**
   * A manager's team (or, without one, everyone in reach).
   *
   * @param teamId the team, or {@code null} for everyone in reach
   * @param quarter the current quarter
   * @param funnel the pipeline board of the team's opportunities
   * @param conversion per stage, how many opportunities reached it and what share of those that
   *     reached the stage before
   * @param goals the team's (or the company's) goal of the quarter, if set
   * @param memberGoals the quarter's goals of each member (each rep, without a team)
   * @param overdue the automatic findings counted per kind, severity and person
   * @param topOverdue the most overdue of them (at most 10)
   */
  public record ManagerDashboard(
      UUID teamId,
      String quarter,
      Board funnel,
      List<StageConversion> conversion,
      List<GoalView> goals,
      List<GoalView> memberGoals,
      Summary overdue,
      List<Finding> topOverdue) {}

  /**
   * How far opportunities got.
   *
   * @param stage the stage
   * @param reached how many opportunities ever entered it
   * @param fromPreviousPercent {@code reached} as a share of those that reached the stage before,
   *     one decimal; {@code null} for the first stage or when none reached the one before
   */
  public record StageConversion(String stage, long reached, BigDecimal fromPreviousPercent) {}

  /**
   * The company at a glance, for its admin.
   *
   * @param appraisal the distribution of the latest appraisal run (published first), or {@code
   *     null} when there was none
   * @param risks the risk heat map of the risks not closed (as {@code GET /risks/heat-map})
   * @param findings every automatic finding counted
   * @param creditExposure the exposure of every customer, summed per currency
   */
  public record AdminDashboard(
      AppraisalDistribution appraisal,
      HeatMap risks,
      Summary findings,
      List<ExposureTotal> creditExposure) {}

  /**
   * How the reps of an appraisal run scored.
   *
   * @param runId the run
   * @param quarter its quarter
   * @param published whether it is published
   * @param reps how many reps it appraised
   * @param bands how many reps per band, most first
   * @param deciles how many overall scores fall in 0-10, 10-20, ... 90-100 (100 counts in the last)
   */
  public record AppraisalDistribution(
      UUID runId,
      String quarter,
      boolean published,
      long reps,
      List<BandCount> bands,
      List<Long> deciles) {}

  /**
   * Reps in a band.
   *
   * @param band the band
   * @param count how many
   */
  public record BandCount(String band, long count) {}

  /**
   * Credit exposure summed in one currency.
   *
   * @param customers how many customers have a decision or an exposure
   * @param exposure their exposure
   * @param creditLimit the limits of those with a decision
   * @param overLimitCustomers how many are beyond their limit
   * @param expiredDecisions how many have a decision no longer current
   */
  public record ExposureTotal(
      long customers,
      Money exposure,
      Money creditLimit,
      long overLimitCustomers,
      long expiredDecisions) {}
}
