package io.salesplatform.platform.contract;

import io.salesplatform.platform.api.Money;
import io.salesplatform.platform.customer.CustomerViews.Rep;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What crosses the wire about contracts. */
public final class ContractViews {

  private ContractViews() {}

  /**
   * A contract.
   *
   * @param id its id
   * @param number its number in the company, from 1
   * @param quoteId the accepted quote it was made from
   * @param opportunityId the quote's opportunity
   * @param customerId the customer
   * @param owner who made it (the rep its revenue counts for)
   * @param lines the quote's priced lines, copied
   * @param value its total value
   * @param terms its terms
   * @param notes its notes
   * @param revision its revision, from 1; each amendment makes the next
   * @param status draft, in-review, changes-requested, approved, rejected, signed or completed
   * @param review legal's latest decision, if any
   * @param creditApproval a manager's approval to sign beyond credit, if any
   * @param signedOn the day it was signed
   * @param signedBy who signed for the customer
   * @param signedAt when the signature was recorded
   * @param completedAt when every delivery was delivered
   * @param fulfilment its fulfilment rate as of today
   * @param createdAt when it was made
   * @param updatedAt when it last changed
   * @param version its version for changes, also the ETag
   */
  public record ContractView(
      UUID id,
      int number,
      UUID quoteId,
      UUID opportunityId,
      UUID customerId,
      Rep owner,
      List<Object> lines,
      Money value,
      String terms,
      String notes,
      int revision,
      String status,
      ReviewView review,
      CreditApprovalView creditApproval,
      LocalDate signedOn,
      String signedBy,
      Instant signedAt,
      Instant completedAt,
      FulfilmentRate fulfilment,
      Instant createdAt,
      Instant updatedAt,
      long version) {}

  /**
   * Legal's decision.
   *
   * @param revision the revision reviewed
   * @param decision approved, rejected or changes-requested
   * @param by who reviewed
   * @param comment why
   * @param at when
   */
  public record ReviewView(int revision, String decision, Rep by, String comment, Instant at) {}

  /**
   * A manager's approval to sign beyond the customer's credit.
   *
   * @param revision the revision approved
   * @param by who approved
   * @param comment why
   * @param current whether it holds for the current revision
   */
  public record CreditApprovalView(int revision, Rep by, String comment, boolean current) {}

  /**
   * A milestone.
   *
   * @param id its id
   * @param contractId its contract
   * @param title what is due
   * @param kind delivery, invoice, company-obligation or customer-obligation
   * @param dueOn the day it is due
   * @param amount an invoice's amount
   * @param status pending, or delivered (paid for an invoice, kept for an obligation)
   * @param doneOn the day it was done
   * @param overdue whether it is pending past its due day
   */
  public record MilestoneView(
      UUID id,
      UUID contractId,
      String title,
      String kind,
      LocalDate dueOn,
      Money amount,
      String status,
      LocalDate doneOn,
      boolean overdue) {}

  /**
   * A pending milestone past its due day.
   *
   * @param milestone the milestone
   * @param contractNumber its contract's number
   * @param owner the contract's owner
   * @param daysOverdue how many days past due, in the company's time zone
   */
  public record OverdueMilestone(
      MilestoneView milestone, int contractNumber, Rep owner, long daysOverdue) {}

  /**
   * The fulfilment rate of one rep's signed contracts over a period.
   *
   * @param rep the contracts' owner
   * @param contracts how many signed contracts had a milestone due in the period
   * @param due milestones the company owed that fell due in the period (up to today)
   * @param onTime of those, delivered on or before their due day
   * @param rate on time ÷ due, or {@code null} when none was due
   */
  public record RepFulfilment(Rep rep, int contracts, int due, int onTime, BigDecimal rate) {}

  /**
   * A line of a customer's purchase history.
   *
   * @param contractId the contract
   * @param number its number
   * @param signedOn the day it was signed
   * @param value its value
   * @param status signed or completed
   */
  public record Purchase(
      UUID contractId, int number, LocalDate signedOn, Money value, String status) {}
}
