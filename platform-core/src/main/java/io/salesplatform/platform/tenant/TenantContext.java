package io.salesplatform.platform.tenant;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;

/**
 * The tenant the current request works in, and the caller's roles there. Set once per request by
 * {@link TenantFilter}, or by the platform itself when it acts for a tenant it is subscribing.
 */
@RequestScoped
public class TenantContext {

  private TenantId tenantId;
  private String slug;
  private Set<String> roles = Set.of();

  /** Binds the request to a tenant; a request serves one tenant only. */
  public void enter(TenantId id, String tenantSlug, Set<String> callerRoles) {
    if (tenantId != null && !tenantId.equals(id)) {
      throw new IllegalStateException("this request already serves tenant " + slug);
    }
    tenantId = id;
    slug = tenantSlug;
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

  public String slug() {
    tenantId();
    return slug;
  }

  public Set<String> roles() {
    return roles;
  }
}
