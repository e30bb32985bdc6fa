package io.salesplatform.platform.risk;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.Page;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.api.Versions;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.idempotency.IdempotentCreations;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.risk.RiskViews.HeatMap;
import io.salesplatform.platform.risk.RiskViews.RiskView;
import io.salesplatform.platform.security.Caller;
import io.salesplatform.platform.security.CurrentCaller;
import io.salesplatform.platform.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/** The company's risk register (policy 7): read by management and control, kept by managers. */
@Path("/t/{tenant}/risks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RiskResource {

  @Inject Risks risks;
  @Inject IdempotentCreations idempotency;
  @Inject CurrentCaller currentCaller;

  @Context UriInfo uri;

  @GET
  @RequiresPermission("risks.read")
  @Operation(
      summary = "The risk register, paged",
      description =
          "Filter by category, owner (user id), status, level (low, medium, high, critical) and"
              + " reviewOverdue (true or false); sort by score, reviewOn, title, createdAt or"
              + " updatedAt, '-' for descending (default -score).")
  public Page<RiskView> list(
      @QueryParam("category") String category,
      @QueryParam("owner") String owner,
      @QueryParam("status") String status,
      @QueryParam("level") String level,
      @QueryParam("reviewOverdue") String reviewOverdue,
      @QueryParam("sort") String sort,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = PageRequest.of(offset, limit);
    Sort order = Sort.of(sort, "-score", Risks.SORTABLE);
    Risks.Filter filter = filter(category, owner, status, level, reviewOverdue);
    return Page.of(risks.page(filter, order, page), page, risks.count(filter));
  }

  @POST
  @RequiresPermission("risks.manage")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Register a risk",
      description =
          "Score and level follow from likelihood and impact. Send an Idempotency-Key to make"
              + " retries safe.")
  public Response create(@HeaderParam(IdempotentCreations.HEADER) String key, RiskRequest request) {
    RiskRequest body = Inputs.required(request);
    AuditTrail.Actor actor = actor();
    return idempotency.create(
        key,
        "POST risks",
        body,
        () -> {
          RiskView created = risks.create(body, actor);
          return new IdempotentCreations.Created(
              uri.getAbsolutePathBuilder().path(created.id().toString()).build(),
              created,
              created.version());
        });
  }

  @GET
  @Path("overdue-reviews")
  @RequiresPermission("risks.read")
  @Operation(
      summary = "Risks not closed whose review day has passed, longest overdue first",
      description = "Filter by category and owner (user id).")
  public Page<RiskView> overdueReviews(
      @QueryParam("category") String category,
      @QueryParam("owner") String owner,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = PageRequest.of(offset, limit);
    Risks.Filter filter = filter(category, owner, null, null, "true");
    Sort order = Sort.of("reviewOn,-score", "reviewOn", Risks.SORTABLE);
    return Page.of(risks.page(filter, order, page), page, risks.count(filter));
  }

  @GET
  @Path("heat-map")
  @RequiresPermission("risks.read")
  @Operation(
      summary = "How many risks lie in each cell of the likelihood by impact grid",
      description =
          "All 25 cells with their score, level and count, and the count per level. Risks not"
              + " closed unless a status is asked for; filter by category, owner and status.")
  public HeatMap heatMap(
      @QueryParam("category") String category,
      @QueryParam("owner") String owner,
      @QueryParam("status") String status) {
    return risks.heatMap(filter(category, owner, status, null, null));
  }

  @GET
  @Path("{riskId}")
  @RequiresPermission("risks.read")
  @Operation(summary = "One risk, with its version as the ETag")
  public Response risk(@PathParam("riskId") String riskId) {
    RiskView view = risks.find(id(riskId)).orElseThrow(() -> Risks.unknown(riskId));
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  @PUT
  @Path("{riskId}")
  @RequiresPermission("risks.manage")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a risk: its rating, mitigation, review day, status, ...",
      description = "The whole risk, with the version it was read at (body or If-Match).")
  public Response update(
      @PathParam("riskId") String riskId,
      @HeaderParam("If-Match") String ifMatch,
      RiskRequest request) {
    UUID id = id(riskId);
    RiskRequest body = Inputs.required(request);
    RiskView view = risks.update(id, body, Versions.basedOn(body.version, ifMatch), actor());
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  private static Risks.Filter filter(
      String category, String owner, String status, String level, String reviewOverdue) {
    RiskCategory riskCategory = null;
    if (Inputs.blankToNull(category) != null) {
      riskCategory =
          RiskCategory.byId(category.strip())
              .orElseThrow(
                  () ->
                      Problems.badRequest(
                          "category", "one of " + String.join(", ", RiskCategory.ids())));
    }
    RiskStatus riskStatus = null;
    if (Inputs.blankToNull(status) != null) {
      riskStatus =
          RiskStatus.byId(status.strip())
              .orElseThrow(
                  () ->
                      Problems.badRequest(
                          "status", "one of " + String.join(", ", RiskStatus.ids())));
    }
    RiskRating.Level riskLevel = null;
    if (Inputs.blankToNull(level) != null) {
      riskLevel =
          RiskRating.Level.byId(level.strip())
              .orElseThrow(
                  () ->
                      Problems.badRequest(
                          "level", "one of " + String.join(", ", RiskRating.Level.ids())));
    }
    Boolean overdue = null;
    if (Inputs.blankToNull(reviewOverdue) != null) {
      overdue =
          switch (reviewOverdue.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw Problems.badRequest("reviewOverdue", "true or false");
          };
    }
    return new Risks.Filter(
        riskCategory, Inputs.blankToNull(owner), riskStatus, riskLevel, overdue);
  }

  private AuditTrail.Actor actor() {
    Caller caller = currentCaller.require();
    return new AuditTrail.Actor(caller.subject(), caller.username());
  }

  private static UUID id(String riskId) {
    return Inputs.id(riskId, () -> Risks.unknown(riskId));
  }
}
