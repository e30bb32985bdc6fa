package io.salesplatform.tenant.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The standard roles every tenant has (policy chapter 2.2 and 3). A person holds roles per tenant:
 * a consultant may be a sales rep in one company and an inspector in another.
 */
public enum TenantRole {
  TENANT_ADMIN("tenant-admin"),
  SALES_MANAGER("sales-manager"),
  SALES_REP("sales-rep"),
  MARKETING("marketing"),
  LEGAL("legal"),
  INSPECTOR("inspector");

  private final String id;

  TenantRole(String id) {
    this.id = id;
  }

  /** The role's name on the wire, in tokens and in identity-provider groups. */
  public String id() {
    return id;
  }

  /** Every standard role's id, in order. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(TenantRole::id).toList();
  }

  public static Optional<TenantRole> byId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }
}
