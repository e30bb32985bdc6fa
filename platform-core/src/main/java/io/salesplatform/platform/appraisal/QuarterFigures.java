package io.salesplatform.platform.appraisal;

import io.salesplatform.platform.api.Quarter;
import io.salesplatform.platform.persistence.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every rep's raw figures for a quarter, aggregated by the database in one statement (no query per
 * rep or per record), with the ids of the records behind each figure.
 *
 * <p>A rep is appraised when they are a person of the company with a rep goal for the quarter or
 * with anything the criteria count in it: a contract signed, a customer won, a survey of their
 * customers answered, an obligation of their contracts due, or a collaboration rating received.
 */
@ApplicationScoped
public class QuarterFigures {

  @Inject TenantDatabase database;

  /**
   * One rep's figures and the records behind them.
   *
   * @param figures the raw figures
   * @param sources per source kind ({@code contracts}, {@code customers}, {@code surveys}, {@code
   *     milestones}, {@code ratings}) the ids of the records counted
   */
  public record RepFigures(RawFigures figures, Map<String, List<String>> sources) {}

  /*
   * Each criterion's records are summed up per rep on their own (one grouping each, with the ids
   * unordered so the grouping needs no sort; the explanation orders the records itself), and the per-rep rows of all criteria are then folded into one row
   * per rep by a last grouping, not joined: row-level security hides the company's size from the
   * planner's estimates, and a join of these per-rep rows planned as nested loops re-reads every
   * rep's long id lists once per rep. A customer is won in the quarter when its first contract ever
   * is signed in it: a contract of the quarter with no earlier one, so only the quarter's
   * contracts are read, not the company's whole history.
   */
  private static final String SQL =
      """
      with signed as (
        select owner_id as rep_id, sum(value) as revenue, count(*) as contracts,
               string_agg(id::text, ',') as ids
        from contract
        where signed_at >= ?1 and signed_at < ?2 and currency = ?3
        group by owner_id),
      won as (
        select owner_id as rep_id, count(*) as customers,
               string_agg(customer_id::text, ',') as ids
        from (select distinct on (c.customer_id) c.customer_id, c.owner_id, c.signed_at
              from contract c
              where c.signed_at >= ?1 and c.signed_at < ?2
                and not exists (select 1 from contract e
                                where e.customer_id = c.customer_id and e.signed_at < ?1)
              order by c.customer_id, c.signed_at, c.id) first_contracts
        group by owner_id),
      answered as (
        select rep_id, count(*) as surveys, avg(score) as mean,
               string_agg(id::text, ',') as ids
        from survey
        where answered_at >= ?1 and answered_at < ?2 and score is not null
        group by rep_id),
      due as (
        select c.owner_id as rep_id, count(*) as due,
               count(*) filter (where m.done_on is not null and m.done_on <= m.due_on) as on_time,
               string_agg(m.id::text, ',') as ids
        from contract_milestone m
        join contract c on c.tenant_id = m.tenant_id and c.id = m.contract_id
        where m.due_on >= ?4 and m.due_on < ?5 and c.signed_at is not null
          and m.kind in ('delivery', 'company-obligation')
        group by c.owner_id),
      rated as (
        select rated_id as rep_id, count(*) as ratings, avg(rating) as mean,
               string_agg(id::text, ',') as ids
        from collaboration_rating where quarter = ?6
        group by rated_id),
      figures (rep_id, kind, amount, n, m, mean, ids) as (
        select rep_id, 1, revenue, contracts, null::bigint, null::numeric, ids from signed
        union all select rep_id, 2, null, customers, null, null, ids from won
        union all select rep_id, 3, null, surveys, null, mean, ids from answered
        union all select rep_id, 4, null, due, on_time, null, ids from due
        union all select rep_id, 5, null, ratings, null, mean, ids from rated
        union all select subject_id, 6, revenue_target, null, null, null, null
                  from goal where quarter = ?6 and scope = 'rep' and currency = ?3)
      select f.rep_id,
             coalesce(max(f.amount) filter (where f.kind = 1), 0),
             max(f.amount) filter (where f.kind = 6),
             coalesce(max(f.n) filter (where f.kind = 1), 0),
             coalesce(max(f.n) filter (where f.kind = 3), 0),
             max(f.mean) filter (where f.kind = 3),
             coalesce(max(f.n) filter (where f.kind = 2), 0),
             coalesce(max(f.n) filter (where f.kind = 4), 0),
             coalesce(max(f.m) filter (where f.kind = 4), 0),
             coalesce(max(f.n) filter (where f.kind = 5), 0),
             max(f.mean) filter (where f.kind = 5),
             max(f.ids) filter (where f.kind = 1),
             max(f.ids) filter (where f.kind = 2),
             max(f.ids) filter (where f.kind = 3),
             max(f.ids) filter (where f.kind = 4),
             max(f.ids) filter (where f.kind = 5)
      from figures f
      where exists (select 1 from tenant_member p where p.user_id = f.rep_id)
      group by f.rep_id
      order by f.rep_id
      """;

  /** The same figures without the ids behind them, for previews that explain nothing. */
  private static final String SQL_WITHOUT_SOURCES =
      SQL.replaceAll("string_agg\\([^)]*\\)", "null::text");

  /**
   * Every appraised rep's figures for {@code quarter}, revenue counted in {@code currency}, with
   * the ids of the records behind them.
   */
  public List<RepFigures> of(Quarter quarter, ZoneId zone, String currency) {
    return of(quarter, zone, currency, SQL);
  }

  /** Every appraised rep's figures, without the records behind them (their sources are empty). */
  public List<RepFigures> withoutSources(Quarter quarter, ZoneId zone, String currency) {
    return of(quarter, zone, currency, SQL_WITHOUT_SOURCES);
  }

  private List<RepFigures> of(Quarter quarter, ZoneId zone, String currency, String sql) {
    List<?> rows =
        database
            .entityManager()
            .createNativeQuery(sql)
            .setParameter(1, Timestamp.from(quarter.start(zone)))
            .setParameter(2, Timestamp.from(quarter.end(zone)))
            .setParameter(3, currency)
            .setParameter(4, java.sql.Date.valueOf(quarter.firstDay()))
            .setParameter(5, java.sql.Date.valueOf(quarter.endDay()))
            .setParameter(6, quarter.toString())
            .getResultList();
    List<RepFigures> figures = new ArrayList<>(rows.size());
    for (Object row : rows) {
      Object[] c = (Object[]) row;
      RawFigures raw =
          new RawFigures(
              (String) c[0],
              decimal(c[1]).setScale(2, RoundingMode.HALF_EVEN),
              c[2] == null ? null : decimal(c[2]).setScale(2, RoundingMode.HALF_EVEN),
              count(c[3]),
              count(c[4]),
              c[5] == null ? null : decimal(c[5]),
              count(c[6]),
              count(c[7]),
              count(c[8]),
              count(c[9]),
              c[10] == null ? null : decimal(c[10]));
      Map<String, List<String>> sources = new TreeMap<>();
      sources.put("contracts", ids(c[11]));
      sources.put("customers", ids(c[12]));
      sources.put("surveys", ids(c[13]));
      sources.put("milestones", ids(c[14]));
      sources.put("ratings", ids(c[15]));
      figures.add(new RepFigures(raw, sources));
    }
    return figures;
  }

  private static BigDecimal decimal(Object value) {
    return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
  }

  private static long count(Object value) {
    return ((Number) value).longValue();
  }

  private static List<String> ids(Object value) {
    if (value == null) {
      return List.of();
    }
    String[] ids = ((String) value).split(",");
    Arrays.sort(ids);
    return Arrays.asList(ids);
  }
}
