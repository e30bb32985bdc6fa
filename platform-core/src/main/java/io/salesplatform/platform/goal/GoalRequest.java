package io.salesplatform.platform.goal;

/** A goal as a client sends it. */
public class GoalRequest {
  /** The quarter, such as {@code 2026-Q4}; set on creation only. */
  public String quarter;

  /** {@code company}, {@code team} or {@code rep}; set on creation only. */
  public String scope;

  /**
   * For a team goal the team's id, for a rep's goal the person's user id; absent for the company's
   * goal; set on creation only.
   */
  public String subjectId;

  /** The revenue target in the company's currency, a decimal string such as {@code 250000.00}. */
  public String revenueTarget;

  /** The number of new customers to win in the quarter, 0 or more. */
  public Integer newCustomerTarget;

  /** Why the targets are what they are, up to 2,000 characters; optional. */
  public String note;

  /** The version a change is based on (or If-Match); not used on creation. */
  public Long version;
}
