package io.salesplatform.platform.risk;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where a risk stands: open, being mitigated, or closed (no longer reviewed). */
public enum RiskStatus {
  OPEN("open"),
  MITIGATING("mitigating"),
  CLOSED("closed");

  private final String id;

  RiskStatus(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<RiskStatus> byId(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(RiskStatus::id).toList();
  }
}
