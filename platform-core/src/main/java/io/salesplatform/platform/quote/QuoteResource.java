package io.salesplatform.platform.quote;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.Page;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.api.Versions;
import io.salesplatform.platform.idempotency.IdempotentCreations;
import io.salesplatform.platform.pipeline.OpportunityScope;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.quote.QuoteViews.QuoteView;
import io.salesplatform.platform.quote.QuoteViews.VersionView;
import io.salesplatform.platform.role.CallerPermissions;
import io.salesplatform.platform.security.CurrentCaller;
import io.salesplatform.platform.security.RequiresPermission;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Quotes (policy 4.4, 5.3). A quote is in reach when its opportunity is ({@code opportunities.all}
 * reaches every one) or the caller made it.
 */
@Path("/t/{tenant}/quotes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QuoteResource {

  @Inject Quotes quotes;
  @Inject IdempotentCreations idempotency;
  @Inject CurrentCaller currentCaller;
  @Inject CallerPermissions permissions;

  @Context UriInfo uri;

  @GET
  @RequiresPermission("quotes.read")
  @Operation(
      summary = "Quotes in reach, paged",
      description =
          "Filter by opportunity, customer, status, rep (the maker's user id) and from/to (days"
              + " made, [from, to)); sort by createdAt, updatedAt, netTotal, responseDue or"
              + " validUntil, '-' for descending (default -createdAt).")
  public Page<QuoteView> list(
      @QueryParam("opportunity") String opportunity,
      @QueryParam("customer") String customer,
      @QueryParam("status") String status,
      @QueryParam("rep") String rep,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("sort") String sort,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = PageRequest.of(offset, limit);
    Sort order = Sort.of(sort, "-createdAt", Quotes.SORTABLE);
    QuoteStatus quoteStatus = null;
    if (Inputs.blankToNull(status) != null) {
      quoteStatus =
          QuoteStatus.byId(status.strip())
              .orElseThrow(
                  () ->
                      Problems.badRequest(
                          "status", "one of " + String.join(", ", QuoteStatus.ids())));
    }
    Quotes.Filter filter =
        new Quotes.Filter(
            uuid("opportunity", opportunity),
            uuid("customer", customer),
            quoteStatus,
            Inputs.blankToNull(rep),
            day("from", from),
            day("to", to));
    OpportunityScope scope = scope();
    return Page.of(quotes.page(filter, order, page, scope), page, quotes.count(filter, scope));
  }

  @POST
  @RequiresPermission("quotes.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Make a quote for an opportunity",
      description =
          "Lines from the active catalogue, priced by the company's pricing plugin (at list price"
              + " without one); version 1. Pending approval when the plugin asks for it or a"
              + " discount exceeds what the caller's roles may grant. Due for sending"
              + " responseTimeHours after requestedAt. Send an Idempotency-Key to make retries"
              + " safe.")
  public Response create(
      @HeaderParam(IdempotentCreations.HEADER) String key, QuoteRequests.Draft request) {
    QuoteRequests.Draft body = Inputs.required(request);
    OpportunityScope scope = scope();
    return idempotency.create(
        key,
        "POST quotes",
        body,
        () -> {
          QuoteView created = quotes.create(body, scope);
          return new IdempotentCreations.Created(
              uri.getAbsolutePathBuilder().path(created.id().toString()).build(),
              created,
              created.version());
        });
  }

  @GET
  @Path("{quoteId}")
  @RequiresPermission("quotes.read")
  @Operation(summary = "One quote with its current version, its version as the ETag")
  public Response quote(@PathParam("quoteId") String quoteId) {
    QuoteView view = quotes.find(id(quoteId), scope()).orElseThrow(() -> unknown(quoteId));
    return ok(view);
  }

  @PUT
  @Path("{quoteId}")
  @RequiresPermission("quotes.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Revise a quote's lines: its next version",
      description =
          "Only a draft, rejected or refused quote (422 quote-not-revisable otherwise); priced"
              + " again, earlier versions kept. With the version (body or If-Match).")
  public Response revise(
      @PathParam("quoteId") String quoteId,
      @HeaderParam("If-Match") String ifMatch,
      QuoteRequests.Draft request) {
    QuoteRequests.Draft body = Inputs.required(request);
    return ok(quotes.revise(id(quoteId), body, Versions.basedOn(body.version, ifMatch), scope()));
  }

  @POST
  @Path("{quoteId}/approval")
  @RequiresPermission("quotes.approve")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "A manager approves or rejects a quote",
      description =
          "{decision: approve|reject, comment}; a pending-approval or draft quote, never one's own"
              + " (422 own-quote-approval). A rejected quote is revised. With the version.")
  public Response approval(
      @PathParam("quoteId") String quoteId,
      @HeaderParam("If-Match") String ifMatch,
      QuoteRequests.Approval request) {
    QuoteRequests.Approval body = Inputs.required(request);
    return ok(quotes.decide(id(quoteId), body, Versions.basedOn(body.version, ifMatch), scope()));
  }

  @POST
  @Path("{quoteId}/send")
  @RequiresPermission("quotes.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Send a quote to the customer",
      description =
          "Valid validityDays from today. 422 approval-required without a needed approval; when"
              + " the company demands a credit check, 422 credit-decision-missing,"
              + " credit-decision-outdated, credit-rejected or credit-review-required. With the"
              + " version.")
  public Response send(
      @PathParam("quoteId") String quoteId,
      @HeaderParam("If-Match") String ifMatch,
      QuoteRequests.Send request) {
    QuoteRequests.Send body = request == null ? new QuoteRequests.Send() : request;
    return ok(quotes.send(id(quoteId), Versions.basedOn(body.version, ifMatch), scope()));
  }

  @POST
  @Path("{quoteId}/response")
  @RequiresPermission("quotes.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record the customer's answer",
      description =
          "{answer: accepted|refused, reason}; only a sent quote, and an expired one is not"
              + " accepted (422 quote-expired). With the version.")
  public Response response(
      @PathParam("quoteId") String quoteId,
      @HeaderParam("If-Match") String ifMatch,
      QuoteRequests.Response request) {
    QuoteRequests.Response body = Inputs.required(request);
    return ok(quotes.answer(id(quoteId), body, Versions.basedOn(body.version, ifMatch), scope()));
  }

  @GET
  @Path("{quoteId}/versions")
  @RequiresPermission("quotes.read")
  @Operation(summary = "Every version of the quote, first to current")
  public List<VersionView> versions(@PathParam("quoteId") String quoteId) {
    return quotes.versions(id(quoteId), scope());
  }

  @GET
  @Path("{quoteId}/versions/{number}")
  @RequiresPermission("quotes.read")
  @Operation(summary = "One version of the quote")
  public VersionView version(
      @PathParam("quoteId") String quoteId, @PathParam("number") String number) {
    int n;
    try {
      n = Integer.parseInt(number);
    } catch (NumberFormatException e) {
      throw Problems.notFound("The quote has no version " + number + ".");
    }
    return quotes
        .version(id(quoteId), n, scope())
        .orElseThrow(() -> Problems.notFound("The quote has no version " + number + "."));
  }

  private static Response ok(QuoteView view) {
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  private OpportunityScope scope() {
    return new OpportunityScope(
        currentCaller.require(),
        permissions.grants(Permission.OPPORTUNITIES_ALL),
        permissions.grants(Permission.OPPORTUNITIES_OVERRIDE_STAGE),
        permissions.grants(Permission.CUSTOMERS_ALL));
  }

  private static UUID uuid(String name, String value) {
    if (Inputs.blankToNull(value) == null) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw Problems.badRequest(name, "an id");
    }
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

  private static UUID id(String quoteId) {
    return Inputs.id(quoteId, () -> unknown(quoteId));
  }

  private static ProblemException unknown(String quoteId) {
    return Problems.notFound("There is no quote " + quoteId + " in your reach.");
  }
}
