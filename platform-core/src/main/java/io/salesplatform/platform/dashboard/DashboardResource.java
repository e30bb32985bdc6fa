package io.salesplatform.platform.dashboard;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.customer.CustomerScope;
import io.salesplatform.platform.dashboard.DashboardViews.AdminDashboard;
import io.salesplatform.platform.dashboard.DashboardViews.ManagerDashboard;
import io.salesplatform.platform.dashboard.DashboardViews.RepDashboard;
import io.salesplatform.platform.pipeline.OpportunityScope;
import io.salesplatform.platform.role.CallerPermissions;
import io.salesplatform.platform.security.Caller;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** One summary per role, each in one request. */
@Path("/t/{tenant}/dashboards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

  @Inject Dashboards dashboards;
  @Inject CurrentCaller currentCaller;
  @Inject CallerPermissions permissions;
  @Inject Teams teams;

  @GET
  @Path("rep")
  @RequiresPermission("dashboards.rep")
  @Operation(
      summary = "The caller's own pipeline, goals, visits and findings",
      description =
          "The board of the opportunities they own, their goals of the current quarter with"
              + " progress, visits due in the next 14 days and overdue, their overdue stages and"
              + " their automatic findings counted.")
  public RepDashboard rep() {
    return dashboards.rep(scope());
  }

  @GET
  @Path("manager")
  @RequiresPermission("dashboards.manager")
  @Operation(
      summary = "A team's funnel, goal attainment and overdue items",
      description =
          "team (team id), or everyone in reach without it: the pipeline board with conversion"
              + " between stages, the team's (or company's) and each member's goals of the"
              + " quarter with attainment, automatic findings counted and the ten most overdue.")
  public ManagerDashboard manager(@QueryParam("team") String team) {
    UUID teamId = Inputs.optionalId("team", team);
    Set<String> people = teamId == null ? null : teams.peopleOf(teamId.toString());
    return dashboards.manager(teamId, people, scope());
  }

  @GET
  @Path("admin")
  @RequiresPermission("dashboards.admin")
  @Operation(
      summary = "The company at a glance: appraisal, risks, findings and credit exposure",
      description =
          "The latest appraisal run's bands and score deciles, the risk heat map, every automatic"
              + " finding counted per kind, and credit exposure summed per currency.")
  public AdminDashboard admin() {
    Caller caller = currentCaller.require();
    return dashboards.admin(
        scope(), new CustomerScope(caller, permissions.grants(Permission.CUSTOMERS_ALL)));
  }

  private OpportunityScope scope() {
    return new OpportunityScope(
        currentCaller.require(),
        permissions.grants(Permission.OPPORTUNITIES_ALL),
        permissions.grants(Permission.OPPORTUNITIES_OVERRIDE_STAGE),
        permissions.grants(Permission.CUSTOMERS_ALL));
  }
}
