package io.salesplatform.platform.customer;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.Page;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.customer.CustomerViews.OverdueVisit;
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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Follow-up visits across customers: the overdue ones, for reps and for their managers. */
@Path("/t/{tenant}/visits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VisitResource {

  @Inject Customers customers;
  @Inject CurrentCaller currentCaller;
  @Inject CallerPermissions permissions;
  @Inject Teams teams;

  @GET
  @Path("overdue")
  @RequiresPermission("customers.read")
  @Operation(
      summary = "Planned visits whose day has passed, most overdue first",
      description =
          "A rep sees their own; with customers.all every one, or one rep's with rep (user id);"
              + " team (team id) narrows to its manager's and members' visits.")
  public Page<OverdueVisit> overdue(
      @QueryParam("rep") String rep,
      @QueryParam("team") String team,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = PageRequest.of(offset, limit);
    CustomerScope scope =
        new CustomerScope(currentCaller.require(), permissions.grants(Permission.CUSTOMERS_ALL));
    String repId = CustomerProfile.trim(rep);
    if (repId != null && !scope.reaches(repId)) {
      throw Problems.forbidden("Only someone allowed customers.all sees another rep's visits.");
    }
    Set<String> people = Inputs.blankToNull(team) == null ? null : teams.peopleOf(team);
    return Page.of(
        customers.overdue(repId, people, page, scope),
        page,
        customers.overdueCount(repId, people, scope));
  }
}
