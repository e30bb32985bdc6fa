package io.salesplatform.platform.people;

import io.salesplatform.platform.security.SignedIn;
import io.salesplatform.tenant.config.Permission;
import io.salesplatform.tenant.config.TenantRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The roles of the company and what each allows; the policy's division of duties (2.2). */
@Path("/t/{tenant}/roles")
@RequestScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class RoleResource {

  @GET
  @Operation(summary = "The roles and the permissions each grants")
  public List<RoleView> roles() {
    return Arrays.stream(TenantRole.values())
        .map(
            role ->
                new RoleView(
                    role.id(), role.permissions().stream().map(Permission::id).sorted().toList()))
        .toList();
  }

  /**
   * A role.
   *
   * @param id its name
   * @param permissions the permissions it grants
   */
  public record RoleView(String id, List<String> permissions) {}
}
