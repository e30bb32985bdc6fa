package io.salesplatform.platform.goal;

import io.salesplatform.platform.api.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the goals API answers. */
public final class GoalViews {

  private GoalViews() {}

  /**
   * A quarterly goal with its progress now.
   *
   * @param id its id
   * @param quarter the quarter, such as {@code 2026-Q4}
   * @param scope {@code company}, {@code team} or {@code rep}
   * @param subject the team or rep it belongs to (id and name), or the company
   * @param revenue the revenue target and what was signed so far
   * @param newCustomers the new-customer target and how many were won so far
   * @param quarterElapsedPercent how much of the quarter has passed, 0 to 100, to compare progress
   *     with
   * @param realism how the targets compared with history when they were set
   * @param note why the targets are what they are
   * @param setBy who set the targets last (id and name)
   * @param createdAt when the goal was set first
   * @param updatedAt when it last changed
   * @param version its version, also the ETag
   */
  public record GoalView(
      UUID id,
      String quarter,
      String scope,
      Subject subject,
      RevenueProgress revenue,
      CountProgress newCustomers,
      BigDecimal quarterElapsedPercent,
      RealismView realism,
      String note,
      Subject setBy,
      Instant createdAt,
      Instant updatedAt,
      long version) {}

  /**
   * Whose goal it is.
   *
   * @param id the team's id, the rep's user id, or {@code company}
   * @param name the team's or rep's name, or null for the company
   */
  public record Subject(String id, String name) {}

  /**
   * Revenue against its target.
   *
   * @param target the target
   * @param achieved the value of contracts signed in the quarter, in the target's currency, by the
   *     subject (a team's current members, the whole company)
   * @param percent achieved in percent of the target, one decimal; null for a zero target
   */
  public record RevenueProgress(Money target, Money achieved, BigDecimal percent) {}

  /**
   * New customers against their target.
   *
   * @param target the target
   * @param achieved customers whose first signed contract falls in the quarter, won by the subject
   * @param percent achieved in percent of the target, one decimal; null for a zero target
   */
  public record CountProgress(int target, long achieved, BigDecimal percent) {}

  /**
   * How the targets compared with the subject's history when they were set (policy 4.1). The
   * platform warns and never refuses: a new product or market can justify any target.
   *
   * @param revenue {@code realistic}, {@code unchallenging} or {@code unrealistic}
   * @param revenueHistory the mean revenue per quarter in the history window, or null without
   *     history
   * @param newCustomers the same for the new-customer target
   * @param newCustomerHistory the mean new customers per quarter in the window, or null
   * @param warnings a sentence per target that is not realistic
   */
  public record RealismView(
      String revenue,
      Money revenueHistory,
      String newCustomers,
      BigDecimal newCustomerHistory,
      List<String> warnings) {}

  /**
   * A subject's record in the quarters before one, for setting a goal that is achievable yet
   * challenging.
   *
   * @param quarter the quarter a goal is being set for
   * @param subject whose history it is
   * @param quarters each quarter of the window, oldest first
   * @param revenueHistory the mean revenue per quarter, counted from the first quarter with a
   *     signed contract; null when there is none
   * @param newCustomerHistory the same for new customers
   * @param realisticRevenue the revenue targets the company's thresholds call realistic, or null
   *     without history
   */
  public record History(
      String quarter,
      Subject subject,
      List<QuarterFigures> quarters,
      Money revenueHistory,
      BigDecimal newCustomerHistory,
      Range realisticRevenue) {}

  /**
   * One quarter's figures.
   *
   * @param quarter the quarter
   * @param revenue signed revenue in the company's currency
   * @param newCustomers new customers won
   * @param firstDay its first day
   */
  public record QuarterFigures(
      String quarter, Money revenue, long newCustomers, LocalDate firstDay) {}

  /**
   * From and to, both included.
   *
   * @param from the least
   * @param to the most
   */
  public record Range(Money from, Money to) {}
}
