package io.salesplatform.tenant.config;

import java.util.Optional;

/**
 * Where a tenant's people and roles live in the shared identity realm. Each tenant has a group
 * under {@value #TENANTS_GROUP}, with one sub-group per role, standard or custom; a person's
 * membership of {@code /tenants/acme/sales-rep} makes them a sales rep of {@code acme}. Tokens
 * carry these paths, so the platform reads a caller's roles per tenant without asking the identity
 * provider.
 */
public final class IdentityLayout {

  public static final String TENANTS_GROUP = "tenants";

  private IdentityLayout() {}

  public static String tenantGroupPath(String slug) {
    return "/" + TENANTS_GROUP + "/" + slug;
  }

  public static String roleGroupPath(String slug, String role) {
    return tenantGroupPath(slug) + "/" + role;
  }

  /** The tenant and role a group path names, or empty for any other group. */
  public static Optional<Membership> membership(String groupPath) {
    String prefix = "/" + TENANTS_GROUP + "/";
    if (groupPath == null || !groupPath.startsWith(prefix)) {
      return Optional.empty();
    }
    String[] parts = groupPath.substring(prefix.length()).split("/");
    if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Membership(parts[0], parts[1]));
  }

  /** A role held in a tenant. */
  public record Membership(String tenant, String role) {}
}
