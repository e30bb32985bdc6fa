package io.salesplatform.platform.credit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a customer's latest credit decision lets a deal go ahead (policy 7.2). A decision is
 * <em>current</em> when it is in the deal's currency (there is no exchange rate: a limit in another
 * currency says nothing), not older than the company's {@code creditDecisionMaxAgeDays}, and not
 * past the plugin's own expiry.
 *
 * <p>Sending a quote (when the company demands a check): a current decision that approves; one that
 * asks for review lets the quote go once a sales manager has approved it; a rejection stops it.
 *
 * <p>Signing a contract: the contract's value added to the customer's exposure must stay within a
 * current decision's limit, and the decision must approve; otherwise (and, when the company demands
 * checks, without a current decision) a manager's credit approval is needed.
 */
public final class CreditStanding {

  private CreditStanding() {}

  /** What a decision lets the sales team do. */
  public enum Outcome {
    APPROVE,
    REVIEW,
    REJECT
  }

  /**
   * A stored decision as the rules read it.
   *
   * @param outcome approve, review or reject
   * @param rating A to E
   * @param score the provider's score, if any
   * @param limit the credit limit, all deals included
   * @param currency the limit's currency
   * @param decidedAt when the check ran
   * @param expiresAt when the plugin said it stops being current
   */
  public record Decision(
      Outcome outcome,
      String rating,
      Integer score,
      BigDecimal limit,
      String currency,
      Instant decidedAt,
      Instant expiresAt) {}

  /**
   * Why a deal cannot go ahead on the credit decision.
   *
   * @param type the problem type's slug
   * @param detail for people
   */
  public record Refusal(String type, String detail) {}

  /** Why {@code decision} is not current for a deal in {@code currency} at {@code now}. */
  public static Optional<Refusal> notCurrent(
      Optional<Decision> decision, Instant now, int maxAgeDays, String currency) {
    if (decision.isEmpty()) {
      return Optional.of(
          new Refusal(
              "credit-decision-missing",
              "The customer has no credit decision; run a credit check first."));
    }
    Decision d = decision.get();
    if (!d.currency().equals(currency)) {
      return Optional.of(
          new Refusal(
              "credit-decision-outdated",
              "The customer's latest credit decision is in "
                  + d.currency()
                  + ", the deal in "
                  + currency
                  + "; run a credit check in "
                  + currency
                  + "."));
    }
    if (d.decidedAt().plus(Duration.ofDays(maxAgeDays)).isBefore(now)) {
      return Optional.of(
          new Refusal(
              "credit-decision-outdated",
              "The customer's latest credit decision ("
                  + d.decidedAt()
                  + ") is older than the company's "
                  + maxAgeDays
                  + " days; run a new credit check."));
    }
    if (!d.expiresAt().isAfter(now)) {
      return Optional.of(
          new Refusal(
              "credit-decision-outdated",
              "The customer's latest credit decision expired at "
                  + d.expiresAt()
                  + "; run a new credit check."));
    }
    return Optional.empty();
  }

  /**
   * Why a quote in {@code currency} may not be sent, when the company demands a credit check before
   * sending; empty when it may.
   *
   * @param managerApproved whether a sales manager approved the quote
   */
  public static Optional<Refusal> forSending(
      Optional<Decision> latest,
      Instant now,
      int maxAgeDays,
      String currency,
      boolean managerApproved) {
    Optional<Refusal> stale = notCurrent(latest, now, maxAgeDays, currency);
    if (stale.isPresent()) {
      return stale;
    }
    Decision d = latest.get();
    return switch (d.outcome()) {
      case APPROVE -> Optional.empty();
      case REVIEW ->
          managerApproved
              ? Optional.empty()
              : Optional.of(
                  new Refusal(
                      "credit-review-required",
                      "The customer's credit decision asks for a person's review: a sales manager"
                          + " approves the quote (POST .../approval) before it is sent."));
      case REJECT ->
          Optional.of(
              new Refusal(
                  "credit-rejected",
                  "The customer's credit decision rejects further credit; no quote is sent on"
                      + " it."));
    };
  }

  /**
   * Why signing a contract of {@code value} needs a manager's credit approval; empty when it does
   * not.
   *
   * @param required whether the company demands a credit check
   * @param exposure what the customer owes or has committed under signed contracts, this one not
   *     included, in {@code currency}
   */
  public static Optional<String> approvalNeededToSign(
      Optional<Decision> latest,
      boolean required,
      Instant now,
      int maxAgeDays,
      BigDecimal exposure,
      BigDecimal value,
      String currency) {
    Optional<Refusal> stale = notCurrent(latest, now, maxAgeDays, currency);
    if (stale.isPresent()) {
      return required ? Optional.of(stale.get().detail()) : Optional.empty();
    }
    Decision d = latest.get();
    if (d.outcome() == Outcome.REJECT) {
      return Optional.of("The customer's credit decision rejects further credit.");
    }
    if (d.outcome() == Outcome.REVIEW) {
      return Optional.of("The customer's credit decision asks for a person's review.");
    }
    BigDecimal total = exposure.add(value);
    if (total.compareTo(d.limit()) > 0) {
      return Optional.of(
          "Signing brings the customer's exposure to "
              + total.stripTrailingZeros().toPlainString()
              + " "
              + currency
              + ", beyond its credit limit of "
              + d.limit().stripTrailingZeros().toPlainString()
              + " "
              + currency
              + ".");
    }
    return Optional.empty();
  }
}
