package io.salesplatform.plugin.api;

/**
 * The platform's credit rating, from best to worst. Every provider maps its own grades or scores
 * onto these five, so that the tenant's rules and reports read the same whichever provider decided.
 */
public enum CreditRating {
  /** Very low risk. */
  A,
  /** Low risk. */
  B,
  /** Moderate risk. */
  C,
  /** High risk: a person should look before credit is extended. */
  D,
  /** Very high risk: no credit. */
  E;

  /** Whether this rating is worse than {@code other}. */
  public boolean isWorseThan(CreditRating other) {
    return compareTo(other) > 0;
  }
}
