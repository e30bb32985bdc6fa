package io.salesplatform.platform.survey;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.Page;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.api.Versions;
import io.salesplatform.platform.customer.CustomerScope;
import io.salesplatform.platform.idempotency.IdempotentCreations;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.role.CallerPermissions;
import io.salesplatform.platform.security.CurrentCaller;
import io.salesplatform.platform.security.RequiresPermission;
import io.salesplatform.plugin.api.SurveyAggregationRequest;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Satisfaction surveys of the company's customers (policy 4.5, 5.6): issued by hand here, or by the
 * platform when a ticket is closed or a contract completed; read and summed up per customer, rep
 * and period. A caller reaches the surveys of the customers in their reach.
 */
@Path("/t/{tenant}/surveys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SurveyResource {

  @Inject SurveyIssuer issuer;
  @Inject Surveys surveys;
  @Inject IdempotentCreations idempotency;
  @Inject CurrentCaller currentCaller;
  @Inject CallerPermissions permissions;

  @Context UriInfo uri;

  /** A survey to issue by hand. */
  public static class Issue {
    /** The customer to ask (its id), in the caller's reach. */
    public String customerId;

    /** Who to ask; the customer's first contact with an e-mail address when absent. */
    public ContactInput contact;
  }

  /** Who a survey goes to. */
  public static class ContactInput {
    /** Their name. */
    public String name;

    /** Their e-mail address, where the link is sent. */
    public String email;
  }

  @POST
  @RequiresPermission("surveys.send")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Issue a satisfaction survey to a customer's contact",
      description =
          "The company's survey plugin designs the questions (422 no-survey-plugin without one);"
              + " the answer holds the signed single-use link to send, which is also in the"
              + " survey.issued event and shown nowhere else. Send an Idempotency-Key to make"
              + " retries safe.")
  public Response issue(@HeaderParam(IdempotentCreations.HEADER) String key, Issue request) {
    Issue body = Inputs.required(request);
    CustomerScope scope = scope();
    return idempotency.create(
        key,
        "POST surveys",
        body,
        () -> {
          UUID customerId = Inputs.optionalId("customerId", body.customerId);
          if (customerId == null) {
            throw Problems.badRequest("customerId", "required");
          }
          if (!surveys.customerInReach(customerId, scope)) {
            throw Problems.badRequest("customerId", "no customer in your reach has this id");
          }
          SurveyContact contact =
              body.contact == null
                  ? null
                  : new SurveyContact(body.contact.name, body.contact.email);
          SurveyViews.IssuedSurvey issued =
              issuer.issue(customerId, contact, SurveyTrigger.MANUAL, null, scope.actor());
          return new IdempotentCreations.Created(
              uri.getAbsolutePathBuilder().path(issued.survey().id().toString()).build(),
              issued,
              issued.survey().version());
        });
  }

  @GET
  @RequiresPermission("surveys.read")
  @Operation(
      summary = "Issued surveys in reach, paged",
      description =
          "Filter by customer, rep (the customer's rep when issued), trigger (manual,"
              + " contract-completion, ticket-closure), status (pending, answered, expired) and"
              + " from/to (days issued, [from, to)); sort by issuedAt (default -issuedAt),"
              + " answeredAt, expiresAt or score.")
  public Page<SurveyViews.SurveyView> list(
      @QueryParam("customer") String customer,
      @QueryParam("rep") String rep,
      @QueryParam("trigger") String trigger,
      @QueryParam("status") String status,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("sort") String sort,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = PageRequest.of(offset, limit);
    Sort order = Sort.of(sort, "-issuedAt", Surveys.SORTABLE);
    SurveyTrigger byTrigger = null;
    if (Inputs.blankToNull(trigger) != null) {
      byTrigger =
          SurveyTrigger.byId(trigger.strip())
              .orElseThrow(
                  () ->
                      Problems.badRequest(
                          "trigger", "one of " + String.join(", ", SurveyTrigger.ids())));
    }
    SurveyStatus byStatus = null;
    if (Inputs.blankToNull(status) != null) {
      byStatus =
          Arrays.stream(SurveyStatus.values())
              .filter(s -> s.id().equals(status.strip()))
              .findFirst()
              .orElseThrow(
                  () -> Problems.badRequest("status", "one of pending, answered, expired"));
    }
    Surveys.Filter filter =
        new Surveys.Filter(
            Inputs.optionalId("customer", customer),
            Inputs.blankToNull(rep),
            byTrigger,
            byStatus,
            Inputs.optionalDay("from", from),
            Inputs.optionalDay("to", to));
    CustomerScope scope = scope();
    return Page.of(surveys.page(filter, order, page, scope), page, surveys.count(filter, scope));
  }

  @GET
  @Path("scores")
  @RequiresPermission("surveys.read")
  @Operation(
      summary = "Satisfaction summed up by the company's survey plugin",
      description =
          "Of the answered surveys in reach that the company's current survey plugin designed;"
              + " groupBy is any of customer, rep, period (comma-separated; none for one group),"
              + " period is month, quarter (default) or year, from/to are days answered ([from,"
              + " to)). Each group has the mean 0 to 100 score and the plugin's metric (NPS from"
              + " -100 to 100, CSAT 0 to 100).")
  public SurveyViews.Scores scores(
      @QueryParam("groupBy") String groupBy,
      @QueryParam("period") String period,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    Set<SurveyAggregationRequest.Dimension> dimensions =
        EnumSet.noneOf(SurveyAggregationRequest.Dimension.class);
    if (Inputs.blankToNull(groupBy) != null) {
      for (String part : groupBy.split(",")) {
        String name = part.strip();
        SurveyAggregationRequest.Dimension dimension =
            Arrays.stream(SurveyAggregationRequest.Dimension.values())
                .filter(d -> d.name().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> Problems.badRequest("groupBy", "any of customer, rep, period"));
        dimensions.add(dimension);
      }
    }
    SurveyAggregationRequest.Period length = SurveyAggregationRequest.Period.QUARTER;
    if (Inputs.blankToNull(period) != null) {
      length =
          Arrays.stream(SurveyAggregationRequest.Period.values())
              .filter(p -> p.name().equalsIgnoreCase(period.strip()))
              .findFirst()
              .orElseThrow(() -> Problems.badRequest("period", "month, quarter or year"));
    }
    return surveys.scores(
        dimensions,
        length,
        Inputs.optionalDay("from", from),
        Inputs.optionalDay("to", to),
        scope());
  }

  @GET
  @Path("{surveyId}")
  @RequiresPermission("surveys.read")
  @Operation(summary = "One survey with its questions, status, answers and score")
  public Response survey(@PathParam("surveyId") String surveyId) {
    SurveyViews.SurveyView view =
        surveys
            .find(Inputs.id(surveyId, () -> unknown(surveyId)), scope())
            .orElseThrow(() -> unknown(surveyId));
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  private CustomerScope scope() {
    return new CustomerScope(currentCaller.require(), permissions.grants(Permission.CUSTOMERS_ALL));
  }

  private static ProblemException unknown(String surveyId) {
    return Problems.notFound("There is no survey " + surveyId + " in your reach.");
  }
}
