package io.salesplatform.platform.feedback;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.Page;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.api.Versions;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.idempotency.IdempotentCreations;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.role.CallerPermissions;
import io.salesplatform.platform.security.Caller;
import io.salesplatform.platform.security.CurrentCaller;
import io.salesplatform.platform.security.RequiresPermission;
import io.salesplatform.platform.tenant.TenantMembers;
import io.salesplatform.tenant.config.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
 * The feedback channel from sales staff to management (policy 8.2). People see the feedback they
 * raised; those who answer see all of it.
 */
@Path("/t/{tenant}/feedback")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

  @Inject FeedbackChannel channel;
  @Inject IdempotentCreations idempotency;
  @Inject CurrentCaller currentCaller;
  @Inject CallerPermissions permissions;
  @Inject TenantMembers members;

  @Context UriInfo uri;

  @GET
  @RequiresPermission("feedback.raise")
  @Operation(
      summary = "Feedback in reach, paged",
      description =
          "One's own, or everyone's with feedback.answer (mine=true narrows to one's own); filter"
              + " by category (problem, suggestion) and status; sort by createdAt (default"
              + " -createdAt) or updatedAt.")
  public Page<FeedbackView> list(
      @QueryParam("category") String category,
      @QueryParam("status") String status,
      @QueryParam("mine") String mine,
      @QueryParam("sort") String sort,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = PageRequest.of(offset, limit);
    Sort order = Sort.of(sort, "-createdAt", FeedbackChannel.SORTABLE);
    String cleanCategory = Inputs.blankToNull(category);
    if (cleanCategory != null && !Feedback.CATEGORIES.contains(cleanCategory)) {
      throw Problems.badRequest("category", "problem or suggestion");
    }
    String cleanStatus = Inputs.blankToNull(status);
    if (cleanStatus != null
        && !cleanStatus.equals("open")
        && !Feedback.ANSWER_STATUSES.contains(cleanStatus)) {
      throw Problems.badRequest("status", "open, answered, accepted, declined or done");
    }
    boolean onlyMine = false;
    if (Inputs.blankToNull(mine) != null) {
      onlyMine =
          switch (mine.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Problems.badRequest("mine", "true or false");
          };
    }
    FeedbackChannel.Filter filter =
        new FeedbackChannel.Filter(cleanCategory, cleanStatus, onlyMine);
    FeedbackChannel.Reach reach = reach();
    return Page.of(channel.page(filter, order, page, reach), page, channel.count(filter, reach));
  }

  @POST
  @RequiresPermission("feedback.raise")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Raise a problem or a suggestion",
      description =
          "With anonymous true, nobody reading it sees who raised it but the raiser; the audit"
              + " trail still names them. Send an Idempotency-Key to make retries safe.")
  public Response raise(
      @HeaderParam(IdempotentCreations.HEADER) String key, FeedbackRequests.Raise request) {
    FeedbackRequests.Raise body = Inputs.required(request);
    Caller caller = currentCaller.require();
    FeedbackChannel.Reach reach = reach();
    AuditTrail.Actor actor = new AuditTrail.Actor(caller.subject(), caller.username());
    return idempotency.create(
        key,
        "POST feedback",
        body,
        () -> {
          members.admit(caller.subject(), caller.username(), caller.email(), caller.name());
          FeedbackView created = channel.raise(body, reach, actor);
          return new IdempotentCreations.Created(
              uri.getAbsolutePathBuilder().path(created.id().toString()).build(),
              created,
              created.version());
        });
  }

  @GET
  @Path("{feedbackId}")
  @RequiresPermission("feedback.raise")
  @Operation(summary = "One piece of feedback with its answers, with its version as the ETag")
  public Response feedback(@PathParam("feedbackId") String feedbackId) {
    FeedbackView view =
        channel
            .find(id(feedbackId), reach())
            .orElseThrow(() -> FeedbackChannel.unknown(feedbackId));
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  @POST
  @Path("{feedbackId}/answers")
  @RequiresPermission("feedback.answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Answer feedback",
      description =
          "An answer and the status it sets (answered, accepted, declined, done), with the"
              + " version; every answer is kept.")
  public Response answer(
      @PathParam("feedbackId") String feedbackId,
      @HeaderParam("If-Match") String ifMatch,
      FeedbackRequests.Answer request) {
    UUID id = id(feedbackId);
    FeedbackRequests.Answer body = Inputs.required(request);
    long basedOn = Versions.basedOn(body.version, ifMatch);
    Caller caller = currentCaller.require();
    members.admit(caller.subject(), caller.username(), caller.email(), caller.name());
    FeedbackView view =
        channel.answer(
            id, body, basedOn, reach(), new AuditTrail.Actor(caller.subject(), caller.username()));
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  private FeedbackChannel.Reach reach() {
    return new FeedbackChannel.Reach(
        currentCaller.require().subject(), permissions.grants(Permission.FEEDBACK_ANSWER));
  }

  private static UUID id(String feedbackId) {
    return Inputs.id(feedbackId, () -> FeedbackChannel.unknown(feedbackId));
  }
}
