package io.salesplatform.platform.customer;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.Page;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.api.Versions;
import io.salesplatform.platform.customer.CustomerViews.CustomerView;
import io.salesplatform.platform.customer.CustomerViews.VisitView;
import io.salesplatform.platform.idempotency.IdempotentCreations;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The company's customer files (policy 4.2, 5.1) and their follow-up visits. A rep reaches the
 * customers assigned to them; {@code customers.all} reaches every customer, and any other is
 * unknown (404).
 */
@Path("/t/{tenant}/customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

  @Inject Customers customers;
  @Inject IdempotentCreations idempotency;
  @Inject CurrentCaller currentCaller;
  @Inject CallerPermissions permissions;
  @Inject Teams teams;

  @Context UriInfo uri;

  @GET
  @RequiresPermission("customers.read")
  @Operation(
      summary = "Customer files in reach, paged",
      description =
          "Filter by rep (user id), segment, channel and q (text in name, industry, needs or"
              + " notes), and team (team id: the customers of its manager and members); sort by"
              + " name, segment, createdAt or updatedAt, '-' for descending, several separated by"
              + " commas (default name).")
  public Page<CustomerView> list(
      @QueryParam("rep") String rep,
      @QueryParam("team") String team,
      @QueryParam("segment") String segment,
      @QueryParam("channel") String channel,
      @QueryParam("q") String text,
      @QueryParam("sort") String sort,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = PageRequest.of(offset, limit);
    Sort order = Sort.of(sort, "name", Customers.SORTABLE);
    Customers.Filter filter = filter(rep, segment, channel, text).withTeam(teamPeople(team));
    CustomerScope scope = scope();
    return Page.of(
        customers.page(filter, order, page, scope), page, customers.count(filter, scope));
  }

  @POST
  @RequiresPermission("customers.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Open a customer file",
      description =
          "Plans the first follow-up visit at the company's interval for the segment. Send an"
              + " Idempotency-Key to make retries safe.")
  public Response create(
      @HeaderParam(IdempotentCreations.HEADER) String key, CustomerRequest request) {
    CustomerRequest body = Inputs.required(request);
    CustomerScope scope = scope();
    return idempotency.create(
        key,
        "POST customers",
        body,
        () -> {
          CustomerView created = customers.create(body, scope);
          return new IdempotentCreations.Created(
              uri.getAbsolutePathBuilder().path(created.id().toString()).build(),
              created,
              created.version());
        });
  }

  @GET
  @Path("export")
  @RequiresPermission("customers.read")
  @Produces("text/csv")
  @Operation(
      summary = "Customer files in reach as CSV",
      description = "Streams every file in reach (the list's filters apply), by name.")
  public Response export(
      @QueryParam("rep") String rep,
      @QueryParam("team") String team,
      @QueryParam("segment") String segment,
      @QueryParam("channel") String channel,
      @QueryParam("q") String text) {
    Customers.Filter filter = filter(rep, segment, channel, text).withTeam(teamPeople(team));
    CustomerScope scope = scope();
    StreamingOutput body =
        output ->
            customers.export(
                filter,
                scope,
                new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8)));
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"customers.csv\"")
        .build();
  }

  @POST
  @Path("import")
  @RequiresPermission("customers.import")
  @Operation(
      summary = "Import customer files from CSV",
      description =
          "The body is CSV (text/csv) with a header row naming the columns of an export. Every"
              + " row is checked first; one bad row rejects the file with a 400 naming each"
              + " problem as rows[N].column (the header is row 1), and nothing is imported. A good"
              + " file is imported whole in one transaction.")
  public Response importCsv(@HeaderParam(IdempotentCreations.HEADER) String key, String csv) {
    CustomerScope scope = scope();
    return idempotency.create(
        key,
        "POST customers/import",
        csv == null ? "" : csv,
        () -> new IdempotentCreations.Created(null, customers.importCsv(csv, scope), null));
  }

  @GET
  @Path("{customerId}")
  @RequiresPermission("customers.read")
  @Operation(summary = "One customer file, with its version as the ETag")
  public Response customer(@PathParam("customerId") String customerId) {
    UUID id = id(customerId);
    CustomerView view = customers.find(id, scope()).orElseThrow(() -> unknown(customerId));
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  @PUT
  @Path("{customerId}")
  @RequiresPermission("customers.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace a customer file's content",
      description =
          "Name the version the change is based on (the body's version or If-Match); a stale one"
              + " gets 409. A changed segment replans the planned visit; a changed rep takes it"
              + " over. Only customers.all assigns a customer to someone else.")
  public Response update(
      @PathParam("customerId") String customerId,
      @HeaderParam("If-Match") String ifMatch,
      CustomerRequest request) {
    UUID id = id(customerId);
    CustomerRequest body = Inputs.required(request);
    long basedOn = Versions.basedOn(body.version, ifMatch);
    CustomerView view = customers.update(id, body, basedOn, scope());
    return Response.ok(view).tag(Versions.tag(view.version())).build();
  }

  @GET
  @Path("{customerId}/visits")
  @RequiresPermission("customers.read")
  @Operation(
      summary = "The customer's follow-up visits, planned and recorded",
      description = "Sort by plannedFor or visitedOn (default -plannedFor).")
  public Page<VisitView> visits(
      @PathParam("customerId") String customerId,
      @QueryParam("sort") String sort,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    UUID id = id(customerId);
    PageRequest page = PageRequest.of(offset, limit);
    Sort order = Sort.of(sort, "-plannedFor", Customers.VISITS_SORTABLE);
    CustomerScope scope = scope();
    return Page.of(customers.visits(id, order, page, scope), page, customers.visitCount(id, scope));
  }

  @POST
  @Path("{customerId}/visits")
  @RequiresPermission("customers.write")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record a follow-up visit",
      description =
          "The planned visit becomes this one, with its outcome and next step, and the next visit"
              + " is planned at the company's interval for the customer's segment. Send an"
              + " Idempotency-Key to make retries safe.")
  public Response recordVisit(
      @PathParam("customerId") String customerId,
      @HeaderParam(IdempotentCreations.HEADER) String key,
      VisitRequest request) {
    UUID id = id(customerId);
    if (request == null) {
      throw Problems.badRequest("body", "a body is required");
    }
    CustomerScope scope = scope();
    return idempotency.create(
        key,
        "POST customers/" + id + "/visits",
        request,
        () -> {
          CustomerViews.RecordedVisit recorded = customers.recordVisit(id, request, scope);
          return new IdempotentCreations.Created(
              uri.getAbsolutePathBuilder().path(recorded.recorded().id().toString()).build(),
              recorded,
              null);
        });
  }

  @GET
  @Path("{customerId}/visits/{visitId}")
  @RequiresPermission("customers.read")
  @Operation(summary = "One follow-up visit")
  public VisitView visit(
      @PathParam("customerId") String customerId, @PathParam("visitId") String visitId) {
    UUID id = id(customerId);
    UUID visit = Inputs.id(visitId, () -> Problems.notFound("There is no visit " + visitId + "."));
    return customers
        .visit(id, visit, scope())
        .orElseThrow(() -> Problems.notFound("There is no visit " + visitId + "."));
  }

  private java.util.Set<String> teamPeople(String team) {
    return Inputs.blankToNull(team) == null ? null : teams.peopleOf(team);
  }

  private CustomerScope scope() {
    return new CustomerScope(currentCaller.require(), permissions.grants(Permission.CUSTOMERS_ALL));
  }

  static Customers.Filter filter(String rep, String segment, String channel, String text) {
    String cleanChannel = CustomerProfile.trim(channel);
    if (cleanChannel != null && AcquisitionChannel.byId(cleanChannel).isEmpty()) {
      throw Problems.badRequest("channel", "one of " + String.join(", ", AcquisitionChannel.ids()));
    }
    String cleanSegment = CustomerProfile.trim(segment);
    if (cleanSegment != null && !CustomerProfile.SEGMENT.matcher(cleanSegment).matches()) {
      throw Problems.badRequest("segment", "lower-case words joined by hyphens");
    }
    String cleanText = CustomerProfile.trim(text);
    if (cleanText != null && cleanText.length() > 200) {
      throw Problems.badRequest("q", "at most 200 characters");
    }
    return new Customers.Filter(CustomerProfile.trim(rep), cleanSegment, cleanChannel, cleanText);
  }

  private static UUID id(String customerId) {
    return Inputs.id(customerId, () -> unknown(customerId));
  }

  private static ProblemException unknown(String customerId) {
    return Problems.notFound("There is no customer " + customerId + " in your reach.");
  }
}
