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

  private static final String SQL =
      """
      with signed as (
        select owner_id as rep_id, sum(value) as revenue, count(*) as contracts,
               string_agg(id::text, ',' order by signed_at) as ids
        from contract
        where signed_at >= ?1 and signed_at < ?2 and currency = ?3
        group by owner_id),
      first_contract as (
        select distinct on (customer_id) customer_id, owner_id, signed_at
        from contract where signed_at is not null
        order by customer_id, signed_at, id),
      won as (
        select owner_id as rep_id, count(*) as customers,
               string_agg(customer_id::text, ',' order by signed_at) as ids
        from first_contract where signed_at >= ?1 and signed_at < ?2
        group by owner_id),
      answered as (
        select rep_id, count(*) as surveys, avg(score) as mean,
               string_agg(id::text, ',' order by answered_at) as ids
        from survey
        where answered_at >= ?1 and answered_at < ?2 and score is not null
        group by rep_id),
      due as (
        select c.owner_id as rep_id, count(*) as due,
               count(*) filter (where m.done_on is not null and m.done_on <= m.due_on) as on_time,
               string_agg(m.id::text, ',' order by m.due_on) as ids
        from contract_milestone m
        join contract c on c.tenant_id = m.tenant_id and c.id = m.contract_id
        where m.due_on >= ?4 and m.due_on < ?5 and c.signed_at is not null
          and m.kind in ('delivery', 'company-obligation')
        group by c.owner_id),
      rated as (
        select rated_id as rep_id, count(*) as ratings, avg(rating) as mean,
               string_agg(id::text, ',' order by created_at) as ids
        from collaboration_rating where quarter = ?6
        group by rated_id),
      goals as (
        select subject_id as rep_id, revenue_target
        from goal where quarter = ?6 and scope = 'rep' and currency = ?3),
      reps as (
        select rep_id from signed union select rep_id from won
        union select rep_id from answered union select rep_id from due
        union select rep_id from rated union select rep_id from goals)
      select r.rep_id, coalesce(s.revenue, 0), g.revenue_target, coalesce(s.contracts, 0),
             coalesce(a.surveys, 0), a.mean, coalesce(w.customers, 0), coalesce(d.due, 0),
             coalesce(d.on_time, 0), coalesce(t.ratings, 0), t.mean,
             s.ids, w.ids, a.ids, d.ids, t.ids
      from reps r
      join tenant_member p on p.user_id = r.rep_id
      left join signed s on s.rep_id = r.rep_id
      left join won w on w.rep_id = r.rep_id
      left join answered a on a.rep_id = r.rep_id
      left join due d on d.rep_id = r.rep_id
      left join rated t on t.rep_id = r.rep_id
      left join goals g on g.rep_id = r.rep_id
      order by r.rep_id
      """;

  /** Every appraised rep's figures for {@code quarter}, revenue counted in {@code currency}. */
  public List<RepFigures> of(Quarter quarter, ZoneId zone, String currency) {
    List<?> rows =
        database
            .entityManager()
            .createNativeQuery(SQL)
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
    return value == null ? List.of() : Arrays.asList(((String) value).split(","));
  }
}
