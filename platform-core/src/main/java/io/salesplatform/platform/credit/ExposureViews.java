package io.salesplatform.platform.credit;

import io.salesplatform.platform.api.Money;
import io.salesplatform.platform.customer.CustomerViews.Rep;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What crosses the wire about credit exposure (policy 7.2). */
public final class ExposureViews {

  private ExposureViews() {}

  /**
   * A customer's latest credit decision.
   *
   * @param outcome {@code approve}, {@code review} or {@code reject}
   * @param rating A (best) to E
   * @param creditLimit its limit
   * @param checkedAt when the check ran
   * @param expiresAt when the plugin said it stops being current
   * @param current whether it is still current (not older than the company's {@code
   *     creditDecisionMaxAgeDays} and not expired)
   */
  public record LatestDecision(
      String outcome,
      String rating,
      Money creditLimit,
      Instant checkedAt,
      Instant expiresAt,
      boolean current) {}

  /**
   * A customer's exposure against its credit limit.
   *
   * @param customerId the customer
   * @param customerName its name
   * @param rep its assigned rep
   * @param latestDecision its latest credit decision, or {@code null} when never checked
   * @param exposure signed contract value not yet paid, in the decision's currency (the company's
   *     when never checked); the same figure as the customer's credit profile
   * @param headroom the limit less the exposure (negative beyond it); {@code null} without a
   *     decision
   * @param utilisationPercent the exposure as a percentage of the limit, one decimal; {@code null}
   *     without a decision or with a limit of 0
   * @param overLimit whether the exposure is beyond the limit
   * @param decisionExpired whether there is a decision and it is no longer current
   */
  public record CustomerExposure(
      UUID customerId,
      String customerName,
      Rep rep,
      LatestDecision latestDecision,
      Money exposure,
      Money headroom,
      BigDecimal utilisationPercent,
      boolean overLimit,
      boolean decisionExpired) {}

  /**
   * A rep's customers' exposure summed, one entry per rep and currency.
   *
   * @param rep the rep the customers are assigned to
   * @param customers how many of their customers have a decision or an exposure
   * @param exposure their exposure
   * @param creditLimit the limits of those with a decision
   * @param headroom those limits less those customers' exposure
   * @param utilisationPercent those customers' exposure as a percentage of their limits
   * @param overLimitCustomers how many are beyond their limit
   * @param expiredDecisions how many have a decision that is no longer current
   * @param withoutDecision how many have an exposure but were never checked
   */
  public record RepExposure(
      Rep rep,
      long customers,
      Money exposure,
      Money creditLimit,
      Money headroom,
      BigDecimal utilisationPercent,
      long overLimitCustomers,
      long expiredDecisions,
      long withoutDecision) {}
}
