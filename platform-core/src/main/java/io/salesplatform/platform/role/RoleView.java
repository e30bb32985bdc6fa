package io.salesplatform.platform.role;

import io.salesplatform.tenant.config.Permission;
import io.salesplatform.tenant.config.TenantRole;
import java.time.Instant;
import java.util.List;

/**
 * A role of the company.
 *
 * @param id its name, as people's and clients' role lists and tokens carry it
 * @param description what it is for, or {@code null}
 * @param standard true for the roles every company has, which cannot be changed; false for the
 *     company's own
 * @param permissions the permissions it grants, in alphabetical order
 * @param version a custom role's version, which a change may name (or its {@code ETag}); {@code
 *     null} for a standard role
 * @param createdAt when a custom role was defined; {@code null} for a standard role
 * @param updatedAt when a custom role last changed; {@code null} for a standard role
 */
public record RoleView(
    String id,
    String description,
    boolean standard,
    List<String> permissions,
    Long version,
    Instant createdAt,
    Instant updatedAt) {

  static RoleView of(TenantRole role) {
    return new RoleView(
        role.id(),
        role.description(),
        true,
        role.permissions().stream().map(Permission::id).sorted().toList(),
        null,
        null,
        null);
  }

  static RoleView of(CustomRole role) {
    return new RoleView(
        role.name(),
        role.description(),
        false,
        role.definition().permissionIds(),
        role.version(),
        role.createdAt(),
        role.updatedAt());
  }
}
