package io.salesplatform.platform.goal;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.Money;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Quarter;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.api.Versions;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.customer.CustomerViews.Rep;
import io.salesplatform.platform.customer.Reps;
import io.salesplatform.platform.goal.Achievements.Achieved;
import io.salesplatform.platform.goal.GoalViews.CountProgress;
import io.salesplatform.platform.goal.GoalViews.GoalView;
import io.salesplatform.platform.goal.GoalViews.History;
import io.salesplatform.platform.goal.GoalViews.QuarterFigures;
import io.salesplatform.platform.goal.GoalViews.Range;
import io.salesplatform.platform.goal.GoalViews.RealismView;
import io.salesplatform.platform.goal.GoalViews.RevenueProgress;
import io.salesplatform.platform.goal.GoalViews.Subject;
import io.salesplatform.platform.outbox.Outbox;
import io.salesplatform.platform.persistence.Constraints;
import io.salesplatform.platform.persistence.TenantDatabase;
import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.settings.TenantSettingsService;
import io.salesplatform.platform.tenant.TenantMember;
import io.salesplatform.tenant.config.settings.GoalRealism;
import io.salesplatform.tenant.config.settings.GoalRealism.Assessment;
import io.salesplatform.tenant.config.settings.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The current tenant's quarterly goals (policy 4.1, 6.1): set per company, team or rep, judged
 * against history when set, and measured live against signed contracts.
 */
@ApplicationScoped
public class Goals {

  /** How many quarters before a goal's quarter make up the history it is judged against. */
  static final int HISTORY_QUARTERS = 4;

  public static final Set<String> SORTABLE =
      Set.of("quarter", "scope", "revenueTarget", "newCustomerTarget", "updatedAt");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int MAX_NEW_CUSTOMERS = 1_000_000;

  @Inject TenantDatabase database;
  @Inject TenantSettingsService settings;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;
  @Inject Achievements achievements;
  @Inject TeamRoster teams;

  Clock clock = Clock.systemUTC();

  /**
   * Which goals to list.
   *
   * @param quarter only this quarter's
   * @param scope only goals of this scope
   * @param subjectId only the goals of this team or rep
   */
  public record Filter(Quarter quarter, GoalScope scope, String subjectId) {}

  @Transactional
  public GoalView create(GoalRequest request, AuditTrail.Actor actor) {
    List<Problem.FieldError> errors = new ArrayList<>();
    Quarter quarter = null;
    if (request.quarter == null || request.quarter.isBlank()) {
      errors.add(new Problem.FieldError("quarter", "required: a quarter such as 2026-Q4"));
    } else {
      try {
        quarter = Quarter.parse(request.quarter, "quarter");
      } catch (ProblemException e) {
        errors.add(new Problem.FieldError("quarter", "a quarter such as 2026-Q4"));
      }
    }
    GoalScope scope = GoalScope.of(Inputs.blankToNull(request.scope)).orElse(null);
    if (scope == null) {
      errors.add(new Problem.FieldError("scope", "required: company, team or rep"));
    }
    Subject subject = scope == null ? null : subject(scope, request.subjectId, true, errors);
    Targets targets = targets(request, errors);
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The goal is invalid.", errors);
    }
    TenantSettings current = settings.current().settings();
    String currency = current.currency().getCurrencyCode();
    GoalTargets judged = judge(targets, quarter, scope, subject, currency, current, actor);
    Goal goal = new Goal(quarter.toString(), scope, subject.id(), judged, clock.instant());
    try {
      database.entityManager().persist(goal);
      database.entityManager().flush();
    } catch (PersistenceException e) {
      if (Constraints.isUniqueViolation(e)) {
        throw taken(quarter, scope, subject);
      }
      throw e;
    }
    GoalView view = view(goal, current, new HashMap<>(), names());
    audit.record(
        actor,
        "goal.set",
        "goal:" + goal.id(),
        "Set the " + describe(quarter, scope, subject) + " goal",
        null,
        view);
    outbox.emit("goal.set", "goal", goal.id(), view);
    return view;
  }

  @Transactional
  public Optional<GoalView> find(UUID id) {
    return Optional.ofNullable(database.entityManager().find(Goal.class, id))
        .map(goal -> view(goal, settings.current().settings(), new HashMap<>(), names()));
  }

  @Transactional
  public GoalView update(UUID id, GoalRequest request, long basedOn, AuditTrail.Actor actor) {
    Goal goal = existing(id);
    List<Problem.FieldError> errors = new ArrayList<>();
    if (request.quarter != null && !request.quarter.strip().equals(goal.quarter())) {
      errors.add(new Problem.FieldError("quarter", "a goal keeps its quarter"));
    }
    if (request.scope != null && !request.scope.strip().equals(goal.scope().id())) {
      errors.add(new Problem.FieldError("scope", "a goal keeps its scope"));
    }
    if (request.subjectId != null
        && !request.subjectId.isBlank()
        && !request.subjectId.strip().equals(goal.subjectId())) {
      errors.add(new Problem.FieldError("subjectId", "a goal keeps its team or rep"));
    }
    Targets targets = targets(request, errors);
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The goal is invalid.", errors);
    }
    Versions.require(goal.version(), basedOn, "goal " + id);
    TenantSettings current = settings.current().settings();
    Reps names = names();
    Quarter quarter = Quarter.parse(goal.quarter(), "quarter");
    Subject subject = subjectOf(goal, names);
    GoalView before = view(goal, current, new HashMap<>(), names);
    GoalTargets judged =
        judge(targets, quarter, goal.scope(), subject, goal.targets().currency(), current, actor);
    if (!goal.change(judged, clock.instant())) {
      return before;
    }
    try {
      database.entityManager().flush();
    } catch (OptimisticLockException e) {
      throw Versions.stale("goal " + id, basedOn, basedOn + 1);
    }
    GoalView after = view(goal, current, new HashMap<>(), names);
    audit.record(
        actor,
        "goal.update",
        "goal:" + id,
        "Changed the " + describe(quarter, goal.scope(), subject) + " goal",
        before,
        after);
    outbox.emit("goal.updated", "goal", id, after);
    return after;
  }

  @Transactional
  public void delete(UUID id, long basedOn, AuditTrail.Actor actor) {
    Goal goal = existing(id);
    Versions.require(goal.version(), basedOn, "goal " + id);
    Reps names = names();
    GoalView before = view(goal, settings.current().settings(), new HashMap<>(), names);
    database.entityManager().remove(goal);
    try {
      database.entityManager().flush();
    } catch (OptimisticLockException e) {
      throw Versions.stale("goal " + id, basedOn, basedOn + 1);
    }
    audit.record(
        actor,
        "goal.delete",
        "goal:" + id,
        "Removed the "
            + describe(
                Quarter.parse(goal.quarter(), "quarter"), goal.scope(), subjectOf(goal, names))
            + " goal",
        before,
        null);
    outbox.emit("goal.removed", "goal", id, before);
  }

  @Transactional
  public List<GoalView> page(Filter filter, Sort sort, PageRequest page) {
    TenantSettings current = settings.current().settings();
    Map<String, Map<String, Achieved>> byQuarter = new HashMap<>();
    Reps names = names();
    return query(filter, "select g", sort.jpql("g", "id"), Goal.class)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultStream()
        .map(goal -> view(goal, current, byQuarter, names))
        .toList();
  }

  @Transactional
  public long count(Filter filter) {
    return query(filter, "select count(g)", "", Long.class).getSingleResult();
  }

  /** A subject's record before a quarter, and what targets the company would call realistic. */
  @Transactional
  public History history(Quarter quarter, String scopeId, String subjectId) {
    List<Problem.FieldError> errors = new ArrayList<>();
    GoalScope scope = GoalScope.of(Inputs.blankToNull(scopeId)).orElse(null);
    if (scope == null) {
      throw Problems.badRequest("scope", "required: company, team or rep");
    }
    Subject subject = subject(scope, subjectId, false, errors);
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The subject is invalid.", errors);
    }
    TenantSettings current = settings.current().settings();
    String currency = current.currency().getCurrencyCode();
    Record record = record(quarter, scope, subject, currency, current.timeZone());
    GoalRealism realism = current.goalRealism();
    Range range =
        record.revenue() == null
            ? null
            : new Range(
                new Money(
                    percentOf(record.revenue(), realism.unchallengingBelowPercent()), currency),
                new Money(
                    percentOf(record.revenue(), realism.unrealisticAbovePercent()), currency));
    return new History(
        quarter.toString(),
        subject,
        record.quarters(),
        record.revenue() == null ? null : new Money(record.revenue(), currency),
        record.newCustomers(),
        range);
  }

  private record Targets(BigDecimal revenue, int newCustomers, String note) {}

  private record Record(
      List<QuarterFigures> quarters, BigDecimal revenue, BigDecimal newCustomers) {}

  private Targets targets(GoalRequest request, List<Problem.FieldError> errors) {
    BigDecimal revenue = Inputs.amount("revenueTarget", request.revenueTarget, true, errors);
    if (request.newCustomerTarget == null) {
      errors.add(new Problem.FieldError("newCustomerTarget", "required: 0 or more"));
    } else if (request.newCustomerTarget < 0 || request.newCustomerTarget > MAX_NEW_CUSTOMERS) {
      errors.add(new Problem.FieldError("newCustomerTarget", "0 to " + MAX_NEW_CUSTOMERS));
    }
    String note = Inputs.blankToNull(request.note);
    if (note != null && note.length() > 2000) {
      errors.add(new Problem.FieldError("note", "at most 2000 characters"));
    }
    return errors.isEmpty() ? new Targets(revenue, request.newCustomerTarget, note) : null;
  }

  private GoalTargets judge(
      Targets targets,
      Quarter quarter,
      GoalScope scope,
      Subject subject,
      String currency,
      TenantSettings current,
      AuditTrail.Actor actor) {
    Record record = record(quarter, scope, subject, currency, current.timeZone());
    GoalRealism realism = current.goalRealism();
    return new GoalTargets(
        targets.revenue(),
        currency,
        targets.newCustomers(),
        targets.note(),
        new GoalTargets.Realism(
            record.revenue(),
            realism.assess(targets.revenue(), record.revenue()),
            record.newCustomers(),
            realism.assess(BigDecimal.valueOf(targets.newCustomers()), record.newCustomers())),
        actor.id());
  }

  /**
   * The subject's figures in the quarters before {@code quarter}, and their means per quarter
   * counted from the first quarter in which the subject signed anything (a rep who started two
   * quarters ago is measured over those two).
   */
  private Record record(
      Quarter quarter, GoalScope scope, Subject subject, String currency, ZoneId zone) {
    Set<String> reps = reps(scope, subject);
    List<QuarterFigures> figures = new ArrayList<>();
    for (int back = HISTORY_QUARTERS; back >= 1; back--) {
      Quarter earlier = quarter.minus(back);
      Map<String, Achieved> byRep =
          achievements.byRep(earlier.start(zone), earlier.end(zone), currency);
      Achieved achieved = reps == null ? Achievements.total(byRep) : Achievements.of(byRep, reps);
      figures.add(
          new QuarterFigures(
              earlier.toString(),
              new Money(achieved.revenue(), currency),
              achieved.newCustomers(),
              earlier.firstDay()));
    }
    int first = 0;
    while (first < figures.size()
        && figures.get(first).revenue().amount().signum() == 0
        && figures.get(first).newCustomers() == 0) {
      first++;
    }
    if (first == figures.size()) {
      return new Record(figures, null, null);
    }
    List<QuarterFigures> counted = figures.subList(first, figures.size());
    BigDecimal quarters = BigDecimal.valueOf(counted.size());
    BigDecimal revenue =
        counted.stream()
            .map(f -> f.revenue().amount())
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .divide(quarters, 2, RoundingMode.HALF_EVEN);
    BigDecimal newCustomers =
        BigDecimal.valueOf(counted.stream().mapToLong(QuarterFigures::newCustomers).sum())
            .divide(quarters, 2, RoundingMode.HALF_EVEN);
    return new Record(figures, revenue, newCustomers);
  }

  /** The reps whose contracts count for a subject, or null for everyone (the company). */
  private Set<String> reps(GoalScope scope, Subject subject) {
    return switch (scope) {
      case COMPANY -> null;
      case REP -> Set.of(subject.id());
      case TEAM -> teams.members(UUID.fromString(subject.id()));
    };
  }

  private Subject subject(
      GoalScope scope, String requested, boolean forNewGoal, List<Problem.FieldError> errors) {
    String id = Inputs.blankToNull(requested);
    switch (scope) {
      case COMPANY -> {
        if (id != null && !id.equals(Goal.COMPANY_SUBJECT)) {
          errors.add(new Problem.FieldError("subjectId", "the company's goal names no subject"));
          return null;
        }
        return new Subject(Goal.COMPANY_SUBJECT, null);
      }
      case REP -> {
        if (id == null) {
          errors.add(new Problem.FieldError("subjectId", "required: the rep's user id"));
          return null;
        }
        TenantMember member = database.entityManager().find(TenantMember.class, id);
        if (member == null || (forNewGoal && !member.isActive())) {
          errors.add(
              new Problem.FieldError("subjectId", "no active person of the company has this id"));
          return null;
        }
        return new Subject(id, nameOf(member));
      }
      case TEAM -> {
        if (id == null) {
          errors.add(new Problem.FieldError("subjectId", "required: the team's id"));
          return null;
        }
        UUID teamId;
        try {
          teamId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
          errors.add(new Problem.FieldError("subjectId", "the company has no such team"));
          return null;
        }
        Optional<String> name = teams.name(teamId);
        if (name.isEmpty()) {
          errors.add(new Problem.FieldError("subjectId", "the company has no such team"));
          return null;
        }
        return new Subject(teamId.toString(), name.get());
      }
    }
    throw new IllegalStateException(scope.name());
  }

  private Subject subjectOf(Goal goal, Reps names) {
    return switch (goal.scope()) {
      case COMPANY -> new Subject(Goal.COMPANY_SUBJECT, null);
      case REP -> subject(names.get(goal.subjectId()));
      case TEAM ->
          new Subject(goal.subjectId(), teams.name(UUID.fromString(goal.subjectId())).orElse(null));
    };
  }

  private GoalView view(
      Goal goal, TenantSettings current, Map<String, Map<String, Achieved>> byQuarter, Reps names) {
    ZoneId zone = current.timeZone();
    Quarter quarter = Quarter.parse(goal.quarter(), "quarter");
    GoalTargets targets = goal.targets();
    Map<String, Achieved> byRep =
        byQuarter.computeIfAbsent(
            goal.quarter() + "/" + targets.currency(),
            key -> achievements.byRep(quarter.start(zone), quarter.end(zone), targets.currency()));
    Subject subject = subjectOf(goal, names);
    Set<String> reps = reps(goal.scope(), subject);
    Achieved achieved = reps == null ? Achievements.total(byRep) : Achievements.of(byRep, reps);
    return new GoalView(
        goal.id(),
        goal.quarter(),
        goal.scope().id(),
        subject,
        new RevenueProgress(
            new Money(targets.revenue(), targets.currency()),
            new Money(achieved.revenue(), targets.currency()),
            percent(achieved.revenue(), targets.revenue())),
        new CountProgress(
            targets.newCustomers(),
            achieved.newCustomers(),
            percent(
                BigDecimal.valueOf(achieved.newCustomers()),
                BigDecimal.valueOf(targets.newCustomers()))),
        elapsed(quarter, zone),
        realism(targets),
        targets.note(),
        subject(names.get(targets.setBy())),
        goal.createdAt(),
        goal.updatedAt(),
        goal.version());
  }

  private static RealismView realism(GoalTargets targets) {
    GoalTargets.Realism realism = targets.realism();
    List<String> warnings = new ArrayList<>();
    if (realism.revenue() != Assessment.REALISTIC) {
      warnings.add(
          "The revenue target "
              + targets.revenue().toPlainString()
              + " "
              + targets.currency()
              + " is "
              + percent(targets.revenue(), realism.revenueHistory()).toPlainString()
              + "% of the mean "
              + realism.revenueHistory().toPlainString()
              + " signed per quarter before: "
              + word(realism.revenue())
              + ".");
    }
    if (realism.newCustomers() != Assessment.REALISTIC) {
      warnings.add(
          "The target of "
              + targets.newCustomers()
              + " new customers is "
              + percent(BigDecimal.valueOf(targets.newCustomers()), realism.newCustomerHistory())
                  .toPlainString()
              + "% of the mean "
              + realism.newCustomerHistory().toPlainString()
              + " won per quarter before: "
              + word(realism.newCustomers())
              + ".");
    }
    return new RealismView(
        word(realism.revenue()),
        realism.revenueHistory() == null
            ? null
            : new Money(realism.revenueHistory(), targets.currency()),
        word(realism.newCustomers()),
        realism.newCustomerHistory(),
        warnings);
  }

  private static String word(Assessment assessment) {
    return assessment.name().toLowerCase(Locale.ROOT);
  }

  private BigDecimal elapsed(Quarter quarter, ZoneId zone) {
    Instant now = clock.instant();
    Instant start = quarter.start(zone);
    Instant end = quarter.end(zone);
    if (!now.isAfter(start)) {
      return BigDecimal.ZERO.setScale(1);
    }
    if (!now.isBefore(end)) {
      return HUNDRED.setScale(1);
    }
    return percent(
        BigDecimal.valueOf(Duration.between(start, now).toSeconds()),
        BigDecimal.valueOf(Duration.between(start, end).toSeconds()));
  }

  /** {@code part} in percent of {@code whole}, one decimal; null when the whole is zero. */
  static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    if (whole == null || whole.signum() == 0) {
      return null;
    }
    return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_EVEN);
  }

  private static BigDecimal percentOf(BigDecimal amount, int percent) {
    return amount.multiply(BigDecimal.valueOf(percent)).divide(HUNDRED, 2, RoundingMode.HALF_EVEN);
  }

  private Reps names() {
    return Reps.of(database.entityManager());
  }

  private static Subject subject(Rep rep) {
    return new Subject(rep.id(), rep.name());
  }

  private static String nameOf(TenantMember member) {
    return member.displayName() == null ? member.username() : member.displayName();
  }

  private Goal existing(UUID id) {
    return Optional.ofNullable(database.entityManager().find(Goal.class, id))
        .orElseThrow(() -> unknown(id.toString()));
  }

  private <T> TypedQuery<T> query(Filter filter, String select, String order, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select + " from Goal g where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (filter.quarter() != null) {
      jpql.append(" and g.quarter = :quarter");
      parameters.put("quarter", filter.quarter().toString());
    }
    if (filter.scope() != null) {
      jpql.append(" and g.scope = :scope");
      parameters.put("scope", filter.scope().id());
    }
    if (filter.subjectId() != null) {
      jpql.append(" and g.subjectId = :subject");
      parameters.put("subject", filter.subjectId());
    }
    TypedQuery<T> query = database.entityManager().createQuery(jpql + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  private static String describe(Quarter quarter, GoalScope scope, Subject subject) {
    return quarter
        + " "
        + switch (scope) {
          case COMPANY -> "company";
          case TEAM -> "team " + (subject.name() == null ? subject.id() : subject.name());
          case REP -> "rep " + (subject.name() == null ? subject.id() : subject.name());
        };
  }

  private static ProblemException taken(Quarter quarter, GoalScope scope, Subject subject) {
    return Problems.conflict(
        "goal-exists",
        "Goal exists",
        "The "
            + describe(quarter, scope, subject)
            + " goal is set already; change it instead (PUT with its version).");
  }

  static ProblemException unknown(String id) {
    return Problems.notFound("There is no goal " + id + " in this company.");
  }
}
