package io.salesplatform.platform.market;

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
import io.salesplatform.platform.tenant.TenantMembers;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The company's market analyses (policy 7.3) and when the next one is due. */
@Path("/t/{tenant}/market-analyses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MarketAnalysisResource {

  @Inject MarketAnalyses analyses;
  @Inject IdempotentCreations idempotency;
  @Inject CurrentCaller currentCaller;
  @Inject TenantMembers members;

  @Context UriInfo uri;

  @GET
  @RequiresPermission("market-analyses.read")
  @Operation(
      summary = "The market analyses, paged",
      description =
          "Filter by author (user id) and from/to (days: periods ending on or after from,"
              + " starting before to); sort by periodTo (default -periodTo), periodFrom or"
              + " createdAt.")
  public Page<MarketAnalysisView> list(
      @QueryParam("author") String author,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("sort") String sort,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = PageRequest.of(offset, limit);
    Sort order = Sort.of(sort, "-periodTo", MarketAnalyses.SORTABLE);
    MarketAnalyses.Filter filter =
        new MarketAnalyses.Filter(Inputs.blankToNull(author), day("from", from), day("to", to));
    return Page.of(analyses.page(filter, order, page), page, analyses.count(filter));
  }

  @POST
  @RequiresPermission("market-analyses.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record a market analysis",
      description =
          "The caller is its author. Its period ends today at the latest. Send an"
              + " Idempotency-Key to make retries safe.")
  public Response create(
      @HeaderParam(IdempotentCreations.HEADER) String key, MarketAnalysisRequest request) {
    MarketAnalysisRequest body = Inputs.required(request);
    Caller caller = currentCaller.require();
    AuditTrail.Actor actor = new AuditTrail.Actor(caller.subject(), caller.username());
    return idempotency.create(
        key,
        "POST market-analyses",
        body,
        () -> {
          members.admit(caller.subject(), caller.username(), caller.email(), caller.name());
          MarketAnalysisView created = analyses.create(body, actor);
          return new IdempotentCreations.Created(
              uri.getAbsolutePathBuilder().path(created.id().toString()).build(),
              created,
              created.version());
        });
  }

  @GET
  @Path("schedule")
  @RequiresPermission("market-analyses.read")
  @Operation(
      summary = "When the next market analysis is due",
      description =
          "The company's interval (marketAnalysis.intervalDays in the settings) after the end of"
              + " the latest analysed period; today when there is none.")
  public MarketAnalysisSchedule schedule() {
    return analyses.schedule();
  }

  @GET
  @Path("{analysisId}")
  @RequiresPermission("market-analyses.read")
  @Operation(summary = "One market analysis, with its version as the ETag")
  public Response analysis(@PathParam("analysisId") String analysisId) {
    MarketAnalysisView view =
        analyses.find(id(analysisId)).orElseThrow(() -> MarketAnalyses.unknown(analysisId));
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  @PUT
  @Path("{analysisId}")
  @RequiresPermission("market-analyses.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a market analysis, such as adding the strategy changes that followed",
      description = "The whole analysis, with the version it was read at (body or If-Match).")
  public Response update(
      @PathParam("analysisId") String analysisId,
      @HeaderParam("If-Match") String ifMatch,
      MarketAnalysisRequest request) {
    UUID id = id(analysisId);
    MarketAnalysisRequest body = Inputs.required(request);
    Caller caller = currentCaller.require();
    MarketAnalysisView view =
        analyses.update(
            id,
            body,
            Versions.basedOn(body.version, ifMatch),
            new AuditTrail.Actor(caller.subject(), caller.username()));
    return Response.ok(view).tag(Versions.tag(view.version())).build();
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

  private static UUID id(String analysisId) {
    return Inputs.id(analysisId, () -> MarketAnalyses.unknown(analysisId));
  }
}
