package io.salesplatform.platform.pipeline;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.Page;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.api.Versions;
import io.salesplatform.platform.idempotency.IdempotentCreations;
import io.salesplatform.platform.pipeline.OpportunityViews.Board;
import io.salesplatform.platform.pipeline.OpportunityViews.OpportunityView;
import io.salesplatform.platform.pipeline.OpportunityViews.OverdueStage;
import io.salesplatform.platform.pipeline.OpportunityViews.StageView;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.role.CallerPermissions;
import io.salesplatform.platform.security.CurrentCaller;
import io.salesplatform.platform.security.RequiresPermission;
import io.salesplatform.platform.team.Teams;
import io.salesplatform.tenant.config.Permission;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The opportunity pipeline (policy 4.3, chapter 5). A rep reaches the opportunities they own or
 * whose current stage they are responsible for; {@code opportunities.all} reaches every one.
 */
@Path("/t/{tenant}/opportunities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OpportunityResource {

  @Inject Opportunities opportunities;
  @Inject IdempotentCreations idempotency;
  @Inject CurrentCaller currentCaller;
  @Inject CallerPermissions permissions;
  @Inject Teams teams;

  @Context UriInfo uri;

  @GET
  @RequiresPermission("opportunities.read")
  @Operation(
      summary = "Opportunities in reach, paged",
      description =
          "Filter by rep (owner's user id), stage, status (open, won, lost), customer, and from/to"
              + " (days the opportunity was opened, [from, to)), team (team id: owned by its"
              + " manager or members), origin (direct, ticket, contract: repeat sales from"
              + " after-sales); sort by title, amount, stageDue, createdAt or updatedAt,"
              + " '-' for descending (default -createdAt).")
  public Page<OpportunityView> list(
      @QueryParam("rep") String rep,
      @QueryParam("team") String team,
      @QueryParam("stage") String stage,
      @QueryParam("status") String status,
      @QueryParam("customer") String customer,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("origin") String origin,
      @QueryParam("sort") String sort,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = PageRequest.of(offset, limit);
    Sort order = Sort.of(sort, "-createdAt", Opportunities.SORTABLE);
    String cleanOrigin = Inputs.blankToNull(origin);
    if (cleanOrigin != null && !Opportunity.ORIGINS.contains(cleanOrigin)) {
      throw Problems.badRequest("origin", "direct, ticket or contract");
    }
    Opportunities.Filter filter =
        filter(rep, stage, status, customer, from, to)
            .withTeam(teamPeople(team))
            .withOrigin(cleanOrigin);
    OpportunityScope scope = scope();
    return Page.of(
        opportunities.page(filter, order, page, scope), page, opportunities.count(filter, scope));
  }

  @POST
  @RequiresPermission("opportunities.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Open an opportunity with a customer",
      description =
          "It starts in customer-development, owned by the owner, due after the company's"
              + " deadline for that stage. Send an Idempotency-Key to make retries safe.")
  public Response create(
      @HeaderParam(IdempotentCreations.HEADER) String key, OpportunityRequests.Describe request) {
    OpportunityRequests.Describe body = Inputs.required(request);
    OpportunityScope scope = scope();
    return idempotency.create(
        key,
        "POST opportunities",
        body,
        () -> {
          OpportunityView created = opportunities.create(body, scope);
          return new IdempotentCreations.Created(
              uri.getAbsolutePathBuilder().path(created.id().toString()).build(),
              created,
              created.version());
        });
  }

  @GET
  @Path("overdue")
  @RequiresPermission("opportunities.read")
  @Operation(
      summary = "Open opportunities whose current stage is past due, most overdue first",
      description =
          "In reach; with opportunities.all every one, or one person's stages with rep (user id);"
              + " team (team id) narrows to stages its manager or members are responsible for.")
  public Page<OverdueStage> overdue(
      @QueryParam("rep") String rep,
      @QueryParam("team") String team,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = PageRequest.of(offset, limit);
    OpportunityScope scope = scope();
    String owner = Inputs.blankToNull(rep);
    if (owner != null && !scope.all() && !owner.equals(scope.callerId())) {
      throw Problems.forbidden(
          "Only someone allowed opportunities.all sees another person's stages.");
    }
    Set<String> people = teamPeople(team);
    return Page.of(
        opportunities.overdue(owner, people, page, scope),
        page,
        opportunities.overdueCount(owner, people, scope));
  }

  @GET
  @Path("board")
  @RequiresPermission("opportunities.read")
  @Operation(
      summary = "The pipeline board: counts and values per stage, won and lost",
      description =
          "Of the opportunities in reach; filter by rep (owner's user id) and the period they were"
              + " opened in (from, to: days, [from, to)), and team (team id: owned by its manager"
              + " or members).")
  public Board board(
      @QueryParam("rep") String rep,
      @QueryParam("team") String team,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return opportunities.board(
        filter(rep, null, null, null, from, to).withTeam(teamPeople(team)), scope());
  }

  @GET
  @Path("{opportunityId}")
  @RequiresPermission("opportunities.read")
  @Operation(summary = "One opportunity, with its version as the ETag")
  public Response opportunity(@PathParam("opportunityId") String opportunityId) {
    OpportunityView view =
        opportunities.find(id(opportunityId), scope()).orElseThrow(() -> unknown(opportunityId));
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  @PUT
  @Path("{opportunityId}")
  @RequiresPermission("opportunities.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change an opportunity's title, value or owner",
      description = "With the version it was read at (body or If-Match); a stale one gets 409.")
  public Response update(
      @PathParam("opportunityId") String opportunityId,
      @HeaderParam("If-Match") String ifMatch,
      OpportunityRequests.Describe request) {
    UUID id = id(opportunityId);
    OpportunityRequests.Describe body = Inputs.required(request);
    OpportunityView view =
        opportunities.update(id, body, Versions.basedOn(body.version, ifMatch), scope());
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  @POST
  @Path("{opportunityId}/stage")
  @RequiresPermission("opportunities.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Move an opportunity to another stage",
      description =
          "Only to the next stage, unless the caller holds opportunities.override-stage (skip"
              + " ahead or go back); a refused move is 422 stage-move-refused. The new stage is"
              + " owned by ownerId (default: the opportunity's owner) and due after the company's"
              + " deadline for it. With the version (body or If-Match); a stale one gets 409.")
  public Response move(
      @PathParam("opportunityId") String opportunityId,
      @HeaderParam("If-Match") String ifMatch,
      OpportunityRequests.Move request) {
    UUID id = id(opportunityId);
    OpportunityRequests.Move body = Inputs.required(request);
    OpportunityView view =
        opportunities.move(id, body, Versions.basedOn(body.version, ifMatch), scope());
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  @POST
  @Path("{opportunityId}/close")
  @RequiresPermission("opportunities.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Close an opportunity as won or lost, with a reason",
      description =
          "Won only from contract-signing on (422 closing-refused otherwise); a closed one moves"
              + " no more. With the version (body or If-Match).")
  public Response close(
      @PathParam("opportunityId") String opportunityId,
      @HeaderParam("If-Match") String ifMatch,
      OpportunityRequests.Close request) {
    UUID id = id(opportunityId);
    OpportunityRequests.Close body = Inputs.required(request);
    OpportunityView view =
        opportunities.close(id, body, Versions.basedOn(body.version, ifMatch), scope());
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  @GET
  @Path("{opportunityId}/stages")
  @RequiresPermission("opportunities.read")
  @Operation(summary = "Every stage the opportunity went through, first to current")
  public List<StageView> stages(@PathParam("opportunityId") String opportunityId) {
    return opportunities.stages(id(opportunityId), scope());
  }

  private OpportunityScope scope() {
    return new OpportunityScope(
        currentCaller.require(),
        permissions.grants(Permission.OPPORTUNITIES_ALL),
        permissions.grants(Permission.OPPORTUNITIES_OVERRIDE_STAGE),
        permissions.grants(Permission.CUSTOMERS_ALL));
  }

  private static Opportunities.Filter filter(
      String rep, String stage, String status, String customer, String from, String to) {
    String stageId = Inputs.blankToNull(stage);
    PipelineStage pipelineStage = null;
    if (stageId != null) {
      pipelineStage =
          PipelineStage.byId(stageId)
              .orElseThrow(
                  () ->
                      Problems.badRequest(
                          "stage", "one of " + String.join(", ", PipelineStage.ids())));
    }
    String statusId = Inputs.blankToNull(status);
    Opportunity.Status opportunityStatus = null;
    if (statusId != null) {
      opportunityStatus =
          switch (statusId) {
            case "open" -> Opportunity.Status.OPEN;
            case "won" -> Opportunity.Status.WON;
            case "lost" -> Opportunity.Status.LOST;
            default -> throw Problems.badRequest("status", "open, won or lost");
          };
    }
    UUID customerId = null;
    if (Inputs.blankToNull(customer) != null) {
      try {
        customerId = UUID.fromString(customer.strip());
      } catch (IllegalArgumentException e) {
        throw Problems.badRequest("customer", "a customer id");
      }
    }
    return new Opportunities.Filter(
        Inputs.blankToNull(rep),
        pipelineStage,
        opportunityStatus,
        customerId,
        day("from", from),
        day("to", to));
  }

  private Set<String> teamPeople(String team) {
    return Inputs.blankToNull(team) == null ? null : teams.peopleOf(team);
  }

  private static LocalDate day(String name, String value) {
    if (Inputs.blankToNull(value) == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw Problems.badRequest(name, "a day such as 2026-01-31");
    }
  }

  private static UUID id(String opportunityId) {
    return Inputs.id(opportunityId, () -> unknown(opportunityId));
  }

  private static ProblemException unknown(String opportunityId) {
    return Problems.notFound("There is no opportunity " + opportunityId + " in your reach.");
  }

  /**
   * Opens a repeat-sale opportunity from another resource (a ticket, a contract) at most once per
   * {@code Idempotency-Key}: 201 with the opportunity's address under this company's opportunities,
   * its version as the ETag and the opportunity as the body.
   */
  public static Response repeatSale(
      IdempotentCreations idempotency,
      UriInfo uri,
      String key,
      String operation,
      OpportunityRequests.RepeatSale body,
      Supplier<OpportunityView> open) {
    return idempotency.create(
        key,
        operation,
        body,
        () -> {
          OpportunityView created = open.get();
          return new IdempotentCreations.Created(
              uri.getBaseUriBuilder()
                  .path("t")
                  .path(uri.getPathParameters().getFirst("tenant"))
                  .path("opportunities")
                  .path(created.id().toString())
                  .build(),
              created,
              created.version());
        });
  }
}
