package io.salesplatform.platform.tenant;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;

/**
 * The tenant the current request works in, and the caller's roles there. Set once per request by
 * {@link TenantFilter}, or by the platform itself when it acts for a tenant it is subscribing.
 */
@RequestScoped
public class TenantContext {

  private Tenant tenant;
  private TenantId tenantId;
  private String slug;
  private Set<String> roles = Set.of();

  /**
   * Binds the request to a tenant, as it was read when the request began; a request serves one
   * tenant only.
   */
  public void enter(Tenant resolved, Set<String> callerRoles) {
    if (tenantId != null && !tenantId.equals(resolved.tenantId())) {
      throw new IllegalStateException("this request already serves tenant " + slug);
    }
    tenant = resolved;
    tenantId = resolved.tenantId();
    slug = resolved.slug();
    roles = Set.copyOf(callerRoles);
  }

  public boolean isPresent() {
    return tenantId != null;
  }

  public TenantId tenantId() {
    if (tenantId == null) {
      throw new IllegalStateException("no tenant on this request");
    }
    return tenantId;
  }

  /** The tenant's registry entry, so that no one in the request reads it again. */
  public Tenant tenant() {
    tenantId();
    return tenant;
  }

  public String slug() {
    tenantId();
    return slug;
  }

  public Set<String> roles() {
    return roles;
  }
}
