package io.salesplatform.platform.inspection;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.Page;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.api.Versions;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.idempotency.IdempotentCreations;
import io.salesplatform.platform.inspection.InspectionViews.FindingView;
import io.salesplatform.platform.inspection.InspectionViews.InspectionView;
import io.salesplatform.platform.problem.Problems;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Inspections of the sales team's work (policy 8.1): scheduled by sales management, conducted by
 * their inspector along a checklist, with findings to resolve.
 */
@Path("/t/{tenant}/inspections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InspectionResource {

  @Inject Inspections inspections;
  @Inject IdempotentCreations idempotency;
  @Inject CurrentCaller currentCaller;

  @Context UriInfo uri;

  @GET
  @RequiresPermission("inspections.read")
  @Operation(
      summary = "Inspections, paged",
      description =
          "Filter by status (scheduled, completed), inspector (user id) and overdue (true: past"
              + " their day and not completed); sort by scheduledOn (default), createdAt or"
              + " updatedAt.")
  public Page<InspectionView> list(
      @QueryParam("status") String status,
      @QueryParam("inspector") String inspector,
      @QueryParam("overdue") String overdue,
      @QueryParam("sort") String sort,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = PageRequest.of(offset, limit);
    Sort order = Sort.of(sort, "scheduledOn", Inspections.SORTABLE);
    Inspection.Status wanted = null;
    if (Inputs.blankToNull(status) != null) {
      wanted =
          switch (status.strip()) {
            case "scheduled" -> Inspection.Status.SCHEDULED;
            case "completed" -> Inspection.Status.COMPLETED;
            default -> throw Problems.badRequest("status", "scheduled or completed");
          };
    }
    boolean late = false;
    if (Inputs.blankToNull(overdue) != null) {
      late =
          switch (overdue.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Problems.badRequest("overdue", "true or false");
          };
    }
    Inspections.Filter filter = new Inspections.Filter(wanted, Inputs.blankToNull(inspector), late);
    return Page.of(inspections.page(filter, order, page), page, inspections.count(filter));
  }

  @POST
  @RequiresPermission("inspections.manage")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Schedule an inspection",
      description =
          "Title, scope (company, team, rep or area, with scopeRef), the day, an inspector whose"
              + " roles allow conducting inspections, and the checklist. Send an Idempotency-Key"
              + " to make retries safe.")
  public Response schedule(
      @HeaderParam(IdempotentCreations.HEADER) String key, InspectionRequests.Schedule request) {
    InspectionRequests.Schedule body = Inputs.required(request);
    AuditTrail.Actor actor = actor();
    return idempotency.create(
        key,
        "POST inspections",
        body,
        () -> {
          InspectionView created = inspections.schedule(body, actor);
          return new IdempotentCreations.Created(
              uri.getAbsolutePathBuilder().path(created.id().toString()).build(),
              created,
              created.version());
        });
  }

  @GET
  @Path("overdue-findings")
  @RequiresPermission("inspections.read")
  @Operation(
      summary = "Open findings past their due day, most overdue first",
      description = "Of everyone, or of one responsible person (responsible: user id).")
  public Page<FindingView> overdueFindings(
      @QueryParam("responsible") String responsible,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = PageRequest.of(offset, limit);
    String who = Inputs.blankToNull(responsible);
    return Page.of(
        inspections.overdueFindings(who, page), page, inspections.overdueFindingCount(who));
  }

  @GET
  @Path("{inspectionId}")
  @RequiresPermission("inspections.read")
  @Operation(summary = "One inspection with its checklist, with its version as the ETag")
  public Response inspection(@PathParam("inspectionId") String inspectionId) {
    InspectionView view =
        inspections.find(id(inspectionId)).orElseThrow(() -> Inspections.unknown(inspectionId));
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  @PUT
  @Path("{inspectionId}")
  @RequiresPermission("inspections.manage")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Reschedule or change an inspection not yet completed",
      description =
          "The whole plan, with the version (body or If-Match); checklist items kept by their"
              + " text keep their results. A completed inspection changes no more (422).")
  public Response replan(
      @PathParam("inspectionId") String inspectionId,
      @HeaderParam("If-Match") String ifMatch,
      InspectionRequests.Schedule request) {
    UUID id = id(inspectionId);
    InspectionRequests.Schedule body = Inputs.required(request);
    InspectionView view =
        inspections.replan(id, body, Versions.basedOn(body.version, ifMatch), actor());
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  @PUT
  @Path("{inspectionId}/checklist")
  @RequiresPermission("inspections.conduct")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record the checklist's results",
      description =
          "By the inspection's inspector: one entry per item in its order, each with a result"
              + " (pass, fail, n.a., or absent while unchecked) and notes; with the version.")
  public Response record(
      @PathParam("inspectionId") String inspectionId,
      @HeaderParam("If-Match") String ifMatch,
      InspectionRequests.Results request) {
    UUID id = id(inspectionId);
    InspectionRequests.Results body = Inputs.required(request);
    long basedOn = Versions.basedOn(body.version, ifMatch);
    InspectionView view = inspections.record(id, body, basedOn, actor());
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  @POST
  @Path("{inspectionId}/complete")
  @RequiresPermission("inspections.conduct")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Complete an inspection",
      description =
          "By its inspector, once every checklist item has a result (422 otherwise), with a"
              + " conclusion and the version.")
  public Response complete(
      @PathParam("inspectionId") String inspectionId,
      @HeaderParam("If-Match") String ifMatch,
      InspectionRequests.Completion request) {
    UUID id = id(inspectionId);
    InspectionRequests.Completion body = Inputs.required(request);
    long basedOn = Versions.basedOn(body.version, ifMatch);
    InspectionView view = inspections.complete(id, body, basedOn, actor());
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  @GET
  @Path("{inspectionId}/findings")
  @RequiresPermission("inspections.read")
  @Operation(summary = "The inspection's findings, in the order they were recorded")
  public List<FindingView> findings(@PathParam("inspectionId") String inspectionId) {
    return inspections.findings(id(inspectionId));
  }

  @POST
  @Path("{inspectionId}/findings")
  @RequiresPermission("inspections.conduct")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record a finding",
      description =
          "By the inspection's inspector while it is conducted: severity, description, the"
              + " person responsible and the day it is due. Send an Idempotency-Key to make"
              + " retries safe.")
  public Response addFinding(
      @PathParam("inspectionId") String inspectionId,
      @HeaderParam(IdempotentCreations.HEADER) String key,
      InspectionRequests.Finding request) {
    UUID id = id(inspectionId);
    InspectionRequests.Finding body = Inputs.required(request);
    AuditTrail.Actor actor = actor();
    return idempotency.create(
        key,
        "POST inspections/" + id + "/findings",
        body,
        () -> {
          FindingView created = inspections.addFinding(id, body, actor);
          return new IdempotentCreations.Created(
              uri.getAbsolutePathBuilder().path(created.id().toString()).build(),
              created,
              created.version());
        });
  }

  @GET
  @Path("{inspectionId}/findings/{findingId}")
  @RequiresPermission("inspections.read")
  @Operation(summary = "One finding, with its version as the ETag")
  public Response finding(
      @PathParam("inspectionId") String inspectionId, @PathParam("findingId") String findingId) {
    UUID id = id(inspectionId);
    UUID finding = Inputs.id(findingId, () -> Inspections.unknownFinding(findingId));
    FindingView view =
        inspections.finding(id, finding).orElseThrow(() -> Inspections.unknownFinding(findingId));
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  @PUT
  @Path("{inspectionId}/findings/{findingId}")
  @RequiresPermission("inspections.conduct")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a finding, or mark it resolved with how",
      description =
          "By the inspection's inspector, also after completion (findings are followed up);"
              + " the whole finding with the version.")
  public Response changeFinding(
      @PathParam("inspectionId") String inspectionId,
      @PathParam("findingId") String findingId,
      @HeaderParam("If-Match") String ifMatch,
      InspectionRequests.Finding request) {
    UUID id = id(inspectionId);
    UUID finding = Inputs.id(findingId, () -> Inspections.unknownFinding(findingId));
    InspectionRequests.Finding body = Inputs.required(request);
    long basedOn = Versions.basedOn(body.version, ifMatch);
    FindingView view = inspections.changeFinding(id, finding, body, basedOn, actor());
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  private AuditTrail.Actor actor() {
    Caller caller = currentCaller.require();
    return new AuditTrail.Actor(caller.subject(), caller.username());
  }

  private static UUID id(String inspectionId) {
    return Inputs.id(inspectionId, () -> Inspections.unknown(inspectionId));
  }
}
