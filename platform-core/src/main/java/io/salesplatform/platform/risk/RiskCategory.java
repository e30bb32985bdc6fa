package io.salesplatform.platform.risk;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of risk policy chapter 7 names. */
public enum RiskCategory {
  /** 7.1: contract terms, validity, compliance. */
  CONTRACT("contract"),
  /** 7.2: a customer who cannot or does not pay. */
  CREDIT("credit"),
  /** 7.3: demand, competitors, prices. */
  MARKET("market"),
  /** 7.4: the company's own process and controls. */
  INTERNAL("internal");

  private final String id;

  RiskCategory(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<RiskCategory> byId(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(RiskCategory::id).toList();
  }
}
