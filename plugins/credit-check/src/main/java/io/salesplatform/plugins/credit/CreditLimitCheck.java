package io.salesplatform.plugins.credit;

import io.salesplatform.plugin.api.CreditCheckProvider;
import io.salesplatform.plugin.api.CreditCheckRequest;
import io.salesplatform.plugin.api.CreditDecision;
import io.salesplatform.plugin.api.CreditDecision.Outcome;
import io.salesplatform.plugin.api.Money;
import io.salesplatform.plugin.api.PluginConfiguration;
import io.salesplatform.plugin.api.PluginContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import org.pf4j.Extension;

/**
 * Compares the customer's exposure plus the requested deal with the tenant's credit limit. Within
 * the limit the deal is approved; within a review band above it a person decides; beyond the band
 * it is rejected. The rating grades how much of the limit the deal would use, so that a rep sees
 * how close a customer is to the edge even when the deal is approved.
 */
@Extension
public class CreditLimitCheck implements CreditCheckProvider {

  static final String CREDIT_LIMIT = "creditLimit";
  static final String REVIEW_BAND_PERCENT = "reviewBandPercent";
  static final String VALIDITY_DAYS = "validityDays";

  private static final BigDecimal HALF = new BigDecimal("0.50");
  private static final BigDecimal THREE_QUARTERS = new BigDecimal("0.75");

  @Override
  public CreditDecision check(CreditCheckRequest request, PluginContext context) {
    PluginConfiguration configuration = context.configuration();
    String currency = request.requestedAmount().currency();
    // The configured limit is a bare number, read in the currency of the deal.
    Money limit = new Money(configuration.decimal(CREDIT_LIMIT, BigDecimal.ZERO), currency);
    BigDecimal bandPercent = configuration.decimal(REVIEW_BAND_PERCENT, BigDecimal.TEN);
    if (bandPercent.signum() < 0) {
      throw new IllegalStateException(
          REVIEW_BAND_PERCENT + " must not be negative: " + bandPercent);
    }
    Instant expiresAt =
        context.clock().instant().plus(Duration.ofDays(validityDays(configuration)));

    if (!request.currentExposure().currency().equals(currency)) {
      throw new IllegalArgumentException(
          "exposure "
              + request.currentExposure()
              + " and requested "
              + request.requestedAmount()
              + " are in different currencies");
    }
    Money total = request.currentExposure().plus(request.requestedAmount());
    String figures =
        "exposure "
            + request.currentExposure()
            + " plus this deal's "
            + request.requestedAmount()
            + " comes to "
            + total;

    if (limit.amount().signum() <= 0) {
      // Without a limit there is nothing to grade against: no credit is extended.
      return new CreditDecision(
          Outcome.REJECT,
          "E",
          limit,
          expiresAt,
          "Rejected: no credit limit is configured, and " + figures + ".");
    }

    BigDecimal amount = total.amount();
    BigDecimal limitAmount = limit.amount();
    // Exact: the band edge is compared unrounded, so a total one cent over it is rejected.
    BigDecimal bandEdge = limitAmount.multiply(BigDecimal.ONE.add(bandPercent.movePointLeft(2)));
    String utilisation =
        figures + ", " + percentOf(amount, limitAmount) + " of the " + limit + " credit limit";
    String band =
        " the "
            + bandPercent.stripTrailingZeros().toPlainString()
            + "% review band (up to "
            + new Money(bandEdge.setScale(limitAmount.scale(), RoundingMode.FLOOR), currency)
            + ")";

    if (amount.compareTo(limitAmount) <= 0) {
      return new CreditDecision(
          Outcome.APPROVE,
          ratingWithinLimit(amount, limitAmount),
          limit,
          expiresAt,
          "Approved: " + utilisation + ".");
    }
    if (amount.compareTo(bandEdge) <= 0) {
      return new CreditDecision(
          Outcome.REVIEW,
          "D",
          limit,
          expiresAt,
          "Needs review: " + utilisation + ", within" + band + ".");
    }
    return new CreditDecision(
        Outcome.REJECT,
        "E",
        limit,
        expiresAt,
        "Rejected: " + utilisation + ", beyond" + band + ".");
  }

  /** A, B or C for a total that uses up to half, three quarters, or all of the limit. */
  private static String ratingWithinLimit(BigDecimal amount, BigDecimal limit) {
    if (amount.compareTo(limit.multiply(HALF)) <= 0) {
      return "A";
    }
    return amount.compareTo(limit.multiply(THREE_QUARTERS)) <= 0 ? "B" : "C";
  }

  /**
   * Rounded up, so that a total just over a grade boundary never reads as sitting on it (100.01%
   * shows as 100.1%, not 100%).
   */
  private static String percentOf(BigDecimal amount, BigDecimal whole) {
    return amount
            .movePointRight(2)
            .divide(whole, 1, RoundingMode.CEILING)
            .stripTrailingZeros()
            .toPlainString()
        + "%";
  }

  private static long validityDays(PluginConfiguration configuration) {
    BigDecimal days = configuration.decimal(VALIDITY_DAYS, BigDecimal.valueOf(30));
    if (days.signum() < 0 || days.stripTrailingZeros().scale() > 0) {
      throw new IllegalStateException(
          VALIDITY_DAYS + " must be a whole, non-negative number of days, not " + days);
    }
    return days.longValueExact();
  }
}
