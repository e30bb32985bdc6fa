package io.salesplatform.platform.role;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.security.Caller;
import io.salesplatform.platform.security.CurrentCaller;
import io.salesplatform.platform.security.RequiresPermission;
import io.salesplatform.platform.security.SignedIn;
import io.salesplatform.tenant.config.RoleDefinition;
import io.salesplatform.tenant.config.TenantRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The roles of the company and what each allows: the policy's division of duties (2.2), and the
 * custom roles its admin builds from permissions. Everyone of the company reads them.
 */
@Path("/t/{tenant}/roles")
@RequestScoped
@RequiresPermission("roles.manage")
@Produces(MediaType.APPLICATION_JSON)
public class RoleResource {

  @Inject CustomRoles customRoles;
  @Inject CallerPermissions callerPermissions;
  @Inject CurrentCaller currentCaller;

  @Context UriInfo uri;

  @GET
  @SignedIn
  @Operation(summary = "The standard and custom roles, and the permissions each grants")
  public List<RoleView> roles() {
    List<RoleView> roles = new ArrayList<>();
    Arrays.stream(TenantRole.values()).map(RoleView::of).forEach(roles::add);
    customRoles.all().stream().map(RoleView::of).forEach(roles::add);
    return roles;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Define a custom role",
      description =
          "A name of its own, a description and the permissions it grants. Its author can grant"
              + " only permissions they hold. A taken name gets 409.")
  public Response create(RoleRequest request) {
    RoleDefinition definition = Inputs.required(request).definition();
    CustomRole role = customRoles.create(definition, callerPermissions.all(), actor());
    return Response.created(uri.getAbsolutePathBuilder().path(role.name()).build())
        .entity(RoleView.of(role))
        .tag(tag(role))
        .build();
  }

  @GET
  @Path("{role}")
  @SignedIn
  @Operation(summary = "One role and the permissions it grants")
  public Response role(@PathParam("role") String name) {
    return TenantRole.byId(name)
        .map(standard -> Response.ok(RoleView.of(standard)))
        .orElseGet(
            () -> {
              CustomRole role = customRoles.find(name).orElseThrow(() -> unknown(name));
              return Response.ok(RoleView.of(role)).tag(tag(role));
            })
        .build();
  }

  @PUT
  @Path("{role}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a custom role's description and permissions",
      description =
          "Takes effect from the next request of everyone holding it. The body may name the"
              + " version it was made from (or send the ETag as If-Match); a stale one gets 409."
              + " Standard roles cannot be changed.")
  public Response update(
      @PathParam("role") String name,
      RoleRequest request,
      @HeaderParam("If-Match") String ifMatch) {
    refuseStandard(name, "changed");
    CustomRole existing = customRoles.find(name).orElseThrow(() -> unknown(name));
    RoleRequest change = Inputs.required(request);
    RoleDefinition definition = change.redefinition(existing.definition().name());
    CustomRole role =
        customRoles.update(
            definition, basedOn(change.version, ifMatch), callerPermissions.all(), actor());
    return Response.ok(RoleView.of(role)).tag(tag(role)).build();
  }

  @DELETE
  @Path("{role}")
  @Operation(
      summary = "Delete a custom role no one holds",
      description =
          "While any person or integration client holds it, the answer is 409. Deactivated people"
              + " who held it do not get it back. Standard roles cannot be deleted.")
  public Response delete(@PathParam("role") String name) {
    refuseStandard(name, "deleted");
    customRoles.delete(name, actor());
    return Response.noContent().build();
  }

  private static void refuseStandard(String name, String what) {
    if (TenantRole.isStandard(name)) {
      throw Problems.conflict(
          "standard-role",
          "Standard role",
          "'"
              + name
              + "' is a standard role and cannot be "
              + what
              + "; define a custom role instead.");
    }
  }

  private static ProblemException unknown(String name) {
    return Problems.notFound("There is no role '" + name + "' in this company.");
  }

  /** The version a change is based on: the body's, the If-Match header's, or none. */
  private static Long basedOn(Long fromBody, String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return fromBody;
    }
    long tagged;
    try {
      tagged = Long.parseLong(ifMatch.trim().replaceFirst("^W/", "").replace("\"", ""));
    } catch (NumberFormatException e) {
      throw Problems.badRequest("If-Match", "not an ETag of this role");
    }
    if (fromBody != null && fromBody != tagged) {
      throw Problems.badRequest("version", "differs from the If-Match header");
    }
    return tagged;
  }

  private static EntityTag tag(CustomRole role) {
    return new EntityTag(Long.toString(role.version()));
  }

  private AuditTrail.Actor actor() {
    Caller caller = currentCaller.require();
    return new AuditTrail.Actor(caller.subject(), caller.username());
  }
}
