package io.salesplatform.platform.tenant;

import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.security.Caller;
import io.salesplatform.platform.security.CurrentCaller;
import io.salesplatform.platform.security.TrustedIssuer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.Set;

/**
 * Binds a request under {@code /api/t/{tenant}} to that tenant, if the caller's token grants it. A
 * tenant that does not exist, is being set up or deleted, or is not the caller's gets the same 404:
 * the answer never tells whether another company uses a name.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 100)
@ApplicationScoped
public class TenantFilter implements ContainerRequestFilter {

  public static final String TENANT_PARAMETER = "tenant";

  @Inject TenantRepository tenants;
  @Inject TenantContext tenantContext;
  @Inject CurrentCaller currentCaller;

  @Context UriInfo uri;

  @Override
  public void filter(ContainerRequestContext request) {
    String slug = uri.getPathParameters().getFirst(TENANT_PARAMETER);
    if (slug == null) {
      return;
    }
    Optional<Caller> caller = currentCaller.get();
    Set<String> roles = caller.map(c -> c.rolesIn(slug)).orElse(Set.of());
    Tenant tenant = roles.isEmpty() ? null : tenants.findBySlug(slug).orElse(null);
    if (tenant == null
        || tenant.status() == TenantStatus.PROVISIONING
        || tenant.status() == TenantStatus.DELETING
        || !vouchedFor(tenant, caller.get().issuer())) {
      throw Problems.notFound("There is no tenant '" + slug + "' for you.");
    }
    if (tenant.status() == TenantStatus.SUSPENDED) {
      // only the tenant's own people learn that it is suspended; to anyone else it does not exist
      throw Problems.suspended(tenant.slug(), tenant.suspensionReason());
    }
    tenantContext.enter(tenant, roles);
  }

  /**
   * Only the realm a tenant's people are in speaks for that tenant: its own realm, or the shared
   * realm for a pooled tenant. A group in the shared realm naming a tenant with a realm of its own
   * grants nothing there.
   */
  private static boolean vouchedFor(Tenant tenant, TrustedIssuer issuer) {
    return tenant.hasOwnRealm()
        ? issuer.kind() == TrustedIssuer.Kind.TENANT_REALM && tenant.slug().equals(issuer.tenant())
        : issuer.kind() == TrustedIssuer.Kind.TENANTS;
  }
}
