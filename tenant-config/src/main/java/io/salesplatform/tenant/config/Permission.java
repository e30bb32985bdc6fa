package io.salesplatform.tenant.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a person may do in a tenant. Every tenant endpoint names the one permission it needs; roles
 * are sets of permissions: the standard ones fixed here (see {@link TenantRole#permissions()}),
 * custom ones defined by each tenant (see {@link RoleDefinition}).
 */
public enum Permission {
  SETTINGS_READ("settings.read", "Read the policy settings, their revisions and diffs"),
  SETTINGS_WRITE("settings.write", "Change the policy settings and roll them back"),
  AUDIT_READ("audit.read", "Read the audit trail and verify its hash chain"),
  USERS_READ("users.read", "List and look up the company's people and their roles"),
  USERS_MANAGE("users.manage", "Add people, set their roles, deactivate and reactivate them"),
  CLIENTS_MANAGE(
      "clients.manage",
      "Create, list and revoke the company's integration clients and their roles"),
  SIGN_IN_MANAGE(
      "sign-in.manage",
      "Set how the company's people sign in: password policy, sign-in theme, own identity"
          + " providers"),
  ROLES_MANAGE("roles.manage", "Define the company's custom roles"),
  PLUGINS_MANAGE(
      "plugins.manage",
      "Choose the plugin, version and extension serving pricing, credit checks and surveys, and"
          + " configure it");

  private final String id;
  private final String description;

  Permission(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** The permission's name in endpoints, documents and custom roles. */
  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  public static Optional<Permission> byId(String id) {
    return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
  }

  /** Every permission's id, in order. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(Permission::id).toList();
  }
}
