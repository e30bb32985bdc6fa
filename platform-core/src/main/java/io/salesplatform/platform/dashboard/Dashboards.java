package io.salesplatform.platform.dashboard;

import io.salesplatform.platform.api.Money;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Quarter;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.credit.CreditExposure;
import io.salesplatform.platform.customer.CustomerScope;
import io.salesplatform.platform.customer.Customers;
import io.salesplatform.platform.customer.Reps;
import io.salesplatform.platform.dashboard.DashboardViews.AdminDashboard;
import io.salesplatform.platform.dashboard.DashboardViews.AppraisalDistribution;
import io.salesplatform.platform.dashboard.DashboardViews.BandCount;
import io.salesplatform.platform.dashboard.DashboardViews.ExposureTotal;
import io.salesplatform.platform.dashboard.DashboardViews.ManagerDashboard;
import io.salesplatform.platform.dashboard.DashboardViews.PlannedVisit;
import io.salesplatform.platform.dashboard.DashboardViews.RepDashboard;
import io.salesplatform.platform.dashboard.DashboardViews.StageConversion;
import io.salesplatform.platform.dashboard.DashboardViews.Visits;
import io.salesplatform.platform.goal.GoalScope;
import io.salesplatform.platform.goal.GoalViews.GoalView;
import io.salesplatform.platform.goal.Goals;
import io.salesplatform.platform.persistence.TenantDatabase;
import io.salesplatform.platform.pipeline.Opportunities;
import io.salesplatform.platform.pipeline.OpportunityScope;
import io.salesplatform.platform.pipeline.PipelineStage;
import io.salesplatform.platform.risk.Risks;
import io.salesplatform.platform.settings.TenantSettingsService;
import io.salesplatform.platform.supervision.AutomaticFindings;
import io.salesplatform.tenant.config.settings.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The dashboards: each part read through the service that owns it (the pipeline board, goals with
 * progress, overdue visits and stages, automatic findings, the heat map, credit exposure), so that
 * a dashboard's figures are the ones the feature's own endpoints answer. Only what no feature
 * offers yet (visits due soon, stage conversion, the appraisal distribution) is one aggregate query
 * here.
 */
@ApplicationScoped
public class Dashboards {

  /** How far ahead a rep's visits count as due soon. */
  static final int VISITS_AHEAD_DAYS = 14;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Inject TenantDatabase database;
  @Inject TenantSettingsService settings;
  @Inject Opportunities opportunities;
  @Inject Customers customers;
  @Inject Goals goals;
  @Inject Risks risks;
  @Inject AutomaticFindings findings;
  @Inject CreditExposure exposure;

  Clock clock = Clock.systemUTC();

  @Transactional
  public RepDashboard rep(OpportunityScope scope) {
    TenantSettings current = settings.current().settings();
    LocalDate today = LocalDate.now(clock.withZone(current.timeZone()));
    Quarter quarter = Quarter.of(today);
    String me = scope.callerId();
    OpportunityScope own = new OpportunityScope(scope.caller(), false, false, false);
    CustomerScope ownCustomers = new CustomerScope(scope.caller(), false);
    List<GoalView> goalViews =
        goals.page(
            new Goals.Filter(quarter, GoalScope.REP, me),
            Sort.of(null, "-quarter", Goals.SORTABLE),
            new PageRequest(0, PageRequest.MAX_LIMIT));
    return new RepDashboard(
        Reps.of(database.entityManager()).get(me),
        today,
        quarter.toString(),
        opportunities.board(new Opportunities.Filter(me, null, null, null, null, null), own),
        goalViews,
        visits(me, today, customers.overdueCount(me, ownCustomers)),
        opportunities.overdueCount(me, own),
        findings.summary(AutomaticFindings.Filter.NONE, new AutomaticFindings.Reach(me, false)));
  }

  @Transactional
  public ManagerDashboard manager(UUID teamId, Set<String> team, OpportunityScope scope) {
    TenantSettings current = settings.current().settings();
    Quarter quarter = Quarter.of(LocalDate.now(clock.withZone(current.timeZone())));
    Sort byQuarter = Sort.of(null, "-quarter", Goals.SORTABLE);
    PageRequest all = new PageRequest(0, PageRequest.MAX_LIMIT);
    List<GoalView> overall =
        teamId == null
            ? goals.page(new Goals.Filter(quarter, GoalScope.COMPANY, null), byQuarter, all)
            : goals.page(
                new Goals.Filter(quarter, GoalScope.TEAM, teamId.toString()), byQuarter, all);
    // every rep goal of the quarter, page by page: a large company has more than one page
    List<GoalView> members = new ArrayList<>();
    Goals.Filter repGoals = new Goals.Filter(quarter, GoalScope.REP, null);
    for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
      List<GoalView> chunk =
          goals.page(repGoals, byQuarter, new PageRequest(offset, PageRequest.MAX_LIMIT));
      chunk.stream()
          .filter(g -> team == null || team.contains(g.subject().id()))
          .forEach(members::add);
      if (chunk.size() < PageRequest.MAX_LIMIT) {
        break;
      }
    }
    AutomaticFindings.Filter findingFilter =
        new AutomaticFindings.Filter(null, null, team, null, null);
    AutomaticFindings.Reach reach = new AutomaticFindings.Reach(scope.callerId(), scope.all());
    return new ManagerDashboard(
        teamId,
        quarter.toString(),
        opportunities.board(
            new Opportunities.Filter(null, null, null, null, null, null).withTeam(team), scope),
        conversion(team, scope),
        overall,
        members,
        findings.summary(findingFilter, reach),
        findings.page(
            findingFilter,
            reach,
            Sort.of(null, "-daysOverdue", AutomaticFindings.SORTABLE),
            new PageRequest(0, 10)));
  }

  @Transactional
  public AdminDashboard admin(OpportunityScope scope, CustomerScope customerScope) {
    List<ExposureTotal> totals = new ArrayList<>();
    for (Object[] row : exposure.totals(customerScope)) {
      String currency = ((String) row[0]).strip();
      totals.add(
          new ExposureTotal(
              number(row[1]),
              new Money(decimal(row[2]), currency),
              new Money(decimal(row[3]), currency),
              number(row[4]),
              number(row[5])));
    }
    return new AdminDashboard(
        appraisal(),
        risks.heatMap(new Risks.Filter(null, null, null, null, null)),
        findings.summary(
            AutomaticFindings.Filter.NONE,
            new AutomaticFindings.Reach(scope.callerId(), scope.all())),
        totals);
  }

  private Visits visits(String repId, LocalDate today, long overdue) {
    EntityManager em = database.entityManager();
    Query query =
        em.createNativeQuery(
                "select v.id, c.id, c.name, v.planned_for, count(*) over ()"
                    + " from customer_visit v join customer c on c.tenant_id = v.tenant_id"
                    + " and c.id = v.customer_id"
                    + " where v.tenant_id = ?1 and v.rep_id = ?2 and c.assigned_rep_id = ?2"
                    + " and v.visited_on is null and v.planned_for >= ?3 and v.planned_for < ?4"
                    + " order by v.planned_for, v.id")
            .setParameter(1, database.tenantId().value())
            .setParameter(2, repId)
            .setParameter(3, Date.valueOf(today))
            .setParameter(4, Date.valueOf(today.plusDays(VISITS_AHEAD_DAYS)))
            .setMaxResults(20);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    List<PlannedVisit> next = new ArrayList<>();
    long dueSoon = 0;
    for (Object[] row : rows) {
      next.add(new PlannedVisit((UUID) row[0], (UUID) row[1], (String) row[2], day(row[3])));
      dueSoon = number(row[4]);
    }
    return new Visits(dueSoon, overdue, next);
  }

  /** How many opportunities in reach (of the team's owners) ever entered each stage. */
  private List<StageConversion> conversion(Set<String> team, OpportunityScope scope) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(database.tenantId().value());
    StringBuilder sql =
        new StringBuilder(
            "select s.stage, count(distinct s.opportunity_id) from opportunity_stage s"
                + " join opportunity o on o.tenant_id = s.tenant_id and o.id = s.opportunity_id"
                + " where s.tenant_id = ?1");
    if (!scope.all()) {
      parameters.add(scope.callerId());
      sql.append(" and (o.owner_id = ?2 or o.stage_owner_id = ?2)");
    }
    if (team != null) {
      parameters.add(String.join(",", team));
      sql.append(" and o.owner_id = any(string_to_array(?")
          .append(parameters.size())
          .append(", ','))");
    }
    sql.append(" group by s.stage");
    Query query = database.entityManager().createNativeQuery(sql.toString());
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    Map<String, Long> reached = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    rows.forEach(r -> reached.put((String) r[0], number(r[1])));
    List<StageConversion> conversion = new ArrayList<>();
    Long before = null;
    for (PipelineStage stage : PipelineStage.values()) {
      long count = reached.getOrDefault(stage.id(), 0L);
      conversion.add(new StageConversion(stage.id(), count, share(count, before)));
      before = count;
    }
    return conversion;
  }

  /** {@code part} as a percentage of {@code whole}, one decimal; null without a whole. */
  static BigDecimal share(long part, Long whole) {
    return whole == null || whole == 0
        ? null
        : BigDecimal.valueOf(part)
            .multiply(HUNDRED)
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  /** The latest run's distribution: the newest quarter's, a published run before others. */
  private AppraisalDistribution appraisal() {
    EntityManager em = database.entityManager();
    @SuppressWarnings("unchecked")
    List<Object[]> runs =
        em.createNativeQuery(
                "select r.id, r.quarter, r.published from appraisal_run r where r.tenant_id = ?1"
                    + " order by r.quarter desc, r.published desc, r.finished_at desc, r.id"
                    + " limit 1")
            .setParameter(1, database.tenantId().value())
            .getResultList();
    if (runs.isEmpty()) {
      return null;
    }
    UUID runId = (UUID) runs.get(0)[0];
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select 'band', a.band, count(*) from appraisal_result a"
                    + " where a.tenant_id = ?1 and a.run_id = ?2 group by a.band"
                    + " union all select 'decile', cast(least(floor(a.overall / 10), 9) as text),"
                    + " count(*) from appraisal_result a where a.tenant_id = ?1 and a.run_id = ?2"
                    + " group by 2")
            .setParameter(1, database.tenantId().value())
            .setParameter(2, runId)
            .getResultList();
    List<BandCount> bands = new ArrayList<>();
    List<Long> deciles = new ArrayList<>(java.util.Collections.nCopies(10, 0L));
    long reps = 0;
    for (Object[] row : rows) {
      long count = number(row[2]);
      if ("band".equals(row[0])) {
        bands.add(new BandCount((String) row[1], count));
        reps += count;
      } else {
        deciles.set((int) Double.parseDouble((String) row[1]), count);
      }
    }
    bands.sort(
        (a, b) ->
            a.count() != b.count()
                ? Long.compare(b.count(), a.count())
                : a.band().compareTo(b.band()));
    return new AppraisalDistribution(
        runId, (String) runs.get(0)[1], Boolean.TRUE.equals(runs.get(0)[2]), reps, bands, deciles);
  }

  private static LocalDate day(Object value) {
    return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static BigDecimal decimal(Object value) {
    return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
  }
}
