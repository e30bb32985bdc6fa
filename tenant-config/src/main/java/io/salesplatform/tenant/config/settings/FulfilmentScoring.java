package io.salesplatform.tenant.config.settings;

import java.math.BigDecimal;

/**
 * Scores the contract fulfilment rate (policy 6.4), the percentage of due obligations of signed
 * contracts that were met: {@code score = min(rate, fullScoreAtPercent) × 100 /
 * fullScoreAtPercent}. A tenant whose deliveries depend on third parties may grant the full score
 * below a perfect rate.
 *
 * @param fullScoreAtPercent the fulfilment rate that earns the full score: 50 to 100
 */
public record FulfilmentScoring(int fullScoreAtPercent) {

  public FulfilmentScoring {
    Rules rules = new Rules();
    rules.require(
        fullScoreAtPercent >= 50 && fullScoreAtPercent <= 100,
        "fullScoreAtPercent",
        "must be 50 to 100, not " + fullScoreAtPercent);
    rules.enforce();
  }

  /** The score for a fulfilment rate of {@code ratePercent}. */
  public BigDecimal score(BigDecimal ratePercent) {
    return Scores.proportion(ratePercent, BigDecimal.valueOf(fullScoreAtPercent));
  }
}
