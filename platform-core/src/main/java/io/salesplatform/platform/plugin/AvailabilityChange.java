package io.salesplatform.platform.plugin;

import java.util.List;

/**
 * The operator's choice of the companies that may use a plugin version: either {@code allTenants}
 * true, or the companies' slugs in {@code tenants} (an empty list: none).
 */
public class AvailabilityChange {

  /** Every company, present and future. */
  public Boolean allTenants;

  /** The slugs of the companies that may choose it, when not every company. */
  public List<String> tenants;
}
