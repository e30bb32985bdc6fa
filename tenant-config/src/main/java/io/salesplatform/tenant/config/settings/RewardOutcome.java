package io.salesplatform.tenant.config.settings;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a reward band earns.
 *
 * @param kind a bonus, a recognition, an improvement plan (the policy's penalty side), or nothing
 * @param bonusPercent for a bonus only: the bonus in percent of the rep's quarterly base pay, above
 *     0 and at most 100; absent for every other kind
 */
public record RewardOutcome(Kind kind, @Nullable BigDecimal bonusPercent) {

  /** The kinds of outcome. */
  public enum Kind implements WireId {
    BONUS("bonus"),
    RECOGNITION("recognition"),
    IMPROVEMENT_PLAN("improvement-plan"),
    NONE("none");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    /** The kind's spelling in the settings tree. */
    @Override
    public String id() {
      return id;
    }

    public static Optional<Kind> byId(String id) {
      return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
  }

  public RewardOutcome {
    Rules rules = new Rules();
    if (rules.present(kind, "kind")) {
      if (kind == Kind.BONUS) {
        if (rules.present(bonusPercent, "bonusPercent")) {
          rules.require(
              bonusPercent.signum() > 0 && bonusPercent.compareTo(BigDecimal.valueOf(100)) <= 0,
              "bonusPercent",
              "must be above 0 and at most 100, not " + bonusPercent.toPlainString());
        }
      } else {
        rules.require(
            bonusPercent == null,
            "bonusPercent",
            "only a bonus has a bonus percent, not " + kind.id);
      }
    }
    rules.enforce();
    bonusPercent = Rules.canonical(bonusPercent);
  }

  public static RewardOutcome bonus(BigDecimal percent) {
    return new RewardOutcome(Kind.BONUS, percent);
  }

  public static RewardOutcome of(Kind kind) {
    return new RewardOutcome(kind, null);
  }
}
