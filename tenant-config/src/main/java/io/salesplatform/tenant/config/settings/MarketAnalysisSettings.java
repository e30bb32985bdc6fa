package io.salesplatform.tenant.config.settings;

/**
 * How often the market is analysed (policy 7.3: periodic market analysis; adjust the sales
 * strategy). The next analysis is due this many days after the period of the last one ended, or
 * after the company's first day when there is none yet.
 *
 * @param intervalDays days between analyses: 7 to 366
 */
public record MarketAnalysisSettings(int intervalDays) {

  public MarketAnalysisSettings {
    Rules rules = new Rules();
    rules.require(
        intervalDays >= 7 && intervalDays <= 366,
        "intervalDays",
        "must be 7 to 366, not " + intervalDays + ": at least weekly, at most yearly");
    rules.enforce();
  }

  /** A quarterly analysis, as the appraisal period is the quarter. */
  static MarketAnalysisSettings defaults() {
    return new MarketAnalysisSettings(90);
  }
}
