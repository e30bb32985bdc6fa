package io.salesplatform.plugins.credit;

import io.salesplatform.plugin.api.CreditCheckRequest;
import io.salesplatform.plugin.api.CreditDecision;
import io.salesplatform.plugin.api.CreditDecision.Outcome;
import io.salesplatform.plugin.api.CreditRating;
import io.salesplatform.plugin.api.Money;
import io.salesplatform.plugin.api.PluginConfiguration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rules both credit extensions decide by, once they have a rating and a credit limit: a rating
 * of E is rejected and D goes to review; a deal that takes the customer's exposure beyond the limit
 * goes to review within a band above it and is rejected beyond. The settings are shared by the
 * plugin's extensions.
 *
 * @param standardLimit the credit limit of a customer the tenant has granted none, in the deal's
 *     currency
 * @param reviewBandPercent how far above the limit, in percent, a deal goes to review rather than
 *     being rejected
 * @param validityDays how many days a decision stays current
 */
record CreditPolicy(BigDecimal standardLimit, BigDecimal reviewBandPercent, int validityDays) {

  /**
   * Something that decides the outcome, with the sentence that says so.
   *
   * @param outcome what it calls for
   * @param reason why, for the rep
   */
  record Finding(Outcome outcome, String reason) {}

  static CreditPolicy from(PluginConfiguration configuration) {
    BigDecimal limit = configuration.decimal("creditLimit", BigDecimal.ZERO);
    if (limit.signum() < 0) {
      throw configuration.invalid("creditLimit", "a credit limit is not negative");
    }
    BigDecimal band = configuration.decimal("reviewBandPercent", BigDecimal.TEN);
    if (band.signum() < 0 || band.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw configuration.invalid("reviewBandPercent", "a band is between 0 and 100 percent");
    }
    int days = configuration.integer("validityDays", 30);
    if (days < 1 || days > 365) {
      throw configuration.invalid("validityDays", "a decision stays current 1 to 365 days");
    }
    return new CreditPolicy(limit, band, days);
  }

  /** The limit granted to the customer before, or the standard one. */
  Money baseLimit(CreditCheckRequest request) {
    return request.currentCreditLimit() != null
        ? request.currentCreditLimit()
        : Money.of(standardLimit, request.currency());
  }

  /**
   * Decides from a rating and a limit, with any further findings of the extension, such as an
   * invoice overdue for too long.
   *
   * @param explanation sentences that follow the deciding ones, such as how a score came about
   */
  CreditDecision decide(
      CreditCheckRequest request,
      CreditRating rating,
      Integer score,
      Money limit,
      List<Finding> further,
      List<String> explanation,
      String reference,
      Clock clock) {
    Money total = request.currentExposure().plus(request.requestedAmount());
    String figures =
        "exposure "
            + request.currentExposure()
            + " plus this deal's "
            + request.requestedAmount()
            + " comes to "
            + total;
    List<Finding> findings = new ArrayList<>();
    if (rating == CreditRating.E) {
      findings.add(new Finding(Outcome.REJECT, "rating E extends no credit"));
    }
    if (limit.isZero()) {
      if (total.signum() > 0) {
        findings.add(new Finding(Outcome.REJECT, "there is no credit limit, and " + figures));
      }
    } else {
      BigDecimal edge =
          limit.amount().multiply(BigDecimal.ONE.add(reviewBandPercent.movePointLeft(2)));
      String utilisation =
          figures
              + ", "
              + percentOf(total.amount(), limit.amount())
              + " of the "
              + limit
              + " credit limit";
      String band =
          " the "
              + reviewBandPercent.stripTrailingZeros().toPlainString()
              + "% review band (up to "
              + Money.of(
                  edge.setScale(limit.amount().scale(), RoundingMode.FLOOR), limit.currency())
              + ")";
      // Exact: the band edge is compared unrounded, so a total one cent over it is rejected.
      if (total.amount().compareTo(edge) > 0) {
        findings.add(new Finding(Outcome.REJECT, utilisation + ", beyond" + band));
      } else if (total.amount().compareTo(limit.amount()) > 0) {
        findings.add(new Finding(Outcome.REVIEW, utilisation + ", within" + band));
      } else {
        findings.add(new Finding(Outcome.APPROVE, utilisation));
      }
    }
    if (rating == CreditRating.D) {
      findings.add(new Finding(Outcome.REVIEW, "rating D needs a person's look"));
    }
    findings.addAll(further);

    Outcome outcome =
        findings.stream()
            .map(Finding::outcome)
            .max(Comparator.naturalOrder())
            .orElse(Outcome.APPROVE);
    List<String> reasons = new ArrayList<>();
    findings.stream()
        .filter(finding -> finding.outcome() == outcome)
        .forEach(finding -> reasons.add(prefix(outcome) + finding.reason() + "."));
    findings.stream()
        .filter(finding -> finding.outcome() != outcome)
        .forEach(finding -> reasons.add(capitalised(finding.reason()) + "."));
    if (reasons.isEmpty()) {
      reasons.add(prefix(outcome) + "nothing is owed or asked for.");
    }
    reasons.addAll(explanation);
    return new CreditDecision(
        outcome,
        rating,
        score,
        limit,
        clock.instant().plus(Duration.ofDays(validityDays)),
        reasons,
        reference);
  }

  private static String prefix(Outcome outcome) {
    return switch (outcome) {
      case APPROVE -> "Approved: ";
      case REVIEW -> "Needs review: ";
      case REJECT -> "Rejected: ";
    };
  }

  private static String capitalised(String sentence) {
    return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
  }

  /**
   * Rounded up, so that a total just over a boundary never reads as sitting on it (100.01% shows as
   * 100.1%, not 100%).
   */
  static String percentOf(BigDecimal amount, BigDecimal whole) {
    return amount
            .movePointRight(2)
            .divide(whole, 1, RoundingMode.CEILING)
            .stripTrailingZeros()
            .toPlainString()
        + "%";
  }
}
