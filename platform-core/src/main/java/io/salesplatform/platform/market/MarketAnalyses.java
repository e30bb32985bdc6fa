package io.salesplatform.platform.market;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.api.Versions;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.outbox.Outbox;
import io.salesplatform.platform.persistence.TenantDatabase;
import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.settings.TenantSettingsService;
import io.salesplatform.platform.team.CompanyPeople;
import io.salesplatform.platform.team.PersonRef;
import io.salesplatform.tenant.config.settings.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The current tenant's market analyses and their schedule; every change audited and told. */
@ApplicationScoped
public class MarketAnalyses {

  public static final Set<String> SORTABLE = Set.of("periodTo", "periodFrom", "createdAt");

  static final int SUMMARY_MAX = 10_000;
  static final int ITEM_MAX = 2_000;
  static final int FINDINGS_MAX = 100;
  static final int CHANGES_MAX = 50;

  @Inject TenantDatabase database;
  @Inject TenantSettingsService settings;
  @Inject CompanyPeople people;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;

  Clock clock = Clock.systemUTC();

  /**
   * Which analyses to list.
   *
   * @param authorId only those this person made
   * @param from only those whose period ends on or after this day
   * @param to only those whose period starts before this day
   */
  public record Filter(String authorId, LocalDate from, LocalDate to) {}

  @Transactional
  public MarketAnalysisView create(MarketAnalysisRequest request, AuditTrail.Actor actor) {
    MarketAnalysis.Content content = content(request);
    MarketAnalysis analysis = new MarketAnalysis(content, actor.id(), clock.instant());
    database.entityManager().persist(analysis);
    MarketAnalysisView view = MarketAnalysisView.of(analysis, people.byId());
    audit.record(
        actor,
        "market-analysis.create",
        "market-analysis:" + analysis.id(),
        "Recorded the market analysis of " + content.periodFrom() + " to " + content.periodTo(),
        null,
        view);
    outbox.emit("market-analysis.recorded", "market-analysis", analysis.id(), view);
    return view;
  }

  @Transactional
  public Optional<MarketAnalysisView> find(UUID id) {
    return Optional.ofNullable(database.entityManager().find(MarketAnalysis.class, id))
        .map(a -> MarketAnalysisView.of(a, people.byId()));
  }

  @Transactional
  public MarketAnalysisView update(
      UUID id, MarketAnalysisRequest request, long basedOn, AuditTrail.Actor actor) {
    MarketAnalysis analysis =
        Optional.ofNullable(database.entityManager().find(MarketAnalysis.class, id))
            .orElseThrow(() -> unknown(id.toString()));
    MarketAnalysis.Content content = content(request);
    Versions.require(analysis.version(), basedOn, "market analysis " + id);
    Map<String, PersonRef> names = people.byId();
    MarketAnalysisView before = MarketAnalysisView.of(analysis, names);
    if (!analysis.change(content, clock.instant())) {
      return before;
    }
    try {
      database.entityManager().flush();
    } catch (OptimisticLockException e) {
      throw Versions.stale("market analysis " + id, basedOn, basedOn + 1);
    }
    MarketAnalysisView after = MarketAnalysisView.of(analysis, names);
    audit.record(
        actor,
        "market-analysis.update",
        "market-analysis:" + id,
        "Changed the market analysis of " + content.periodFrom() + " to " + content.periodTo(),
        before,
        after);
    outbox.emit("market-analysis.updated", "market-analysis", id, after);
    return after;
  }

  @Transactional
  public List<MarketAnalysisView> page(Filter filter, Sort sort, PageRequest page) {
    Map<String, PersonRef> names = people.byId();
    return query(filter, "select a", sort.jpql("a", "id"), MarketAnalysis.class)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultStream()
        .map(a -> MarketAnalysisView.of(a, names))
        .toList();
  }

  @Transactional
  public long count(Filter filter) {
    return query(filter, "select count(a)", "", Long.class).getSingleResult();
  }

  /** When the next analysis is due under the company's interval. */
  @Transactional
  public MarketAnalysisSchedule schedule() {
    TenantSettings current = settings.current().settings();
    LocalDate last =
        database
            .entityManager()
            .createQuery("select max(a.periodTo) from MarketAnalysis a", LocalDate.class)
            .getSingleResult();
    return MarketAnalysisSchedule.of(current.marketAnalysis().intervalDays(), last, today(current));
  }

  private MarketAnalysis.Content content(MarketAnalysisRequest request) {
    List<Problem.FieldError> errors = new ArrayList<>();
    LocalDate today = today(settings.current().settings());
    LocalDate from = day("periodFrom", request.periodFrom, errors);
    LocalDate to = day("periodTo", request.periodTo, errors);
    if (from != null && to != null && to.isBefore(from)) {
      errors.add(new Problem.FieldError("periodTo", "not before periodFrom"));
    }
    if (to != null && to.isAfter(today)) {
      errors.add(
          new Problem.FieldError("periodTo", "an analysis looks back: " + to + " is after today"));
    }
    String summary = Inputs.blankToNull(request.summary);
    if (summary == null) {
      errors.add(new Problem.FieldError("summary", "required"));
    } else if (summary.length() > SUMMARY_MAX) {
      errors.add(new Problem.FieldError("summary", "at most " + SUMMARY_MAX + " characters"));
    }
    List<String> findings = new ArrayList<>();
    List<String> requested = request.findings == null ? List.of() : request.findings;
    if (requested.size() > FINDINGS_MAX) {
      errors.add(new Problem.FieldError("findings", "at most " + FINDINGS_MAX + " findings"));
    } else {
      for (int i = 0; i < requested.size(); i++) {
        String finding = Inputs.blankToNull(requested.get(i));
        if (finding == null || finding.length() > ITEM_MAX) {
          errors.add(
              new Problem.FieldError("findings[" + i + "]", "1 to " + ITEM_MAX + " characters"));
        } else {
          findings.add(finding);
        }
      }
    }
    List<StrategyChange> changes = new ArrayList<>();
    List<MarketAnalysisRequest.StrategyChangeRequest> asked =
        request.strategyChanges == null ? List.of() : request.strategyChanges;
    if (asked.size() > CHANGES_MAX) {
      errors.add(new Problem.FieldError("strategyChanges", "at most " + CHANGES_MAX + " changes"));
    } else {
      for (int i = 0; i < asked.size(); i++) {
        String path = "strategyChanges[" + i + "]";
        MarketAnalysisRequest.StrategyChangeRequest change = asked.get(i);
        if (change == null) {
          errors.add(new Problem.FieldError(path, "a change with decision and decidedOn"));
          continue;
        }
        String decision = Inputs.blankToNull(change.decision);
        if (decision == null || decision.length() > ITEM_MAX) {
          errors.add(
              new Problem.FieldError(path + ".decision", "1 to " + ITEM_MAX + " characters"));
        }
        LocalDate decidedOn = day(path + ".decidedOn", change.decidedOn, errors);
        if (decision != null && decision.length() <= ITEM_MAX && decidedOn != null) {
          changes.add(new StrategyChange(decision, decidedOn));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The market analysis is invalid.", errors);
    }
    return new MarketAnalysis.Content(from, to, summary, findings, changes);
  }

  private static LocalDate day(String field, String value, List<Problem.FieldError> errors) {
    String clean = Inputs.blankToNull(value);
    if (clean == null) {
      errors.add(new Problem.FieldError(field, "required: a day such as 2026-03-31"));
      return null;
    }
    try {
      return LocalDate.parse(clean);
    } catch (DateTimeParseException e) {
      errors.add(new Problem.FieldError(field, "a day such as 2026-03-31"));
      return null;
    }
  }

  private LocalDate today(TenantSettings current) {
    return LocalDate.now(clock.withZone(current.timeZone()));
  }

  private <T> TypedQuery<T> query(Filter filter, String select, String order, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select + " from MarketAnalysis a where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (filter.authorId() != null) {
      jpql.append(" and a.authorId = :author");
      parameters.put("author", filter.authorId());
    }
    if (filter.from() != null) {
      jpql.append(" and a.periodTo >= :from");
      parameters.put("from", filter.from());
    }
    if (filter.to() != null) {
      jpql.append(" and a.periodFrom < :to");
      parameters.put("to", filter.to());
    }
    TypedQuery<T> query = database.entityManager().createQuery(jpql + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  static ProblemException unknown(String id) {
    return Problems.notFound("There is no market analysis " + id + " in this company.");
  }
}
