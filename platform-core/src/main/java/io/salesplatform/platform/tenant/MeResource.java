package io.salesplatform.platform.tenant;

import io.salesplatform.platform.role.CallerPermissions;
import io.salesplatform.platform.security.Caller;
import io.salesplatform.platform.security.CurrentCaller;
import io.salesplatform.platform.security.SignedIn;
import io.salesplatform.tenant.config.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The signed-in person as the current tenant sees them. */
@Path("/t/{tenant}/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject CurrentCaller currentCaller;
  @Inject TenantContext tenantContext;
  @Inject TenantMembers members;
  @Inject CallerPermissions callerPermissions;

  @GET
  @SignedIn
  @Operation(summary = "The signed-in person, their tenant, and their roles and permissions in it")
  public MeView me() {
    Caller caller = currentCaller.require();
    Tenant tenant = tenantContext.tenant();
    TenantMember member =
        members.admit(caller.subject(), caller.username(), caller.email(), caller.name());
    return new MeView(
        new MeView.TenantRef(tenant.slug(), tenant.name()),
        new MeView.User(
            caller.subject(), caller.username(), caller.email(), caller.name(), member.joinedAt()),
        tenantContext.roles().stream().sorted().toList(),
        callerPermissions.all().stream().map(Permission::id).sorted().toList());
  }

  /**
   * The signed-in person in one tenant.
   *
   * @param tenant the tenant of the request
   * @param user who the person is
   * @param roles their roles in this tenant
   * @param permissions what those roles allow together, as of this request
   */
  public record MeView(TenantRef tenant, User user, List<String> roles, List<String> permissions) {

    public record TenantRef(String slug, String name) {}

    public record User(
        String id, String username, String email, String name, Instant memberSince) {}
  }
}
