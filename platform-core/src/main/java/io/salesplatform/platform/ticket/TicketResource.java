package io.salesplatform.platform.ticket;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.Page;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.api.Versions;
import io.salesplatform.platform.idempotency.IdempotentCreations;
import io.salesplatform.platform.pipeline.OpportunityRequests;
import io.salesplatform.platform.pipeline.OpportunityResource;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.role.CallerPermissions;
import io.salesplatform.platform.security.CurrentCaller;
import io.salesplatform.platform.security.RequiresPermission;
import io.salesplatform.platform.team.Teams;
import io.salesplatform.platform.ticket.TicketViews.TicketView;
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
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * After-sales tickets (policy 4.5, 5.6): a customer's complaints and feedback, answered within the
 * company's response hours. A caller reaches the tickets of the customers in their reach and those
 * assigned to them; {@code customers.all} reaches every one.
 */
@Path("/t/{tenant}/tickets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TicketResource {

  @Inject Tickets tickets;
  @Inject IdempotentCreations idempotency;
  @Inject CurrentCaller currentCaller;
  @Inject CallerPermissions permissions;
  @Inject Teams teams;

  @Context UriInfo uri;

  @GET
  @RequiresPermission("tickets.read")
  @Operation(
      summary = "Tickets in reach, paged",
      description =
          "Filter by customer, assignee (user id), status (open, in-progress, resolved, closed),"
              + " kind (complaint, feedback), severity, category, overdue=true, from/to (days"
              + " opened, [from, to)), team (team id: assigned to its manager or members); sort by"
              + " openedAt (default -openedAt), updatedAt, responseDue or resolutionDue.")
  public Page<TicketView> list(
      @QueryParam("customer") String customer,
      @QueryParam("assignee") String assignee,
      @QueryParam("team") String team,
      @QueryParam("status") String status,
      @QueryParam("kind") String kind,
      @QueryParam("severity") String severity,
      @QueryParam("category") String category,
      @QueryParam("overdue") String overdue,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("sort") String sort,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = PageRequest.of(offset, limit);
    Sort order = Sort.of(sort, "-openedAt", Tickets.SORTABLE);
    TicketStatus ticketStatus = null;
    if (Inputs.blankToNull(status) != null) {
      ticketStatus =
          TicketStatus.byId(status.strip())
              .orElseThrow(
                  () ->
                      Problems.badRequest(
                          "status", "one of " + String.join(", ", TicketStatus.ids())));
    }
    String cleanKind = Inputs.blankToNull(kind);
    if (cleanKind != null && !Ticket.KINDS.contains(cleanKind)) {
      throw Problems.badRequest("kind", "complaint or feedback");
    }
    String cleanSeverity = Inputs.blankToNull(severity);
    if (cleanSeverity != null && !Ticket.SEVERITIES.contains(cleanSeverity)) {
      throw Problems.badRequest("severity", "one of " + String.join(", ", Ticket.SEVERITIES));
    }
    String cleanCategory = Inputs.blankToNull(category);
    if (cleanCategory != null && !Ticket.CATEGORIES.contains(cleanCategory)) {
      throw Problems.badRequest("category", "one of " + String.join(", ", Ticket.CATEGORIES));
    }
    boolean onlyOverdue = false;
    if (Inputs.blankToNull(overdue) != null) {
      onlyOverdue =
          switch (overdue.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Problems.badRequest("overdue", "true or false");
          };
    }
    Tickets.Filter filter =
        new Tickets.Filter(
            Inputs.optionalId("customer", customer),
            Inputs.blankToNull(assignee),
            ticketStatus,
            cleanKind,
            cleanSeverity,
            cleanCategory,
            onlyOverdue,
            Inputs.optionalDay("from", from),
            Inputs.optionalDay("to", to),
            teamPeople(team));
    TicketScope scope = scope();
    return Page.of(tickets.page(filter, order, page, scope), page, tickets.count(filter, scope));
  }

  @POST
  @RequiresPermission("tickets.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Open a complaint or feedback ticket for a customer",
      description =
          "The response deadline is the company's response hours for the severity (settings,"
              + " complaints) after now, the resolution deadline four times as long; the customer's"
              + " rep handles it unless assigneeId names someone else (tickets.assign). Send an"
              + " Idempotency-Key to make retries safe.")
  public Response open(
      @HeaderParam(IdempotentCreations.HEADER) String key, TicketRequests.Open request) {
    TicketRequests.Open body = Inputs.required(request);
    TicketScope scope = scope();
    return idempotency.create(
        key,
        "POST tickets",
        body,
        () -> {
          TicketView created = tickets.open(body, scope);
          return new IdempotentCreations.Created(
              uri.getAbsolutePathBuilder().path(created.id().toString()).build(),
              created,
              created.version());
        });
  }

  @GET
  @Path("overdue")
  @RequiresPermission("tickets.read")
  @Operation(
      summary = "Unresolved tickets past a deadline, earliest response deadline first",
      description =
          "Past the response deadline without a first response, or past the resolution deadline"
              + " unresolved. One's own assigned tickets; with customers.all everyone's, or one"
              + " person's with assignee (user id); team (team id) narrows to its manager and"
              + " members.")
  public Page<TicketView> overdue(
      @QueryParam("assignee") String assignee,
      @QueryParam("team") String team,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = PageRequest.of(offset, limit);
    TicketScope scope = scope();
    String person = Inputs.blankToNull(assignee);
    if (!scope.all()) {
      if (person != null && !person.equals(scope.callerId())) {
        throw Problems.forbidden(
            "Only someone allowed customers.all sees another person's overdue tickets.");
      }
      person = scope.callerId();
    }
    Tickets.Filter filter =
        new Tickets.Filter(
            null, person, null, null, null, null, true, null, null, teamPeople(team));
    Sort order = Sort.of("responseDue", "responseDue", Tickets.SORTABLE);
    return Page.of(tickets.page(filter, order, page, scope), page, tickets.count(filter, scope));
  }

  @GET
  @Path("{ticketId}")
  @RequiresPermission("tickets.read")
  @Operation(summary = "One ticket with its history, with its version as the ETag")
  public Response ticket(@PathParam("ticketId") String ticketId) {
    TicketView view =
        tickets.find(id(ticketId), scope()).orElseThrow(() -> Tickets.unknown(ticketId));
    return ok(view);
  }

  @POST
  @Path("{ticketId}/respond")
  @RequiresPermission("tickets.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Respond to the customer",
      description =
          "{text, version}: the first response meets the response deadline and moves an open"
              + " ticket in progress; a resolved or closed one is 422 ticket-step-refused.")
  public Response respond(
      @PathParam("ticketId") String ticketId,
      @HeaderParam("If-Match") String ifMatch,
      TicketRequests.Step request) {
    UUID id = id(ticketId);
    TicketRequests.Step body = Inputs.required(request);
    return ok(tickets.respond(id, body, Versions.basedOn(body.version, ifMatch), scope()));
  }

  @POST
  @Path("{ticketId}/resolve")
  @RequiresPermission("tickets.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Resolve a ticket",
      description = "{text: the resolution (required), version}; only an open or in-progress one.")
  public Response resolve(
      @PathParam("ticketId") String ticketId,
      @HeaderParam("If-Match") String ifMatch,
      TicketRequests.Step request) {
    UUID id = id(ticketId);
    TicketRequests.Step body = Inputs.required(request);
    return ok(tickets.resolve(id, body, Versions.basedOn(body.version, ifMatch), scope()));
  }

  @POST
  @Path("{ticketId}/close")
  @RequiresPermission("tickets.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Close a resolved ticket and survey the customer's satisfaction",
      description =
          "{version}. A survey (trigger ticket-closure) goes to the ticket's contact, or the"
              + " customer's first contact with an e-mail; its id is surveyId. Without a survey"
              + " plugin or when it fails the ticket still closes and survey.not-issued says why.")
  public Response close(
      @PathParam("ticketId") String ticketId,
      @HeaderParam("If-Match") String ifMatch,
      TicketRequests.Close request) {
    UUID id = id(ticketId);
    TicketRequests.Close body = Inputs.required(request);
    return ok(tickets.close(id, Versions.basedOn(body.version, ifMatch), scope()));
  }

  @POST
  @Path("{ticketId}/reopen")
  @RequiresPermission("tickets.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Reopen a resolved ticket, or a closed one within 30 days",
      description = "{text: why (required), version}; it is in progress again.")
  public Response reopen(
      @PathParam("ticketId") String ticketId,
      @HeaderParam("If-Match") String ifMatch,
      TicketRequests.Step request) {
    UUID id = id(ticketId);
    TicketRequests.Step body = Inputs.required(request);
    return ok(tickets.reopen(id, body, Versions.basedOn(body.version, ifMatch), scope()));
  }

  @POST
  @Path("{ticketId}/assign")
  @RequiresPermission("tickets.assign")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Give a ticket to another person of the company",
      description = "{assigneeId, version}; a closed ticket is 422 ticket-step-refused.")
  public Response assign(
      @PathParam("ticketId") String ticketId,
      @HeaderParam("If-Match") String ifMatch,
      TicketRequests.Assign request) {
    UUID id = id(ticketId);
    TicketRequests.Assign body = Inputs.required(request);
    return ok(tickets.assign(id, body, Versions.basedOn(body.version, ifMatch), scope()));
  }

  @POST
  @Path("{ticketId}/repeat-sale")
  @RequiresPermission("tickets.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Open a repeat-sale opportunity from a ticket",
      description =
          "{title?, amount?, currency?}: an opportunity for the ticket's customer in"
              + " customer-development, owned by the customer's rep, origin ticket. Send an"
              + " Idempotency-Key to make retries safe."
              + " Opened by the customer's rep or by someone holding customers.all, else 422"
              + " repeat-sale-refused.")
  public Response repeatSale(
      @PathParam("ticketId") String ticketId,
      @HeaderParam(IdempotentCreations.HEADER) String key,
      OpportunityRequests.RepeatSale request) {
    UUID id = id(ticketId);
    OpportunityRequests.RepeatSale body =
        request == null ? new OpportunityRequests.RepeatSale() : request;
    TicketScope scope = scope();
    return OpportunityResource.repeatSale(
        idempotency,
        uri,
        key,
        "POST tickets/" + id + "/repeat-sale",
        body,
        () -> tickets.repeatSale(id, body, scope));
  }

  private static Response ok(TicketView view) {
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  private TicketScope scope() {
    return new TicketScope(
        currentCaller.require(),
        permissions.grants(Permission.CUSTOMERS_ALL),
        permissions.grants(Permission.TICKETS_ASSIGN));
  }

  private Set<String> teamPeople(String team) {
    return Inputs.blankToNull(team) == null ? null : teams.peopleOf(team);
  }

  private static UUID id(String ticketId) {
    return Inputs.id(ticketId, () -> Tickets.unknown(ticketId));
  }
}
