package io.salesplatform.platform.credit;

import io.salesplatform.platform.api.Money;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.credit.ExposureViews.CustomerExposure;
import io.salesplatform.platform.credit.ExposureViews.LatestDecision;
import io.salesplatform.platform.credit.ExposureViews.RepExposure;
import io.salesplatform.platform.customer.CustomerScope;
import io.salesplatform.platform.customer.Reps;
import io.salesplatform.platform.persistence.TenantDatabase;
import io.salesplatform.platform.settings.TenantSettingsService;
import io.salesplatform.tenant.config.settings.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Credit exposure by customer and by rep (policy 7.2): every customer's latest credit decision
 * beside its exposure as {@link CustomerLedger#EXPOSURE_SQL} computes it for the credit profile,
 * aggregated by the database in one query per page.
 */
@ApplicationScoped
public class CreditExposure {

  public static final Set<String> SORTABLE = Set.of("utilisation", "exposure", "headroom");

  private static final Map<String, String> COLUMNS =
      Map.of("utilisation", "utilisation", "exposure", "exposure", "headroom", "headroom");

  @Inject TenantDatabase database;
  @Inject TenantSettingsService settings;

  Clock clock = Clock.systemUTC();

  /**
   * Whose customers.
   *
   * @param repId only those assigned to this person
   * @param team only those assigned to a team's manager or members
   * @param customerId only this customer
   */
  public record Filter(String repId, Set<String> team, UUID customerId) {

    public static final Filter NONE = new Filter(null, null, null);
  }

  @Transactional
  public List<CustomerExposure> byCustomer(
      Filter filter, CustomerScope scope, Sort sort, PageRequest page) {
    Reps reps = Reps.of(database.entityManager());
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        query(
                "select r.customer_id, r.name, r.rep_id, r.outcome, r.rating, r.credit_limit,"
                    + " r.currency, r.checked_at, r.expires_at, r.exposure, r.is_current,"
                    + " r.credit_limit - r.exposure as headroom, case when r.credit_limit > 0"
                    + " then round(100 * r.exposure / r.credit_limit, 1) end as utilisation"
                    + " from exposed r",
                filter,
                scope,
                sort.sql(COLUMNS, "r.customer_id, r.currency"))
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    List<CustomerExposure> result = new ArrayList<>();
    for (Object[] row : rows) {
      String currency = ((String) row[6]).strip();
      BigDecimal limit = decimal(row[5]);
      BigDecimal exposure = decimal(row[9]);
      boolean decided = row[3] != null;
      boolean current = Boolean.TRUE.equals(row[10]);
      result.add(
          new CustomerExposure(
              uuid(row[0]),
              (String) row[1],
              reps.get((String) row[2]),
              decided
                  ? new LatestDecision(
                      ((String) row[3]).toLowerCase(),
                      ((String) row[4]).strip(),
                      new Money(limit, currency),
                      instant(row[7]),
                      instant(row[8]),
                      current)
                  : null,
              new Money(exposure, currency),
              decided ? new Money(decimal(row[11]), currency) : null,
              row[12] == null ? null : decimal(row[12]),
              decided && exposure.compareTo(limit) > 0,
              decided && !current));
    }
    return result;
  }

  @Transactional
  public long countCustomers(Filter filter, CustomerScope scope) {
    return ((Number) query("select count(*) from exposed r", filter, scope, "").getSingleResult())
        .longValue();
  }

  @Transactional
  public List<RepExposure> byRep(Filter filter, CustomerScope scope, Sort sort, PageRequest page) {
    Reps reps = Reps.of(database.entityManager());
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        query(
                "select g.* from (" + REP_SELECT + ") g",
                filter,
                scope,
                sort.sql(COLUMNS, "g.rep_id, g.currency"))
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    List<RepExposure> result = new ArrayList<>();
    for (Object[] row : rows) {
      String currency = ((String) row[1]).strip();
      result.add(
          new RepExposure(
              reps.get((String) row[0]),
              ((Number) row[2]).longValue(),
              new Money(decimal(row[3]), currency),
              new Money(decimal(row[4]), currency),
              new Money(decimal(row[5]), currency),
              row[6] == null ? null : decimal(row[6]),
              ((Number) row[7]).longValue(),
              ((Number) row[8]).longValue(),
              ((Number) row[9]).longValue()));
    }
    return result;
  }

  @Transactional
  public long countReps(Filter filter, CustomerScope scope) {
    return ((Number)
            query("select count(*) from (" + REP_SELECT + ") g", filter, scope, "")
                .getSingleResult())
        .longValue();
  }

  /**
   * The exposure of every customer in reach summed per currency: {@code [currency, customers,
   * exposure, creditLimit, overLimitCustomers, expiredDecisions]} rows, for summaries.
   */
  @Transactional
  public List<Object[]> totals(CustomerScope scope) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        query(
                "select r.currency, count(*), sum(r.exposure), coalesce(sum(r.credit_limit), 0),"
                    + " count(*) filter (where r.exposure > r.credit_limit),"
                    + " count(*) filter (where r.outcome is not null and not r.is_current)"
                    + " from exposed r group by r.currency order by r.currency",
                Filter.NONE,
                scope,
                "")
            .getResultList();
    return rows;
  }

  /** Per rep and currency over the customers' rows. */
  private static final String REP_SELECT =
      "select r.rep_id, r.currency, count(*) as customers, sum(r.exposure) as exposure,"
          + " coalesce(sum(r.credit_limit), 0) as credit_limit,"
          + " coalesce(sum(r.credit_limit - r.exposure), 0) as headroom,"
          + " case when sum(r.credit_limit) > 0 then round(100 * coalesce(sum(r.exposure)"
          + " filter (where r.credit_limit is not null), 0) / sum(r.credit_limit), 1)"
          + " end as utilisation,"
          + " count(*) filter (where r.exposure > r.credit_limit) as over_limit,"
          + " count(*) filter (where r.outcome is not null and not r.is_current) as expired,"
          + " count(*) filter (where r.outcome is null) as without_decision"
          + " from exposed r group by r.rep_id, r.currency";

  /**
   * The customers' rows ({@code exposed}: each customer in reach once per currency it has a
   * decision or an exposure in: its latest decision where that is in the row's currency, whether it
   * is current, and its exposure in that currency; a contract in another currency than the
   * decision's shows as exposure without a decision, never converted or dropped) and then {@code
   * select}.
   */
  private Query query(String select, Filter filter, CustomerScope scope, String tail) {
    TenantSettings current = settings.current().settings();
    Instant now = clock.instant();
    List<Object> parameters = new ArrayList<>();
    parameters.add(database.tenantId().value());
    parameters.add(current.quotes().creditDecisionMaxAgeDays());
    parameters.add(Timestamp.from(now));
    StringBuilder where = new StringBuilder();
    if (!scope.all()) {
      parameters.add(scope.callerId());
      where.append(" and cu.assigned_rep_id = ?").append(parameters.size());
    }
    if (filter.repId() != null) {
      parameters.add(filter.repId());
      where.append(" and cu.assigned_rep_id = ?").append(parameters.size());
    }
    if (filter.team() != null) {
      parameters.add(String.join(",", filter.team()));
      where
          .append(" and cu.assigned_rep_id = any(string_to_array(?")
          .append(parameters.size())
          .append(", ','))");
    }
    if (filter.customerId() != null) {
      parameters.add(filter.customerId());
      where.append(" and cu.id = ?").append(parameters.size());
    }
    String sql =
        "with latest as (select distinct on (k.customer_id) k.customer_id, k.outcome, k.rating,"
            + " k.credit_limit, k.currency, k.checked_at, k.expires_at from credit_check k"
            + " where k.tenant_id = ?1 order by k.customer_id, k.checked_at desc, k.id),"
            + " exposure as ("
            + CustomerLedger.EXPOSURE_SQL
            // a row per customer and currency: the latest decision's, and any other it owes in
            + "), currencies as (select customer_id, currency from latest"
            + " union select customer_id, currency from exposure where exposure > 0),"
            + " exposed as (select cu.id as customer_id, cu.name, cu.assigned_rep_id as rep_id,"
            + " l.outcome, l.rating, l.credit_limit, k.currency,"
            + " l.checked_at, l.expires_at, coalesce(e.exposure, 0) as exposure,"
            + " coalesce(l.checked_at + make_interval(days => ?2) >= ?3"
            + " and l.expires_at > ?3, false) as is_current"
            + " from currencies k join customer cu on cu.tenant_id = ?1 and cu.id = k.customer_id"
            + " left join latest l on l.customer_id = k.customer_id and l.currency = k.currency"
            + " left join exposure e on e.customer_id = k.customer_id and e.currency = k.currency"
            + " where 1 = 1"
            + where
            + ") "
            + select
            + tail;
    Query query = database.entityManager().createNativeQuery(sql);
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query;
  }

  private static BigDecimal decimal(Object value) {
    return value == null ? null : new BigDecimal(value.toString());
  }

  private static UUID uuid(Object value) {
    return value instanceof UUID u ? u : UUID.fromString(value.toString());
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return (Instant) value;
  }
}
