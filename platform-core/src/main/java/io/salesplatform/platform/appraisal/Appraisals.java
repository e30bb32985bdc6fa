package io.salesplatform.platform.appraisal;

import io.salesplatform.platform.api.Quarter;
import io.salesplatform.platform.appraisal.AppraisalViews.CriterionView;
import io.salesplatform.platform.appraisal.AppraisalViews.Person;
import io.salesplatform.platform.appraisal.AppraisalViews.ResultSummary;
import io.salesplatform.platform.appraisal.AppraisalViews.Rewards;
import io.salesplatform.platform.appraisal.AppraisalViews.RunView;
import io.salesplatform.platform.appraisal.AppraisalViews.WhatIf;
import io.salesplatform.platform.appraisal.AppraisalViews.WhatIfRep;
import io.salesplatform.platform.appraisal.QuarterFigures.RepFigures;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.customer.CustomerViews.Rep;
import io.salesplatform.platform.customer.Reps;
import io.salesplatform.platform.outbox.Outbox;
import io.salesplatform.platform.persistence.Constraints;
import io.salesplatform.platform.persistence.TenantDatabase;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.settings.TenantSettingsService;
import io.salesplatform.tenant.config.settings.AppraisalWeights;
import io.salesplatform.tenant.config.settings.SettingsTree;
import io.salesplatform.tenant.config.settings.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs, freezes, publishes and explains the current tenant's quarterly appraisals (policy chapter
 * 6, 8.3).
 */
@ApplicationScoped
public class Appraisals {

  static final Jsonb JSON = JsonbBuilder.create();
  static final Type SOURCES =
      new HashMap<String, List<String>>() {}.getClass().getGenericSuperclass();
  static final Type CRITERIA =
      new ArrayList<Scorecard.CriterionScore>() {}.getClass().getGenericSuperclass();

  @Inject TenantDatabase database;
  @Inject TenantSettingsService settings;
  @Inject QuarterFigures quarterFigures;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;

  Clock clock = Clock.systemUTC();

  /**
   * Appraises every rep of {@code quarter} now and freezes the run with the settings revision it
   * used. A quarter that has not begun cannot be appraised; the current one can, as an interim
   * view.
   */
  @Transactional
  public RunView run(Quarter quarter, String trigger, AuditTrail.Actor actor) {
    TenantSettingsService.Current current = settings.current();
    TenantSettings tenantSettings = current.settings();
    Instant started = clock.instant();
    if (quarter.start(tenantSettings.timeZone()).isAfter(started)) {
      throw Problems.unprocessable(
          "quarter-not-begun",
          "Quarter not begun",
          quarter + " has not begun in the company's time zone; there is nothing to appraise yet.");
    }
    List<RepFigures> figures =
        quarterFigures.of(
            quarter, tenantSettings.timeZone(), tenantSettings.currency().getCurrencyCode());
    Map<String, RepFigures> byRep = new HashMap<>();
    figures.forEach(f -> byRep.put(f.figures().repId(), f));
    List<Scorecard.Result> results =
        new Scorecard(tenantSettings).appraise(figures.stream().map(RepFigures::figures).toList());
    Map<String, Object> tree = SettingsTree.toTree(tenantSettings);
    Map<String, Object> frozen = new LinkedHashMap<>();
    frozen.put("appraisal", tree.get("appraisal"));
    frozen.put("rewardBands", tree.get("rewardBands"));
    AppraisalRun run =
        new AppraisalRun(
            UUID.randomUUID(),
            quarter.toString(),
            trigger,
            current.revision(),
            JSON.toJson(frozen),
            results.size(),
            actor.id(),
            started,
            clock.instant());
    try {
      database.entityManager().persist(run);
      database.entityManager().flush();
    } catch (PersistenceException e) {
      if (Constraints.isUniqueViolation(e)) {
        throw Problems.conflict(
            "appraisal-scheduled-already",
            "Appraised already",
            "The schedule has appraised " + quarter + " already.");
      }
      throw e;
    }
    insertResults(run.id(), results, byRep);
    Reps names = names();
    RunView view = view(run, summaries(results, names), names);
    audit.record(
        actor,
        "appraisal.run",
        "appraisal-run:" + run.id(),
        "Appraised " + results.size() + " reps for " + quarter + " (" + trigger + ")",
        null,
        new RunView(
            view.id(),
            view.quarter(),
            view.trigger(),
            view.settingsRevision(),
            view.reps(),
            view.startedBy(),
            view.startedAt(),
            view.finishedAt(),
            false,
            null,
            List.of()));
    outbox.emit(
        "appraisal.finished",
        "appraisal-run",
        run.id(),
        Map.of("quarter", quarter.toString(), "reps", results.size(), "trigger", trigger));
    return view;
  }

  /** Every rep's score and rank now and under {@code proposed} weights; nothing is saved. */
  @Transactional
  public WhatIf whatIf(Quarter quarter, AppraisalWeights proposed) {
    TenantSettingsService.Current current = settings.current();
    TenantSettings tenantSettings = current.settings();
    List<RawFigures> figures =
        quarterFigures
            .withoutSources(
                quarter, tenantSettings.timeZone(), tenantSettings.currency().getCurrencyCode())
            .stream()
            .map(RepFigures::figures)
            .toList();
    Scorecard now = new Scorecard(tenantSettings);
    Map<String, Scorecard.Result> before = new HashMap<>();
    now.appraise(figures).forEach(r -> before.put(r.figures().repId(), r));
    Reps names = names();
    List<WhatIfRep> reps = new ArrayList<>();
    for (Scorecard.Result after : now.weighing(proposed).appraise(figures)) {
      Scorecard.Result was = before.get(after.figures().repId());
      reps.add(
          new WhatIfRep(
              person(names, after.figures().repId()),
              was.overall(),
              was.rank(),
              after.overall(),
              after.rank(),
              was.rank() - after.rank(),
              after.band()));
    }
    return new WhatIf(
        quarter.toString(),
        current.revision(),
        weights(tenantSettings.appraisal().weights()),
        weights(proposed),
        reps);
  }

  /** Makes a run the quarter's published appraisal, visible to the whole sales team. */
  @Transactional
  public RunView publish(UUID runId, AuditTrail.Actor actor) {
    AppraisalRun run = existing(runId, true);
    if (run.published()) {
      return view(run, results(run.id(), names()), names());
    }
    List<AppraisalRun> published =
        database
            .entityManager()
            .createQuery(
                "select r from AppraisalRun r where r.quarter = :quarter and r.published = true",
                AppraisalRun.class)
            .setParameter("quarter", run.quarter())
            .getResultList();
    if (!published.isEmpty()) {
      throw Problems.conflict(
          "appraisal-published-already",
          "Published already",
          "Run "
              + published.get(0).id()
              + " is the published appraisal of "
              + run.quarter()
              + "; a published appraisal is final.");
    }
    run.publish(actor.id(), clock.instant());
    try {
      database.entityManager().flush();
    } catch (PersistenceException e) {
      if (Constraints.isUniqueViolation(e)) {
        throw Problems.conflict(
            "appraisal-published-already",
            "Published already",
            run.quarter() + " has a published appraisal already.");
      }
      throw e;
    }
    Reps names = names();
    RunView view = view(run, results(run.id(), names), names);
    audit.record(
        actor,
        "appraisal.publish",
        "appraisal-run:" + run.id(),
        "Published the appraisal of " + run.quarter(),
        null,
        Map.of("runId", run.id().toString(), "quarter", run.quarter()));
    outbox.emit(
        "appraisal.published",
        "appraisal-run",
        run.id(),
        Map.of("quarter", run.quarter(), "reps", run.repCount()));
    return view;
  }

  /** Whether {@code quarter} has a published appraisal. */
  @Transactional
  public boolean published(Quarter quarter) {
    return database
            .entityManager()
            .createQuery(
                "select count(r) from AppraisalRun r where r.quarter = :quarter"
                    + " and r.published = true",
                Long.class)
            .setParameter("quarter", quarter.toString())
            .getSingleResult()
        > 0;
  }

  /** Whether the schedule has appraised {@code quarter} already. */
  @Transactional
  public boolean scheduled(Quarter quarter) {
    return database
            .entityManager()
            .createQuery(
                "select count(r) from AppraisalRun r where r.quarter = :quarter"
                    + " and r.trigger = 'schedule'",
                Long.class)
            .setParameter("quarter", quarter.toString())
            .getSingleResult()
        > 0;
  }

  /** The runs of a quarter (or all), newest first; unpublished ones only when {@code all}. */
  @Transactional
  public List<RunView> runs(Quarter quarter, boolean all) {
    StringBuilder jpql = new StringBuilder("select r from AppraisalRun r where 1 = 1");
    if (quarter != null) {
      jpql.append(" and r.quarter = :quarter");
    }
    if (!all) {
      jpql.append(" and r.published = true");
    }
    var query =
        database
            .entityManager()
            .createQuery(jpql + " order by r.startedAt desc", AppraisalRun.class)
            .setMaxResults(200);
    if (quarter != null) {
      query.setParameter("quarter", quarter.toString());
    }
    Reps names = names();
    return query.getResultStream().map(run -> view(run, null, names)).toList();
  }

  /** One run with every rep's place. */
  @Transactional
  public RunView find(UUID runId, boolean all) {
    AppraisalRun run = existing(runId, all);
    Reps names = names();
    return view(run, results(run.id(), names), names);
  }

  /** The outcomes of the quarter's published appraisal. */
  @Transactional
  public Rewards rewards(Quarter quarter) {
    AppraisalRun run =
        database
            .entityManager()
            .createQuery(
                "select r from AppraisalRun r where r.quarter = :quarter and r.published = true",
                AppraisalRun.class)
            .setParameter("quarter", quarter.toString())
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () ->
                    Problems.notFound(
                        quarter + " has no published appraisal yet, so no rewards either."));
    return new Rewards(quarter.toString(), run.id(), results(run.id(), names()));
  }

  AppraisalRun existing(UUID runId, boolean all) {
    AppraisalRun run = database.entityManager().find(AppraisalRun.class, runId);
    if (run == null || (!all && !run.published())) {
      throw unknownRun(runId.toString());
    }
    return run;
  }

  static ProblemException unknownRun(String id) {
    return Problems.notFound("There is no appraisal run " + id + " in reach in this company.");
  }

  /** One stored result: the rep's place, criteria and the ids of the records behind them. */
  record StoredResult(
      String repId,
      BigDecimal overall,
      int rank,
      String band,
      AppraisalViews.Outcome outcome,
      List<Scorecard.CriterionScore> criteria,
      Map<String, List<String>> sources) {}

  Optional<StoredResult> stored(UUID runId, String repId) {
    List<?> rows =
        database
            .entityManager()
            .createNativeQuery(
                "select rep_id, overall, rank, band, outcome::text, criteria::text, sources::text"
                    + " from appraisal_result where run_id = ?1 and rep_id = ?2")
            .setParameter(1, runId)
            .setParameter(2, repId)
            .getResultList();
    return rows.stream().findFirst().map(row -> stored((Object[]) row));
  }

  private List<ResultSummary> results(UUID runId, Reps names) {
    List<?> rows =
        database
            .entityManager()
            .createNativeQuery(
                "select rep_id, overall, rank, band, outcome::text from appraisal_result"
                    + " where run_id = ?1 order by rank, rep_id")
            .setParameter(1, runId)
            .getResultList();
    List<ResultSummary> results = new ArrayList<>(rows.size());
    for (Object row : rows) {
      Object[] c = (Object[]) row;
      results.add(
          new ResultSummary(
              person(names, (String) c[0]),
              (BigDecimal) c[1],
              ((Number) c[2]).intValue(),
              (String) c[3],
              JSON.fromJson((String) c[4], AppraisalViews.Outcome.class)));
    }
    return results;
  }

  private static StoredResult stored(Object[] c) {
    List<Scorecard.CriterionScore> criteria = JSON.fromJson((String) c[5], CRITERIA);
    Map<String, List<String>> sources = JSON.fromJson((String) c[6], SOURCES);
    return new StoredResult(
        (String) c[0],
        (BigDecimal) c[1],
        ((Number) c[2]).intValue(),
        (String) c[3],
        JSON.fromJson((String) c[4], AppraisalViews.Outcome.class),
        criteria,
        sources);
  }

  private void insertResults(
      UUID runId, List<Scorecard.Result> results, Map<String, RepFigures> byRep) {
    Connection connection = database.entityManager().unwrap(Connection.class);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into appraisal_result (tenant_id, run_id, rep_id, overall, rank, band,"
                + " outcome, figures, criteria, sources) values (?, ?, ?, ?, ?, ?, ?::jsonb,"
                + " ?::jsonb, ?::jsonb, ?::jsonb)")) {
      UUID tenant = UUID.fromString(database.tenantId().toString());
      for (Scorecard.Result result : results) {
        insert.setObject(1, tenant);
        insert.setObject(2, runId);
        insert.setString(3, result.figures().repId());
        insert.setBigDecimal(4, result.overall());
        insert.setInt(5, result.rank());
        insert.setString(6, result.band());
        insert.setString(7, JSON.toJson(AppraisalViews.Outcome.of(result.outcome())));
        insert.setString(8, JSON.toJson(result.figures()));
        insert.setString(9, JSON.toJson(result.criteria()));
        insert.setString(10, SourcesJson.write(byRep.get(result.figures().repId()).sources()));
        insert.addBatch();
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new PersistenceException("storing the appraisal results failed", e);
    }
  }

  private static List<ResultSummary> summaries(List<Scorecard.Result> results, Reps names) {
    return results.stream()
        .map(
            r ->
                new ResultSummary(
                    person(names, r.figures().repId()),
                    r.overall(),
                    r.rank(),
                    r.band(),
                    AppraisalViews.Outcome.of(r.outcome())))
        .toList();
  }

  private static RunView view(AppraisalRun run, List<ResultSummary> results, Reps names) {
    return new RunView(
        run.id(),
        run.quarter(),
        run.trigger(),
        run.settingsRevision(),
        run.repCount(),
        person(names, run.startedBy()),
        run.startedAt(),
        run.finishedAt(),
        run.published(),
        run.publishedAt(),
        results);
  }

  static Map<String, Integer> weights(AppraisalWeights weights) {
    Map<String, Integer> byId = new LinkedHashMap<>();
    Scorecard.weights(weights).forEach((criterion, weight) -> byId.put(criterion.id(), weight));
    return byId;
  }

  Reps names() {
    return Reps.of(database.entityManager());
  }

  static Person person(Reps names, String id) {
    Rep rep = names.get(id);
    return rep == null ? null : new Person(rep.id(), rep.name());
  }

  static List<CriterionView> criteria(
      List<Scorecard.CriterionScore> criteria,
      Map<Criterion, List<AppraisalViews.Source>> records) {
    return criteria.stream()
        .map(
            c ->
                new CriterionView(
                    c.criterion().id(),
                    c.raw(),
                    c.unit(),
                    c.score(),
                    c.weight(),
                    c.effectiveWeight(),
                    c.contribution(),
                    c.explanation(),
                    records.getOrDefault(c.criterion(), List.of())))
        .toList();
  }
}
