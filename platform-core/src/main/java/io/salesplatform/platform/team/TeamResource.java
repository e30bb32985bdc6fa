package io.salesplatform.platform.team;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.Page;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.api.Versions;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.idempotency.IdempotentCreations;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.security.Caller;
import io.salesplatform.platform.security.CurrentCaller;
import io.salesplatform.platform.security.RequiresPermission;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The company's sales teams: read by its sales staff, formed and changed by its managers. */
@Path("/t/{tenant}/teams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {

  @Inject Teams teams;
  @Inject IdempotentCreations idempotency;
  @Inject CurrentCaller currentCaller;

  @Context UriInfo uri;

  @GET
  @RequiresPermission("teams.read")
  @Operation(
      summary = "The company's teams, paged",
      description =
          "Filter by person (user id: teams they manage or belong to) and q (text in the name);"
              + " sort by name (default), createdAt or updatedAt, '-' for descending.")
  public Page<TeamView> list(
      @QueryParam("person") String person,
      @QueryParam("q") String text,
      @QueryParam("sort") String sort,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = PageRequest.of(offset, limit);
    Sort order = Sort.of(sort, "name", Teams.SORTABLE);
    String q = Inputs.blankToNull(text);
    if (q != null && q.length() > 200) {
      throw Problems.badRequest("q", "at most 200 characters");
    }
    Teams.Filter filter = new Teams.Filter(Inputs.blankToNull(person), q);
    return Page.of(teams.page(filter, order, page), page, teams.count(filter));
  }

  @POST
  @RequiresPermission("teams.manage")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Form a team",
      description =
          "A name unique in the company (409 otherwise), a manager and members, all people of the"
              + " company; a person may be in several teams. Send an Idempotency-Key to make"
              + " retries safe.")
  public Response create(@HeaderParam(IdempotentCreations.HEADER) String key, TeamRequest request) {
    TeamRequest body = Inputs.required(request);
    AuditTrail.Actor actor = actor();
    return idempotency.create(
        key,
        "POST teams",
        body,
        () -> {
          TeamView created = teams.create(body, actor);
          return new IdempotentCreations.Created(
              uri.getAbsolutePathBuilder().path(created.id().toString()).build(),
              created,
              created.version());
        });
  }

  @GET
  @Path("{teamId}")
  @RequiresPermission("teams.read")
  @Operation(summary = "One team, with its version as the ETag")
  public Response team(@PathParam("teamId") String teamId) {
    TeamView view = teams.find(id(teamId)).orElseThrow(() -> Teams.unknown(teamId));
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  @PUT
  @Path("{teamId}")
  @RequiresPermission("teams.manage")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a team's name, manager or members",
      description = "The whole team, with the version it was read at (body or If-Match).")
  public Response update(
      @PathParam("teamId") String teamId,
      @HeaderParam("If-Match") String ifMatch,
      TeamRequest request) {
    UUID id = id(teamId);
    TeamRequest body = Inputs.required(request);
    TeamView view = teams.update(id, body, Versions.basedOn(body.version, ifMatch), actor());
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  @DELETE
  @Path("{teamId}")
  @RequiresPermission("teams.manage")
  @Operation(
      summary = "Dissolve a team",
      description =
          "With the version it was read at as If-Match. The people and their records stay.")
  public Response delete(
      @PathParam("teamId") String teamId, @HeaderParam("If-Match") String ifMatch) {
    UUID id = id(teamId);
    teams.delete(id, Versions.basedOn(null, ifMatch), actor());
    return Response.noContent().build();
  }

  private AuditTrail.Actor actor() {
    Caller caller = currentCaller.require();
    return new AuditTrail.Actor(caller.subject(), caller.username());
  }

  private static UUID id(String teamId) {
    return Inputs.id(teamId, () -> Teams.unknown(teamId));
  }
}
