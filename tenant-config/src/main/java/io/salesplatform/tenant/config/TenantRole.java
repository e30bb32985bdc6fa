package io.salesplatform.tenant.config;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The standard roles every tenant has (policy chapter 2.2 and 3). A person holds roles per tenant:
 * a consultant may be a sales rep in one company and an inspector in another.
 */
public enum TenantRole {
  TENANT_ADMIN("tenant-admin", EnumSet.allOf(Permission.class)),
  SALES_MANAGER("sales-manager", EnumSet.of(Permission.SETTINGS_READ, Permission.USERS_READ)),
  SALES_REP("sales-rep", EnumSet.of(Permission.SETTINGS_READ)),
  MARKETING("marketing", EnumSet.of(Permission.SETTINGS_READ)),
  LEGAL("legal", EnumSet.of(Permission.SETTINGS_READ)),
  // inspection (8.1) needs the whole record: who did what, and with which people
  INSPECTOR(
      "inspector",
      EnumSet.of(Permission.SETTINGS_READ, Permission.AUDIT_READ, Permission.USERS_READ));

  private final String id;
  private final Set<Permission> permissions;

  TenantRole(String id, Set<Permission> permissions) {
    this.id = id;
    this.permissions = Collections.unmodifiableSet(permissions);
  }

  /** What the role allows. */
  public Set<Permission> permissions() {
    return permissions;
  }

  /** Whether any of {@code roles} (role ids) allows {@code permission}. */
  public static boolean allow(Set<String> roles, Permission permission) {
    return roles.stream()
        .map(TenantRole::byId)
        .flatMap(Optional::stream)
        .anyMatch(role -> role.permissions.contains(permission));
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
