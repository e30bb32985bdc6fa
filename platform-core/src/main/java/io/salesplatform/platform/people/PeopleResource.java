package io.salesplatform.platform.people;

import io.salesplatform.platform.api.Page;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.security.Caller;
import io.salesplatform.platform.security.CurrentCaller;
import io.salesplatform.platform.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The tenant admin's management of the company's people. */
@Path("/t/{tenant}/users")
@RequestScoped
@RequiresPermission("users.manage")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

  @Inject People people;
  @Inject CurrentCaller currentCaller;

  @Context UriInfo uri;

  @GET
  @RequiresPermission("users.read")
  @Operation(
      summary = "The company's people, optionally matching a search on name, user name or email")
  public Page<PersonView> list(
      @QueryParam("search") String search,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = PageRequest.of(offset, limit);
    String term = search == null || search.isBlank() ? null : search.trim();
    return Page.of(people.page(term, page), page, people.count(term));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add a person with roles",
      description =
          "Creates their account with a one-time password (returned once), or gives an existing"
              + " account roles in this company.")
  public Response add(@NotNull(message = "a body is required") @Valid PersonRequest request) {
    PersonView person = people.add(request, actor());
    return Response.created(uri.getAbsolutePathBuilder().path(person.id()).build())
        .entity(person)
        .build();
  }

  @GET
  @Path("{id}")
  @RequiresPermission("users.read")
  @Operation(summary = "One person of the company")
  public PersonView get(@PathParam("id") String id) {
    return people.get(id);
  }

  @PUT
  @Path("{id}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set the person's roles in the company")
  public PersonView roles(
      @PathParam("id") String id,
      @NotNull(message = "a body is required") @Valid RolesChange change) {
    return people.changeRoles(id, change.roles, actor());
  }

  @POST
  @Path("{id}/deactivate")
  @Operation(summary = "Take the person's roles away, keeping them to give back")
  public PersonView deactivate(@PathParam("id") String id) {
    return people.deactivate(id, actor());
  }

  @POST
  @Path("{id}/reactivate")
  @Operation(summary = "Give a deactivated person their roles back")
  public PersonView reactivate(@PathParam("id") String id) {
    return people.reactivate(id, actor());
  }

  private AuditTrail.Actor actor() {
    Caller caller = currentCaller.require();
    return new AuditTrail.Actor(caller.subject(), caller.username());
  }
}
