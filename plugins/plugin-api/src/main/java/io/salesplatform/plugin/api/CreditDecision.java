package io.salesplatform.plugin.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A credit decision (policy rule 7.2).
 *
 * @param outcome approve, send to a person for review, or reject
 * @param rating the customer's rating
 * @param score the provider's score behind the rating, 0 (worst) to 100 (best); {@code null} when
 *     the provider gives none
 * @param creditLimit the most the customer may owe in all, this deal included, in the deal's
 *     currency
 * @param expiresAt after this instant the decision is no longer current and a new check is needed
 * @param reasons why, in sentences a sales rep can read, the deciding one first; at least one
 * @param reference the provider's own reference for the decision, such as a bureau's report number;
 *     {@code null} when it has none
 */
public record CreditDecision(
    Outcome outcome,
    CreditRating rating,
    @Nullable Integer score,
    Money creditLimit,
    Instant expiresAt,
    List<String> reasons,
    @Nullable String reference) {

  /** What the decision lets the sales team do. */
  public enum Outcome {
    /** Go ahead: the deal fits the customer's credit. */
    APPROVE,
    /** A person with credit authority decides before the deal goes ahead. */
    REVIEW,
    /** No credit for this deal. */
    REJECT
  }

  public CreditDecision {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(rating, "rating");
    if (score != null && (score < 0 || score > 100)) {
      throw new IllegalArgumentException("a score is between 0 and 100, not " + score);
    }
    Objects.requireNonNull(creditLimit, "creditLimit");
    if (creditLimit.isNegative()) {
      throw new IllegalArgumentException("a credit limit is not negative: " + creditLimit);
    }
    Objects.requireNonNull(expiresAt, "expiresAt");
    reasons = List.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("a decision gives at least one reason");
    }
  }
}
