package io.salesplatform.platform.role;

import io.salesplatform.platform.tenant.TenantContext;
import io.salesplatform.tenant.config.Permission;
import io.salesplatform.tenant.config.TenantRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the caller may do in the tenant of the request: the union of what their roles grant. The
 * standard roles' permissions are constants; custom roles' are read from the database, once per
 * request and only for a caller holding one, so that a changed or deleted role is obeyed from the
 * next request on, on every instance, with no cache to expire.
 */
@RequestScoped
public class CallerPermissions {

  @Inject TenantContext tenantContext;
  @Inject CustomRoles customRoles;

  private Set<Permission> custom;

  /** Whether the caller's roles in the request's tenant grant {@code permission}. */
  public boolean grants(Permission permission) {
    if (!tenantContext.isPresent()) {
      return false;
    }
    return TenantRole.permissionsOf(tenantContext.roles()).contains(permission)
        || custom().contains(permission);
  }

  /** Everything the caller's roles in the request's tenant grant. */
  public Set<Permission> all() {
    if (!tenantContext.isPresent()) {
      return Set.of();
    }
    Set<Permission> granted = EnumSet.noneOf(Permission.class);
    granted.addAll(TenantRole.permissionsOf(tenantContext.roles()));
    granted.addAll(custom());
    return Collections.unmodifiableSet(granted);
  }

  private Set<Permission> custom() {
    if (custom == null) {
      List<String> names =
          tenantContext.roles().stream().filter(r -> !TenantRole.isStandard(r)).toList();
      custom = names.isEmpty() ? Set.of() : customRoles.permissionsOf(names);
    }
    return custom;
  }
}
