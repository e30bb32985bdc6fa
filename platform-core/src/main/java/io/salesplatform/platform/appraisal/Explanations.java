package io.salesplatform.platform.appraisal;

import io.salesplatform.platform.appraisal.AppraisalViews.CommentView;
import io.salesplatform.platform.appraisal.AppraisalViews.ResultView;
import io.salesplatform.platform.appraisal.AppraisalViews.Source;
import io.salesplatform.platform.customer.Reps;
import io.salesplatform.platform.persistence.TenantDatabase;
import io.salesplatform.platform.settings.TenantSettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A rep's frozen result with every criterion's records read back by the ids the run kept, so that
 * each score can be traced to the contracts, customers, surveys, milestones and ratings behind it.
 */
@ApplicationScoped
public class Explanations {

  @Inject TenantDatabase database;
  @Inject TenantSettingsService settings;
  @Inject Appraisals appraisals;

  /**
   * The result of {@code repId} in a run. Who rated is shown only when {@code showRaters} (to
   * managers); peers' ratings stay anonymous to the rated rep and to colleagues.
   */
  @Transactional
  public ResultView explain(UUID runId, String repId, boolean all, boolean showRaters) {
    AppraisalRun run = appraisals.existing(runId, all);
    Appraisals.StoredResult result =
        appraisals
            .stored(runId, repId)
            .orElseThrow(
                () ->
                    io.salesplatform.platform.problem.Problems.notFound(
                        "Run " + runId + " has no result for " + repId + "."));
    ZoneId zone = settings.current().settings().timeZone();
    Reps names = appraisals.names();
    Map<Criterion, List<Source>> records = new EnumMap<>(Criterion.class);
    Map<String, List<String>> ids = result.sources();
    records.put(Criterion.SALES_REVENUE, contracts(ids.get("contracts"), zone));
    records.put(Criterion.NEW_CUSTOMERS, customers(ids.get("customers")));
    records.put(Criterion.CUSTOMER_SATISFACTION, surveys(ids.get("surveys"), zone));
    records.put(Criterion.CONTRACT_FULFILMENT, milestones(ids.get("milestones")));
    records.put(Criterion.TEAM_COLLABORATION, ratings(ids.get("ratings"), zone, showRaters, names));
    return new ResultView(
        run.id(),
        run.quarter(),
        run.settingsRevision(),
        Appraisals.person(names, repId),
        result.overall(),
        result.rank(),
        result.band(),
        result.outcome(),
        Appraisals.criteria(result.criteria(), records),
        comments(runId, repId, names));
  }

  List<CommentView> comments(UUID runId, String repId, Reps names) {
    return database
        .entityManager()
        .createQuery(
            "select c from AppraisalComment c where c.runId = :run and c.repId = :rep"
                + " order by c.createdAt",
            AppraisalComment.class)
        .setParameter("run", runId)
        .setParameter("rep", repId)
        .getResultStream()
        .map(c -> view(c, names))
        .toList();
  }

  static CommentView view(AppraisalComment c, Reps names) {
    return new CommentView(
        c.id(),
        c.kind(),
        c.text(),
        Appraisals.person(names, c.authorId()),
        c.createdAt(),
        c.answer(),
        c.decision(),
        Appraisals.person(names, c.answeredBy()),
        c.answeredAt(),
        c.version());
  }

  private List<Object[]> rows(String sql, List<String> ids) {
    if (ids == null || ids.isEmpty()) {
      return List.of();
    }
    List<Object[]> rows = new ArrayList<>();
    for (Object row :
        database
            .entityManager()
            .createNativeQuery(sql)
            .setParameter(1, String.join(",", ids))
            .getResultList()) {
      rows.add(row instanceof Object[] columns ? columns : new Object[] {row});
    }
    return rows;
  }

  private static final String IDS = "any(string_to_array(?1, ',')::uuid[])";

  private List<Source> contracts(List<String> ids, ZoneId zone) {
    return rows(
            "select c.id::text, c.number, cu.name, c.value, c.currency, c.signed_at"
                + " from contract c join customer cu on cu.tenant_id = c.tenant_id"
                + " and cu.id = c.customer_id where c.id = "
                + IDS
                + " order by c.signed_at",
            ids)
        .stream()
        .map(
            r ->
                new Source(
                    "contract",
                    (String) r[0],
                    "Contract " + r[1] + " with " + r[2],
                    money(r[3]) + " " + ((String) r[4]).strip(),
                    day(r[5], zone)))
        .toList();
  }

  private List<Source> customers(List<String> ids) {
    return rows("select id::text, name from customer where id = " + IDS + " order by name", ids)
        .stream()
        .map(r -> new Source("customer", (String) r[0], (String) r[1], "new", null))
        .toList();
  }

  private List<Source> surveys(List<String> ids, ZoneId zone) {
    return rows(
            "select s.id::text, cu.name, s.score, s.answered_at from survey s"
                + " join customer cu on cu.tenant_id = s.tenant_id and cu.id = s.customer_id"
                + " where s.id = "
                + IDS
                + " order by s.answered_at",
            ids)
        .stream()
        .map(
            r ->
                new Source(
                    "survey",
                    (String) r[0],
                    "Survey answered for " + r[1],
                    String.valueOf(r[2]),
                    day(r[3], zone)))
        .toList();
  }

  private List<Source> milestones(List<String> ids) {
    return rows(
            "select m.id::text, m.title, c.number, m.due_on, m.done_on from contract_milestone m"
                + " join contract c on c.tenant_id = m.tenant_id and c.id = m.contract_id"
                + " where m.id = "
                + IDS
                + " order by m.due_on",
            ids)
        .stream()
        .map(
            r -> {
              LocalDate due = date(r[3]);
              LocalDate done = date(r[4]);
              String figure =
                  done == null
                      ? "not done"
                      : done.isAfter(due) ? "done late on " + done : "done on time on " + done;
              return new Source(
                  "milestone", (String) r[0], r[1] + " (contract " + r[2] + ")", figure, due);
            })
        .toList();
  }

  private List<Source> ratings(List<String> ids, ZoneId zone, boolean showRaters, Reps names) {
    return rows(
            "select id::text, rater_role, rating, comment, updated_at, rater_id"
                + " from collaboration_rating where id = "
                + IDS
                + " order by updated_at",
            ids)
        .stream()
        .map(
            r -> {
              String by =
                  showRaters
                      ? Appraisals.person(names, (String) r[5]).name() + " (" + r[1] + ")"
                      : "a " + r[1];
              String label = "Rated by " + by + (r[3] == null ? "" : ": " + r[3]);
              return new Source(
                  "rating", (String) r[0], label, String.valueOf(r[2]), day(r[4], zone));
            })
        .toList();
  }

  private static String money(Object value) {
    return ((BigDecimal) value).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static LocalDate day(Object value, ZoneId zone) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant().atZone(zone).toLocalDate();
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.atZoneSameInstant(zone).toLocalDate();
    }
    return null;
  }

  private static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
  }
}
