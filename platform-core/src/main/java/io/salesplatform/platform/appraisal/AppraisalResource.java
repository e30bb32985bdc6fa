package io.salesplatform.platform.appraisal;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.Quarter;
import io.salesplatform.platform.api.Versions;
import io.salesplatform.platform.appraisal.AppraisalViews.CommentView;
import io.salesplatform.platform.appraisal.AppraisalViews.RatingView;
import io.salesplatform.platform.appraisal.AppraisalViews.ResultView;
import io.salesplatform.platform.appraisal.AppraisalViews.Rewards;
import io.salesplatform.platform.appraisal.AppraisalViews.RunView;
import io.salesplatform.platform.appraisal.AppraisalViews.WhatIf;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.idempotency.IdempotentCreations;
import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.role.CallerPermissions;
import io.salesplatform.platform.security.Caller;
import io.salesplatform.platform.security.CurrentCaller;
import io.salesplatform.platform.security.RequiresPermission;
import io.salesplatform.tenant.config.Permission;
import io.salesplatform.tenant.config.settings.AppraisalWeights;
import io.salesplatform.tenant.config.settings.InvalidSettingsException;
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
 * The quarterly appraisal (policy chapter 6, 8.3): runs frozen with the settings they used,
 * published to the sales team, explained criterion by criterion down to the records, previewed
 * under other weights, commented on and disputed; collaboration ratings given in the product.
 */
@Path("/t/{tenant}/appraisals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AppraisalResource {

  @Inject Appraisals appraisals;
  @Inject Explanations explanations;
  @Inject AppraisalFeedback feedback;
  @Inject IdempotentCreations idempotency;
  @Inject CurrentCaller currentCaller;
  @Inject CallerPermissions permissions;

  @Context UriInfo uri;

  /** A run as a manager asks for it. */
  public static class RunRequest {
    /** The quarter to appraise, such as {@code 2026-Q3}. */
    public String quarter;
  }

  /** Weights to preview. */
  public static class WhatIfRequest {
    /** The quarter whose data to score, such as {@code 2026-Q3}. */
    public String quarter;

    /** The proposed weights: each criterion 0 to 100, summing to 100. */
    public Weights weights;
  }

  /** The five weights, as in the settings' appraisal weights. */
  public static class Weights {
    public Integer salesRevenue;
    public Integer customerSatisfaction;
    public Integer newCustomers;
    public Integer contractFulfilment;
    public Integer teamCollaboration;
  }

  @GET
  @Path("runs")
  @RequiresPermission("appraisals.read")
  @Operation(
      summary = "Appraisal runs, newest first",
      description =
          "Filter by quarter. Those allowed appraisals.manage see every run; everyone else the"
              + " published ones.")
  public List<RunView> runs(@QueryParam("quarter") String quarter) {
    return appraisals.runs(
        Inputs.blankToNull(quarter) == null ? null : Quarter.parse(quarter, "quarter"), manager());
  }

  @POST
  @Path("runs")
  @RequiresPermission("appraisals.manage")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Appraise a quarter now",
      description =
          "Computes every rep's five criteria from the data, scores and weighs them by the current"
              + " settings and freezes the run with the settings revision. The schedule appraises"
              + " each quarter once when it closes; runs on demand may be repeated until one is"
              + " published. A quarter that has not begun gets 422. Send an Idempotency-Key to"
              + " make retries safe.")
  public Response run(@HeaderParam(IdempotentCreations.HEADER) String key, RunRequest request) {
    RunRequest body = Inputs.required(request);
    if (Inputs.blankToNull(body.quarter) == null) {
      throw Problems.badRequest("quarter", "required: a quarter such as 2026-Q3");
    }
    Quarter quarter = Quarter.parse(body.quarter, "quarter");
    AuditTrail.Actor actor = actor();
    return idempotency.create(
        key,
        "POST appraisals/runs",
        body,
        () -> {
          RunView run = appraisals.run(quarter, "on-demand", actor);
          return new IdempotentCreations.Created(
              uri.getAbsolutePathBuilder().path(run.id().toString()).build(), run, null);
        });
  }

  @GET
  @Path("runs/{runId}")
  @RequiresPermission("appraisals.read")
  @Operation(summary = "One run with every rep's score, rank, band and outcome, best first")
  public RunView run(@PathParam("runId") String runId) {
    return appraisals.find(runId(runId), manager());
  }

  @POST
  @Path("runs/{runId}/publish")
  @RequiresPermission("appraisals.manage")
  @Operation(
      summary = "Publish a run to the sales team",
      description =
          "One run per quarter is published, and that is final (409 for a second); its ratings"
              + " can no longer change, and reps may comment on or dispute their result.")
  public RunView publish(@PathParam("runId") String runId) {
    return appraisals.publish(runId(runId), actor());
  }

  @GET
  @Path("runs/{runId}/results/{repId}")
  @RequiresPermission("appraisals.read")
  @Operation(
      summary = "A rep's result, explained",
      description =
          "For each criterion the raw figure, the score, the weight it counted with, its"
              + " contribution, a sentence on how it came about, and the records it came from"
              + " (contracts, customers, surveys, milestones, ratings); with the rep's comments"
              + " and disputes. Peers' ratings show the rater only to managers.")
  public ResultView result(@PathParam("runId") String runId, @PathParam("repId") String repId) {
    boolean manager = manager();
    return explanations.explain(runId(runId), repId, manager, manager);
  }

  @POST
  @Path("runs/{runId}/results/{repId}/comments")
  @RequiresPermission("appraisals.read")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Comment on or dispute one's own published result",
      description = "Only the appraised rep; kind comment (default) or dispute, and text.")
  public Response comment(
      @PathParam("runId") String runId,
      @PathParam("repId") String repId,
      AppraisalFeedback.CommentRequest request) {
    CommentView view = feedback.comment(runId(runId), repId, Inputs.required(request), actor());
    return Response.status(Response.Status.CREATED).entity(view).build();
  }

  @POST
  @Path("runs/{runId}/results/{repId}/comments/{commentId}/answer")
  @RequiresPermission("appraisals.manage")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Answer a rep's comment or dispute",
      description =
          "A dispute is upheld or dismissed, a comment noted; answered once (409 after), with the"
              + " version (body or If-Match).")
  public CommentView answer(
      @PathParam("runId") String runId,
      @PathParam("repId") String repId,
      @PathParam("commentId") String commentId,
      @HeaderParam("If-Match") String ifMatch,
      AppraisalFeedback.AnswerRequest request) {
    AppraisalFeedback.AnswerRequest body = Inputs.required(request);
    UUID comment =
        Inputs.id(commentId, () -> Problems.notFound("There is no comment " + commentId + "."));
    return feedback.answer(
        runId(runId), repId, comment, body, Versions.basedOn(body.version, ifMatch), actor());
  }

  @POST
  @Path("what-if")
  @RequiresPermission("appraisals.manage")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Preview every rep's score and rank under proposed weights",
      description =
          "Scores the quarter's data under the current weights and under the proposed ones, and"
              + " shows how each rep's rank would move. Nothing is saved; change the settings to"
              + " adopt the weights.")
  public WhatIf whatIf(WhatIfRequest request) {
    WhatIfRequest body = Inputs.required(request);
    if (Inputs.blankToNull(body.quarter) == null) {
      throw Problems.badRequest("quarter", "required: a quarter such as 2026-Q3");
    }
    Quarter quarter = Quarter.parse(body.quarter, "quarter");
    if (body.weights == null) {
      throw Problems.badRequest("weights", "required: the five weights, summing to 100");
    }
    AppraisalWeights weights;
    try {
      weights =
          new AppraisalWeights(
              weight(body.weights.salesRevenue),
              weight(body.weights.customerSatisfaction),
              weight(body.weights.newCustomers),
              weight(body.weights.contractFulfilment),
              weight(body.weights.teamCollaboration));
    } catch (InvalidSettingsException e) {
      throw Problems.badRequest(
          "The weights are invalid.",
          e.violations().stream()
              .map(
                  v ->
                      new Problem.FieldError(
                          v.path().isEmpty() ? "weights" : "weights." + v.path(), v.message()))
              .toList());
    }
    return appraisals.whatIf(quarter, weights);
  }

  @GET
  @Path("rewards")
  @RequiresPermission("appraisals.read")
  @Operation(
      summary = "Rewards and penalties of a quarter",
      description =
          "Each rep's band and outcome (bonus, recognition, improvement plan) from the quarter's"
              + " published appraisal; 404 until one is published.")
  public Rewards rewards(@QueryParam("quarter") String quarter) {
    if (Inputs.blankToNull(quarter) == null) {
      throw Problems.badRequest("quarter", "required: a quarter such as 2026-Q3");
    }
    return appraisals.rewards(Quarter.parse(quarter, "quarter"));
  }

  @GET
  @Path("ratings")
  @RequiresPermission("appraisals.rate")
  @Operation(
      summary = "Collaboration ratings of a quarter",
      description =
          "Those allowed appraisals.manage see all (filter rated); everyone else the ratings they"
              + " gave.")
  public List<RatingView> ratings(
      @QueryParam("quarter") String quarter, @QueryParam("rated") String rated) {
    if (Inputs.blankToNull(quarter) == null) {
      throw Problems.badRequest("quarter", "required: a quarter such as 2026-Q3");
    }
    return feedback.ratings(
        Quarter.parse(quarter, "quarter"),
        Inputs.blankToNull(rated),
        currentCaller.require().subject(),
        manager());
  }

  @PUT
  @Path("ratings/{quarter}/{repId}")
  @RequiresPermission("appraisals.rate")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Rate a colleague's team collaboration in a quarter",
      description =
          "One rating per rater, colleague and quarter (a repeat changes it), 1 to the company's"
              + " scale maximum, never oneself; a manager's counts as a manager's. Final once the"
              + " quarter's appraisal is published (409).")
  public RatingView rate(
      @PathParam("quarter") String quarter,
      @PathParam("repId") String repId,
      AppraisalFeedback.RatingRequest request) {
    return feedback.rate(
        Quarter.parse(quarter, "quarter"), repId, Inputs.required(request), actor(), manager());
  }

  private static int weight(Integer value) {
    return value == null ? -1 : value;
  }

  private boolean manager() {
    return permissions.grants(Permission.APPRAISALS_MANAGE);
  }

  private AuditTrail.Actor actor() {
    Caller caller = currentCaller.require();
    return new AuditTrail.Actor(caller.subject(), caller.username());
  }

  private static UUID runId(String runId) {
    return Inputs.id(runId, () -> Appraisals.unknownRun(runId));
  }
}
