package io.salesplatform.tenant.config.settings;

/**
 * How the quarterly appraisal weighs and scores the five criteria of policy chapter 6.
 *
 * @param weights how much each criterion counts towards the overall score
 * @param scoring how each criterion's raw figure becomes a score from 0 to 100
 */
public record AppraisalSettings(AppraisalWeights weights, AppraisalScoring scoring) {

  public AppraisalSettings {
    Rules rules = new Rules();
    rules.present(weights, "weights");
    rules.present(scoring, "scoring");
    rules.enforce();
  }

  static AppraisalSettings defaults() {
    return new AppraisalSettings(AppraisalWeights.defaults(), AppraisalScoring.defaults());
  }
}
