package io.salesplatform.plugin.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A credit decision.
 *
 * @param outcome approve, send to review, or reject
 * @param rating the provider's rating, such as {@code A} to {@code E}
 * @param creditLimit the most the customer may owe in all
 * @param expiresAt after this instant the decision is no longer current
 * @param reason a sentence a sales rep can read
 */
public record CreditDecision(
    Outcome outcome, String rating, Money creditLimit, Instant expiresAt, String reason) {

  public enum Outcome {
    APPROVE,
    REVIEW,
    REJECT
  }

  public CreditDecision {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(creditLimit, "creditLimit");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
