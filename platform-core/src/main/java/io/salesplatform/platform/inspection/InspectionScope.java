package io.salesplatform.platform.inspection;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What an inspection looks at: the whole company, one team, one rep, or an area named in words. */
public enum InspectionScope {
  COMPANY("company"),
  TEAM("team"),
  REP("rep"),
  AREA("area");

  private final String id;

  InspectionScope(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<InspectionScope> byId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(InspectionScope::id).toList();
  }
}
