package io.salesplatform.tenant.config.settings;

import java.util.Arrays;
import java.util.Optional;

/**
 * The extension points a tenant chooses a plugin for. The ids are the keys of {@code plugins} in
 * the settings tree.
 */
public enum PluginPoint implements WireId {
  /** Prices quote lines by the tenant's pricing policy (4.4). */
  PRICING("pricing"),
  /** Assesses a customer's credit before a quote is sent or a contract signed (7.2). */
  CREDIT_CHECK("credit-check"),
  /** Designs and scores satisfaction surveys (4.5, 6.2). */
  SURVEY("survey");

  private final String id;

  PluginPoint(String id) {
    this.id = id;
  }

  /** The point's key in the settings tree. */
  @Override
  public String id() {
    return id;
  }

  public static Optional<PluginPoint> byId(String id) {
    return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
  }
}
