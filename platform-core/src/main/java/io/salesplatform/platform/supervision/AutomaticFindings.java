package io.salesplatform.platform.supervision;

import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.customer.Reps;
import io.salesplatform.platform.persistence.TenantDatabase;
import io.salesplatform.platform.settings.TenantSettingsService;
import io.salesplatform.platform.supervision.FindingViews.Count;
import io.salesplatform.platform.supervision.FindingViews.CustomerRef;
import io.salesplatform.platform.supervision.FindingViews.Finding;
import io.salesplatform.platform.supervision.FindingViews.PersonCount;
import io.salesplatform.platform.supervision.FindingViews.Summary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The automatic findings of the current company: the {@link #DETECTORS}' queries as one union,
 * filtered, sorted, paged and counted by the database, so a list costs one query (and one for the
 * people's names) however many records there are.
 */
@ApplicationScoped
public class AutomaticFindings {

  /** Every kind of automatic finding, in the order summaries list them. */
  static final List<FindingDetector> DETECTORS =
      List.of(
          new OverdueStages(),
          new OverdueVisits(),
          new QuotesBelowMarginFloor(),
          new MilestonesPastDue(),
          new TicketsPastDeadline());

  public static final Set<String> SORTABLE = Set.of("daysOverdue", "dueOn", "kind", "severity");

  private static final Map<String, String> COLUMNS =
      Map.of(
          "daysOverdue", "f.days_overdue",
          "dueOn", "f.due_on",
          "kind", "f.kind",
          "severity",
              "(case "
                  + Severity.sql("f.due_on", "f.days_overdue")
                  + " when 'high' then 3 when 'medium' then 2 else 1 end)");

  @Inject TenantDatabase database;
  @Inject TenantSettingsService settings;

  Clock clock = Clock.systemUTC();

  /**
   * Which findings.
   *
   * @param kind only this kind
   * @param personId only those this person is responsible for
   * @param team only those a team's manager or members are responsible for
   * @param customerId only those about this customer
   * @param severity only this severity
   */
  public record Filter(
      String kind, String personId, Set<String> team, UUID customerId, Severity severity) {

    public static final Filter NONE = new Filter(null, null, null, null, null);
  }

  /**
   * Whose findings a caller sees: with {@code all} everyone's, otherwise those they are responsible
   * for or whose record they own.
   *
   * @param callerId the caller's user id
   * @param all whether every finding is in reach
   */
  public record Reach(String callerId, boolean all) {}

  /** The kinds' names, in order. */
  public static List<String> kinds() {
    return DETECTORS.stream().map(FindingDetector::kind).toList();
  }

  @Transactional
  public List<Finding> page(Filter filter, Reach reach, Sort sort, PageRequest page) {
    Reps reps = Reps.of(database.entityManager());
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        query(
                "select f.kind, f.record_id, f.parent_id, f.title, f.responsible_id,"
                    + " f.customer_id, cu.name, f.due_on, f.days_overdue, "
                    + Severity.sql("f.due_on", "f.days_overdue")
                    + ", f.detail, f.approver_id",
                filter,
                reach,
                sort.sql(COLUMNS, "f.kind, f.record_id"))
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    List<Finding> findings = new ArrayList<>();
    for (Object[] row : rows) {
      findings.add(
          new Finding(
              (String) row[0],
              uuid(row[1]),
              uuid(row[2]),
              (String) row[3],
              reps.get((String) row[4]),
              row[5] == null ? null : new CustomerRef(uuid(row[5]), (String) row[6]),
              day(row[7]),
              ((Number) row[8]).longValue(),
              (String) row[9],
              (String) row[10],
              reps.get((String) row[11])));
    }
    return findings;
  }

  @Transactional
  public long count(Filter filter, Reach reach) {
    return ((Number) query("select count(*)", filter, reach, "").getSingleResult()).longValue();
  }

  /** The findings in reach counted per kind, severity and responsible person. */
  @Transactional
  public Summary summary(Filter filter, Reach reach) {
    Reps reps = Reps.of(database.entityManager());
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        query(
                "select f.kind, "
                    + Severity.sql("f.due_on", "f.days_overdue")
                    + " as severity, f.responsible_id, count(*)",
                filter,
                reach,
                " group by 1, 2, 3")
            .getResultList();
    Map<String, Long> byKind = new LinkedHashMap<>();
    kinds().forEach(k -> byKind.put(k, 0L));
    Map<String, Long> bySeverity = new LinkedHashMap<>();
    Severity.ids().forEach(s -> bySeverity.put(s, 0L));
    Map<String, long[]> byPerson = new LinkedHashMap<>();
    long total = 0;
    for (Object[] row : rows) {
      long n = ((Number) row[3]).longValue();
      total += n;
      byKind.merge((String) row[0], n, Long::sum);
      bySeverity.merge((String) row[1], n, Long::sum);
      long[] person = byPerson.computeIfAbsent((String) row[2], p -> new long[2]);
      person[0] += n;
      if ("high".equals(row[1])) {
        person[1] += n;
      }
    }
    List<PersonCount> people =
        byPerson.entrySet().stream()
            .map(e -> new PersonCount(reps.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
            .sorted(
                (a, b) ->
                    a.count() != b.count()
                        ? Long.compare(b.count(), a.count())
                        : a.person().id().compareTo(b.person().id()))
            .toList();
    return new Summary(total, counts(byKind), counts(bySeverity), people);
  }

  /** Today in the company's time zone, the day findings are computed for. */
  LocalDate today() {
    return LocalDate.now(clock.withZone(settings.current().settings().timeZone()));
  }

  private Query query(String select, Filter filter, Reach reach, String tail) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(database.tenantId().value());
    ZoneId zone = settings.current().settings().timeZone();
    parameters.add(Date.valueOf(LocalDate.now(clock.withZone(zone))));
    parameters.add(Timestamp.from(clock.instant()));
    parameters.add(zone.getId());
    StringBuilder sql = new StringBuilder(select).append(" from (");
    sql.append(
        DETECTORS.stream().map(FindingDetector::sql).collect(Collectors.joining(" union all ")));
    sql.append(") f left join customer cu on cu.tenant_id = ?1 and cu.id = f.customer_id");
    sql.append(" where 1 = 1");
    if (filter.kind() != null) {
      parameters.add(filter.kind());
      sql.append(" and f.kind = ?").append(parameters.size());
    }
    if (filter.personId() != null) {
      parameters.add(filter.personId());
      sql.append(" and f.responsible_id = ?").append(parameters.size());
    }
    if (filter.team() != null) {
      parameters.add(String.join(",", filter.team()));
      sql.append(" and f.responsible_id = any(string_to_array(?")
          .append(parameters.size())
          .append(", ','))");
    }
    if (filter.customerId() != null) {
      parameters.add(filter.customerId());
      sql.append(" and f.customer_id = ?").append(parameters.size());
    }
    if (filter.severity() != null) {
      parameters.add(filter.severity().id());
      sql.append(" and ")
          .append(Severity.sql("f.due_on", "f.days_overdue"))
          .append(" = ?")
          .append(parameters.size());
    }
    if (!reach.all()) {
      parameters.add(reach.callerId());
      int n = parameters.size();
      sql.append(" and (f.responsible_id = ?")
          .append(n)
          .append(" or f.owner_id = ?")
          .append(n)
          .append(")");
    }
    Query query = database.entityManager().createNativeQuery(sql + tail);
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query;
  }

  private static List<Count> counts(Map<String, Long> counts) {
    return counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
  }

  private static UUID uuid(Object value) {
    return value == null ? null : value instanceof UUID u ? u : UUID.fromString(value.toString());
  }

  private static LocalDate day(Object value) {
    return value == null ? null : value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
  }
}
