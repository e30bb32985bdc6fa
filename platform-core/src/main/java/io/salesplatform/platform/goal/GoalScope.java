package io.salesplatform.platform.goal;

import java.util.Locale;
import java.util.Optional;

/** Whose goal it is: the whole company's, one team's or one rep's. */
public enum GoalScope {
  COMPANY,
  TEAM,
  REP;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<GoalScope> of(String id) {
    for (GoalScope scope : values()) {
      if (scope.id().equals(id)) {
        return Optional.of(scope);
      }
    }
    return Optional.empty();
  }
}
