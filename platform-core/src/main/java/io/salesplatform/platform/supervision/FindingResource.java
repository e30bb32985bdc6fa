package io.salesplatform.platform.supervision;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.Page;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.role.CallerPermissions;
import io.salesplatform.platform.security.CurrentCaller;
import io.salesplatform.platform.security.RequiresPermission;
import io.salesplatform.platform.supervision.FindingViews.Finding;
import io.salesplatform.platform.supervision.FindingViews.Summary;
import io.salesplatform.platform.team.Teams;
import io.salesplatform.tenant.config.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Automatic findings (policy 8.1): what the records show to be late or outside the policy, without
 * an inspector looking for it. A rep sees the findings on their own records; with {@code
 * opportunities.all} (sales managers, inspectors, tenant admins) everyone's.
 */
@Path("/t/{tenant}/supervision/findings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FindingResource {

  @Inject AutomaticFindings findings;
  @Inject CurrentCaller currentCaller;
  @Inject CallerPermissions permissions;
  @Inject Teams teams;

  @GET
  @RequiresPermission("findings.read")
  @Operation(
      summary = "Automatic findings in reach, paged",
      description =
          "Kinds overdue-stage, overdue-visit, quote-below-margin-floor, milestone-past-due,"
              + " computed now. Filter by kind, rep (user id of the person responsible), team"
              + " (team id: its manager or members responsible), customer (id) and severity (low,"
              + " medium, high); sort by daysOverdue, dueOn, kind or severity, '-' for descending"
              + " (default -daysOverdue).")
  public Page<Finding> list(
      @QueryParam("kind") String kind,
      @QueryParam("rep") String rep,
      @QueryParam("team") String team,
      @QueryParam("customer") String customer,
      @QueryParam("severity") String severity,
      @QueryParam("sort") String sort,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = PageRequest.of(offset, limit);
    Sort order = Sort.of(sort, "-daysOverdue", AutomaticFindings.SORTABLE);
    AutomaticFindings.Filter filter = filter(kind, rep, team, customer, severity);
    AutomaticFindings.Reach reach = reach();
    return Page.of(findings.page(filter, reach, order, page), page, findings.count(filter, reach));
  }

  @GET
  @Path("summary")
  @RequiresPermission("findings.read")
  @Operation(
      summary = "The automatic findings in reach counted per kind, severity and person",
      description = "With the same filters as the list.")
  public Summary summary(
      @QueryParam("kind") String kind,
      @QueryParam("rep") String rep,
      @QueryParam("team") String team,
      @QueryParam("customer") String customer,
      @QueryParam("severity") String severity) {
    return findings.summary(filter(kind, rep, team, customer, severity), reach());
  }

  private AutomaticFindings.Reach reach() {
    return new AutomaticFindings.Reach(
        currentCaller.require().subject(), permissions.grants(Permission.OPPORTUNITIES_ALL));
  }

  private AutomaticFindings.Filter filter(
      String kind, String rep, String team, String customer, String severity) {
    String kindId = Inputs.blankToNull(kind);
    if (kindId != null && !AutomaticFindings.kinds().contains(kindId)) {
      throw Problems.badRequest("kind", "one of " + String.join(", ", AutomaticFindings.kinds()));
    }
    String severityId = Inputs.blankToNull(severity);
    Severity level = null;
    if (severityId != null) {
      level =
          Severity.byId(severityId)
              .orElseThrow(
                  () ->
                      Problems.badRequest(
                          "severity", "one of " + String.join(", ", Severity.ids())));
    }
    return new AutomaticFindings.Filter(
        kindId,
        Inputs.blankToNull(rep),
        Inputs.blankToNull(team) == null ? null : teams.peopleOf(team),
        Inputs.optionalId("customer", customer),
        level);
  }
}
