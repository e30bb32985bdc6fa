package io.salesplatform.tenant.config.settings;

/**
 * A band of overall appraisal scores and what it earns (policy 8.3: rewards and penalties follow
 * the appraisal). Bands are listed from the best down; a score falls in the first band whose
 * minimum it reaches.
 *
 * @param name the band's name as reps see it, such as {@code Outstanding}: 1 to 60 characters,
 *     unique among the bands
 * @param minScore the lowest overall score in the band: 0 to 100
 * @param outcome what a rep in the band receives
 */
public record RewardBand(String name, int minScore, RewardOutcome outcome) {

  public RewardBand {
    Rules rules = new Rules();
    if (rules.present(name, "name")) {
      rules.require(
          !name.isBlank() && name.length() <= 60 && name.strip().equals(name),
          "name",
          "must be 1 to 60 characters without leading or trailing spaces");
    }
    rules.percent(minScore, "minScore");
    rules.present(outcome, "outcome");
    rules.enforce();
  }
}
