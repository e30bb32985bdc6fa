package io.salesplatform.platform.security;

import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.role.CallerPermissions;
import io.salesplatform.platform.tenant.TenantContext;
import io.salesplatform.tenant.config.Permission;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Lets a call through only when the endpoint's {@link AccessRule} admits the caller: a permission
 * must be granted by the caller's roles, standard or custom, in the request's tenant; named roles
 * are checked against the caller's roles in the request's tenant, or against platform roles outside
 * any tenant; an endpoint with no rule admits no one.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
@ApplicationScoped
public class AuthorizationFilter implements ContainerRequestFilter {

  private static final Logger LOG = Logger.getLogger(AuthorizationFilter.class.getName());

  @Inject CurrentCaller currentCaller;
  @Inject TenantContext tenantContext;
  @Inject CallerPermissions callerPermissions;

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    AccessRule rule = AccessRule.of(resource);
    switch (rule.kind()) {
      case PUBLIC, SIGNED_IN -> {}
      case NO_ONE -> {
        LOG.warning(
            () -> "endpoint without an access rule refused: " + resource.getResourceMethod());
        throw Problems.forbidden("This endpoint is not open to anyone.");
      }
      case PERMISSION -> {
        String needed = rule.requires().iterator().next();
        Permission permission =
            Permission.byId(needed)
                .orElseThrow(() -> new IllegalStateException("unknown permission " + needed));
        if (!callerPermissions.grants(permission)) {
          throw Problems.forbidden("This needs the permission " + needed + ".");
        }
      }
      case ROLES -> {
        Set<String> held =
            tenantContext.isPresent()
                ? tenantContext.roles()
                : currentCaller.require().isPlatformAdmin()
                    ? Set.of(Caller.PLATFORM_ADMIN)
                    : Set.of();
        if (rule.requires().stream().noneMatch(held::contains)) {
          throw Problems.forbidden("This needs one of the roles " + rule.requires() + ".");
        }
      }
    }
  }
}
