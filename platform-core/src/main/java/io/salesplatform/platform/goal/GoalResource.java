package io.salesplatform.platform.goal;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.Page;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Quarter;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.api.Versions;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.goal.GoalViews.GoalView;
import io.salesplatform.platform.goal.GoalViews.History;
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

/**
 * Quarterly goals per company, team and rep with live progress (policy 4.1, 6.1). Goals are open to
 * everyone who reads them, as the appraisal that measures against them is (chapter 6).
 */
@Path("/t/{tenant}/goals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GoalResource {

  @Inject Goals goals;
  @Inject IdempotentCreations idempotency;
  @Inject CurrentCaller currentCaller;

  @Context UriInfo uri;

  @GET
  @RequiresPermission("goals.read")
  @Operation(
      summary = "Goals with their progress now, paged",
      description =
          "Filter by quarter (such as 2026-Q4), scope (company, team or rep) and subject (a team's"
              + " id or a rep's user id); sort by quarter, scope, revenueTarget,"
              + " newCustomerTarget or updatedAt (default -quarter), '-' for descending.")
  public Page<GoalView> list(
      @QueryParam("quarter") String quarter,
      @QueryParam("scope") String scope,
      @QueryParam("subject") String subject,
      @QueryParam("sort") String sort,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = PageRequest.of(offset, limit);
    Sort order = Sort.of(sort, "-quarter", Goals.SORTABLE);
    String scopeId = Inputs.blankToNull(scope);
    GoalScope goalScope =
        scopeId == null
            ? null
            : GoalScope.of(scopeId)
                .orElseThrow(() -> Problems.badRequest("scope", "company, team or rep"));
    String subjectId = Inputs.blankToNull(subject);
    if (subjectId != null && subjectId.length() > 255) {
      throw Problems.badRequest("subject", "at most 255 characters");
    }
    Goals.Filter filter =
        new Goals.Filter(
            Inputs.blankToNull(quarter) == null ? null : Quarter.parse(quarter, "quarter"),
            goalScope,
            subjectId);
    return Page.of(goals.page(filter, order, page), page, goals.count(filter));
  }

  @POST
  @RequiresPermission("goals.manage")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set a quarterly goal",
      description =
          "One goal per quarter and company, team or rep (409 when set already). The answer"
              + " judges each target against the subject's history and warns when it is"
              + " unrealistic or unchallenging, by the company's goalRealism settings; it never"
              + " refuses. Send an Idempotency-Key to make retries safe.")
  public Response create(@HeaderParam(IdempotentCreations.HEADER) String key, GoalRequest request) {
    GoalRequest body = Inputs.required(request);
    AuditTrail.Actor actor = actor();
    return idempotency.create(
        key,
        "POST goals",
        body,
        () -> {
          GoalView created = goals.create(body, actor);
          return new IdempotentCreations.Created(
              uri.getAbsolutePathBuilder().path(created.id().toString()).build(),
              created,
              created.version());
        });
  }

  @GET
  @Path("history")
  @RequiresPermission("goals.read")
  @Operation(
      summary = "A subject's record before a quarter",
      description =
          "Signed revenue and new customers in each of the four quarters before the quarter, their"
              + " means and the revenue targets the company's thresholds call realistic, to set a"
              + " goal that is achievable yet challenging. Parameters quarter, scope and subject"
              + " as for goals.")
  public History history(
      @QueryParam("quarter") String quarter,
      @QueryParam("scope") String scope,
      @QueryParam("subject") String subject) {
    if (Inputs.blankToNull(quarter) == null) {
      throw Problems.badRequest("quarter", "required: a quarter such as 2026-Q4");
    }
    return goals.history(Quarter.parse(quarter, "quarter"), scope, subject);
  }

  @GET
  @Path("{goalId}")
  @RequiresPermission("goals.read")
  @Operation(summary = "One goal with its progress now, with its version as the ETag")
  public Response goal(@PathParam("goalId") String goalId) {
    GoalView view = goals.find(id(goalId)).orElseThrow(() -> Goals.unknown(goalId));
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  @PUT
  @Path("{goalId}")
  @RequiresPermission("goals.manage")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a goal's targets or note",
      description =
          "Quarter, scope and subject stay. With the version it was read at (body or If-Match); a"
              + " stale one gets 409. The targets are judged against history again.")
  public Response update(
      @PathParam("goalId") String goalId,
      @HeaderParam("If-Match") String ifMatch,
      GoalRequest request) {
    UUID id = id(goalId);
    GoalRequest body = Inputs.required(request);
    GoalView view = goals.update(id, body, Versions.basedOn(body.version, ifMatch), actor());
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  @DELETE
  @Path("{goalId}")
  @RequiresPermission("goals.manage")
  @Operation(
      summary = "Remove a goal set by mistake",
      description = "With the version it was read at (If-Match); a stale one gets 409.")
  public Response delete(
      @PathParam("goalId") String goalId, @HeaderParam("If-Match") String ifMatch) {
    goals.delete(id(goalId), Versions.basedOn(null, ifMatch), actor());
    return Response.noContent().build();
  }

  private AuditTrail.Actor actor() {
    Caller caller = currentCaller.require();
    return new AuditTrail.Actor(caller.subject(), caller.username());
  }

  private static UUID id(String goalId) {
    return Inputs.id(goalId, () -> Goals.unknown(goalId));
  }
}
