package io.salesplatform.platform.risk;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How grave a risk is: likelihood (1 to 5) times impact (1 to 5) gives a score of 1 to 25, and the
 * score a level. The levels split the 5 by 5 grid so that only a risk both likely and grave is
 * critical: low 1 to 4, medium 5 to 9, high 10 to 16, critical 20 and above.
 */
public final class RiskRating {

  /** The levels, mildest first. */
  public enum Level {
    LOW("low", 1),
    MEDIUM("medium", 5),
    HIGH("high", 10),
    CRITICAL("critical", 20);

    private final String id;
    private final int from;

    Level(String id, int from) {
      this.id = id;
      this.from = from;
    }

    public String id() {
      return id;
    }

    /** The lowest score of the level. */
    public int from() {
      return from;
    }

    /** The highest score of the level. */
    public int to() {
      Level[] levels = values();
      return ordinal() == levels.length - 1 ? 25 : levels[ordinal() + 1].from - 1;
    }

    public static Optional<Level> byId(String id) {
      return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
      return Arrays.stream(values()).map(Level::id).toList();
    }
  }

  private RiskRating() {}

  /** Whether {@code value} is a valid likelihood or impact. */
  public static boolean valid(int value) {
    return value >= 1 && value <= 5;
  }

  public static int score(int likelihood, int impact) {
    if (!valid(likelihood) || !valid(impact)) {
      throw new IllegalArgumentException("likelihood and impact are 1 to 5");
    }
    return likelihood * impact;
  }

  public static Level level(int score) {
    Level found = Level.LOW;
    for (Level level : Level.values()) {
      if (score >= level.from) {
        found = level;
      }
    }
    return found;
  }
}
