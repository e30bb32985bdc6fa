package io.salesplatform.platform.credit;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.Page;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.customer.CustomerScope;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.role.CallerPermissions;
import io.salesplatform.platform.security.CurrentCaller;
import io.salesplatform.platform.security.RequiresPermission;
import io.salesplatform.platform.team.Teams;
import io.salesplatform.tenant.config.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Credit exposure across customers and reps (policy 7.2), within the caller's customer reach: a
 * rep's own customers, every customer with {@code customers.all}.
 */
@Path("/t/{tenant}/credit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CreditExposureResource {

  @Inject CreditExposure exposure;
  @Inject CurrentCaller currentCaller;
  @Inject CallerPermissions permissions;
  @Inject Teams teams;

  @GET
  @Path("exposure")
  @RequiresPermission("credit.read")
  @Operation(
      summary = "Credit exposure by customer or by rep, paged",
      description =
          "groupBy customer (default): each customer in reach with a credit decision or an"
              + " exposure, its latest decision, exposure (signed contracts less paid invoices, as"
              + " the credit profile shows it), headroom, utilisation and over-limit and"
              + " expired-decision flags; groupBy rep: the same summed per rep and currency. Filter"
              + " by rep (assigned rep's user id), team (team id) and customer; sort by"
              + " utilisation, exposure or headroom, '-' for descending (default -utilisation).")
  public Page<?> exposure(
      @QueryParam("groupBy") String groupBy,
      @QueryParam("rep") String rep,
      @QueryParam("team") String team,
      @QueryParam("customer") String customer,
      @QueryParam("sort") String sort,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = PageRequest.of(offset, limit);
    Sort order = Sort.of(sort, "-utilisation", CreditExposure.SORTABLE);
    CreditExposure.Filter filter =
        new CreditExposure.Filter(
            Inputs.blankToNull(rep),
            Inputs.blankToNull(team) == null ? null : teams.peopleOf(team),
            Inputs.optionalId("customer", customer));
    CustomerScope scope =
        new CustomerScope(currentCaller.require(), permissions.grants(Permission.CUSTOMERS_ALL));
    String grouping = Inputs.blankToNull(groupBy) == null ? "customer" : groupBy.strip();
    return switch (grouping) {
      case "customer" ->
          Page.of(
              exposure.byCustomer(filter, scope, order, page),
              page,
              exposure.countCustomers(filter, scope));
      case "rep" ->
          Page.of(
              (List<?>) exposure.byRep(filter, scope, order, page),
              page,
              exposure.countReps(filter, scope));
      default -> throw Problems.badRequest("groupBy", "customer or rep");
    };
  }
}
