package io.salesplatform.platform.pipeline;

import io.salesplatform.platform.api.Money;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.api.Versions;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.customer.Customer;
import io.salesplatform.platform.customer.CustomerViews.Rep;
import io.salesplatform.platform.customer.Reps;
import io.salesplatform.platform.outbox.Outbox;
import io.salesplatform.platform.persistence.TenantDatabase;
import io.salesplatform.platform.pipeline.OpportunityViews.Board;
import io.salesplatform.platform.pipeline.OpportunityViews.Column;
import io.salesplatform.platform.pipeline.OpportunityViews.OpportunityView;
import io.salesplatform.platform.pipeline.OpportunityViews.OverdueStage;
import io.salesplatform.platform.pipeline.OpportunityViews.StageView;
import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.settings.TenantSettingsService;
import io.salesplatform.platform.tenant.TenantMember;
import io.salesplatform.platform.tenant.TenantMembers;
import io.salesplatform.tenant.config.settings.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The current tenant's opportunity pipeline. Each change is checked, audited and told to the outbox
 * in its transaction; a caller reaches only what their {@link OpportunityScope} allows, anything
 * else being unknown (404); a move the policy forbids is a 422 naming why.
 */
@ApplicationScoped
public class Opportunities {

  public static final Set<String> SORTABLE =
      Set.of("title", "amount", "stageDue", "createdAt", "updatedAt");

  @Inject TenantDatabase database;
  @Inject TenantMembers members;
  @Inject TenantSettingsService settings;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;

  Clock clock = Clock.systemUTC();

  /**
   * Which opportunities to list; every criterion is optional.
   *
   * @param ownerId only those this person owns
   * @param stage only those in this stage
   * @param status only those open, won or lost
   * @param customerId only those of this customer
   * @param from only those opened on or after this day
   * @param to only those opened before this day
   * @param team only those owned by one of these people (a team's, ADR 24)
   * @param origin only those opened directly, from a ticket or from a contract
   */
  public record Filter(
      String ownerId,
      PipelineStage stage,
      Opportunity.Status status,
      UUID customerId,
      LocalDate from,
      LocalDate to,
      Set<String> team,
      String origin) {

    public Filter(
        String ownerId,
        PipelineStage stage,
        Opportunity.Status status,
        UUID customerId,
        LocalDate from,
        LocalDate to,
        Set<String> team) {
      this(ownerId, stage, status, customerId, from, to, team, null);
    }

    /** The same filter narrowed to one origin, or unchanged for {@code null}. */
    public Filter withOrigin(String from) {
      return new Filter(ownerId, stage, status, customerId, this.from, to, team, from);
    }

    public Filter(
        String ownerId,
        PipelineStage stage,
        Opportunity.Status status,
        UUID customerId,
        LocalDate from,
        LocalDate to) {
      this(ownerId, stage, status, customerId, from, to, null);
    }

    /** The same filter narrowed to a team's people, or unchanged for {@code null}. */
    public Filter withTeam(Set<String> people) {
      return new Filter(ownerId, stage, status, customerId, from, to, people, origin);
    }
  }

  @Transactional
  public OpportunityView create(OpportunityRequests.Describe request, OpportunityScope scope) {
    TenantSettings current = settings.current().settings();
    List<Problem.FieldError> errors = new ArrayList<>();
    UUID customerId = uuid(request.customerId, "customerId", errors);
    Described described = describe(request, current, errors);
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The opportunity is invalid.", errors);
    }
    EntityManager entityManager = database.entityManager();
    Customer customer = entityManager.find(Customer.class, customerId);
    if (customer == null
        || !(scope.allCustomers() || scope.callerId().equals(customer.assignedRepId()))) {
      throw Problems.badRequest("customerId", "no customer in your reach has this id");
    }
    String ownerId = assignable(request.ownerId, scope, "ownerId");
    Instant now = clock.instant();
    LocalDate due =
        today(current)
            .plusDays(PipelineStage.CUSTOMER_DEVELOPMENT.deadlineDays(current.stageDeadlines()));
    Opportunity opportunity =
        new Opportunity(customerId, described.title(), described.value(), ownerId, due, now);
    entityManager.persist(opportunity);
    entityManager.persist(new StageRecord(opportunity, scope.callerId()));
    OpportunityView view = view(opportunity, current);
    audit.record(
        scope.actor(),
        "opportunity.create",
        "opportunity:" + opportunity.id(),
        "Opened the opportunity " + described.title() + " with " + customer.name(),
        null,
        view);
    outbox.emit("opportunity.created", "opportunity", opportunity.id(), view);
    return view;
  }

  /**
   * Opens a repeat sale from after-sales (policy 5.6) for a customer the caller has reached through
   * the ticket or contract it comes from: in customer development, owned by the customer's rep, due
   * after the company's deadline for that stage. Title and amount are optional.
   *
   * @param origin {@code ticket} or {@code contract}
   * @param sourceId the ticket's or contract's id
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public OpportunityView openRepeatSale(
      UUID customerId,
      String origin,
      UUID sourceId,
      OpportunityRequests.RepeatSale request,
      AuditTrail.Actor actor,
      boolean allCustomers) {
    TenantSettings current = settings.current().settings();
    EntityManager entityManager = database.entityManager();
    Customer customer = entityManager.find(Customer.class, customerId);
    // the same reach as opening any opportunity: the customer's rep, or one who reaches them all
    if (!allCustomers && !actor.id().equals(customer.assignedRepId())) {
      throw Problems.unprocessable(
          "repeat-sale-refused",
          "Repeat sale refused",
          "A repeat sale is opened by the customer's rep or by someone who reaches every customer;"
              + " this customer is another rep's now.");
    }
    OpportunityRequests.Describe described = new OpportunityRequests.Describe();
    described.title =
        request.title == null || request.title.isBlank()
            ? truncated("Repeat sale to " + customer.name())
            : request.title;
    described.amount = request.amount == null || request.amount.isBlank() ? "0" : request.amount;
    described.currency = request.currency;
    List<Problem.FieldError> errors = new ArrayList<>();
    Described checked = describe(described, current, errors);
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The repeat sale is invalid.", errors);
    }
    Instant now = clock.instant();
    LocalDate due =
        today(current)
            .plusDays(PipelineStage.CUSTOMER_DEVELOPMENT.deadlineDays(current.stageDeadlines()));
    Opportunity opportunity =
        new Opportunity(
            customerId,
            checked.title(),
            checked.value(),
            customer.assignedRepId(),
            due,
            now,
            origin,
            sourceId);
    entityManager.persist(opportunity);
    entityManager.persist(new StageRecord(opportunity, actor.id()));
    OpportunityView view = view(opportunity, current);
    audit.record(
        actor,
        "opportunity.create",
        "opportunity:" + opportunity.id(),
        "Opened the repeat sale "
            + checked.title()
            + " with "
            + customer.name()
            + " from "
            + origin
            + " "
            + sourceId,
        null,
        view);
    outbox.emit("opportunity.created", "opportunity", opportunity.id(), view);
    return view;
  }

  @Transactional
  public Optional<OpportunityView> find(UUID id, OpportunityScope scope) {
    return reachable(id, scope).map(o -> view(o, settings.current().settings()));
  }

  @Transactional
  public OpportunityView update(
      UUID id, OpportunityRequests.Describe request, long basedOn, OpportunityScope scope) {
    TenantSettings current = settings.current().settings();
    Opportunity opportunity = reachable(id, scope).orElseThrow(() -> unknown(id));
    List<Problem.FieldError> errors = new ArrayList<>();
    if (request.customerId != null
        && !request.customerId.strip().equals(opportunity.customerId().toString())) {
      errors.add(new Problem.FieldError("customerId", "an opportunity keeps its customer"));
    }
    Described described = describe(request, current, errors);
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The opportunity is invalid.", errors);
    }
    String ownerId =
        request.ownerId == null
            ? opportunity.ownerId()
            : assignable(request.ownerId, scope, "ownerId");
    Versions.require(opportunity.version(), basedOn, "opportunity " + id);
    OpportunityView before = view(opportunity, current);
    if (!opportunity.describe(described.title(), described.value(), ownerId, clock.instant())) {
      return before;
    }
    flush(id, basedOn);
    OpportunityView after = view(opportunity, current);
    audit.record(
        scope.actor(),
        "opportunity.update",
        "opportunity:" + id,
        "Changed the opportunity " + described.title(),
        before,
        after);
    outbox.emit("opportunity.updated", "opportunity", id, after);
    return after;
  }

  /**
   * Moves an opportunity to another stage, owned by the named person (the opportunity's owner when
   * none is named) and due after the company's deadline for that stage.
   */
  @Transactional
  public OpportunityView move(
      UUID id, OpportunityRequests.Move request, long basedOn, OpportunityScope scope) {
    TenantSettings current = settings.current().settings();
    Opportunity opportunity = reachable(id, scope).orElseThrow(() -> unknown(id));
    String stageId = request.stage == null ? null : request.stage.strip();
    if (stageId == null || stageId.isEmpty()) {
      throw Problems.badRequest(
          "stage", "required: one of " + String.join(", ", PipelineStage.ids()));
    }
    PipelineStage to =
        PipelineStage.byId(stageId)
            .orElseThrow(
                () ->
                    Problems.badRequest(
                        "stage",
                        "'" + stageId + "' is none of " + String.join(", ", PipelineStage.ids())));
    String owner =
        request.ownerId == null
            ? opportunity.ownerId()
            : assignable(request.ownerId, scope, "ownerId");
    Versions.require(opportunity.version(), basedOn, "opportunity " + id);
    OpportunityView before = view(opportunity, current);
    Instant now = clock.instant();
    PipelineStage from = opportunity.stage();
    int leaving = opportunity.stageSeq();
    LocalDate due = today(current).plusDays(to.deadlineDays(current.stageDeadlines()));
    Optional<String> refusal = opportunity.moveTo(to, owner, due, scope.mayOverride(), now);
    if (refusal.isPresent()) {
      throw Problems.unprocessable("stage-move-refused", "Stage move refused", refusal.get());
    }
    EntityManager entityManager = database.entityManager();
    StageRecord.Key left = new StageRecord.Key();
    left.opportunityId = id;
    left.seq = leaving;
    Optional.ofNullable(entityManager.find(StageRecord.class, left)).ifPresent(r -> r.leave(now));
    entityManager.persist(new StageRecord(opportunity, scope.callerId()));
    flush(id, basedOn);
    OpportunityView after = view(opportunity, current);
    audit.record(
        scope.actor(),
        "opportunity.stage.move",
        "opportunity:" + id,
        "Moved " + opportunity.title() + " from " + from.id() + " to " + to.id(),
        before,
        after);
    outbox.emit("opportunity.stage-changed", "opportunity", id, after);
    return after;
  }

  @Transactional
  public OpportunityView close(
      UUID id, OpportunityRequests.Close request, long basedOn, OpportunityScope scope) {
    TenantSettings current = settings.current().settings();
    Opportunity opportunity = reachable(id, scope).orElseThrow(() -> unknown(id));
    List<Problem.FieldError> errors = new ArrayList<>();
    String outcomeId = request.outcome == null ? "" : request.outcome.strip();
    Opportunity.Status outcome =
        switch (outcomeId) {
          case "won" -> Opportunity.Status.WON;
          case "lost" -> Opportunity.Status.LOST;
          default -> null;
        };
    if (outcome == null) {
      errors.add(new Problem.FieldError("outcome", "won or lost"));
    }
    String reason = request.reason == null ? null : request.reason.strip();
    if (reason == null || reason.isEmpty()) {
      errors.add(new Problem.FieldError("reason", "required: why it was won or lost"));
    } else if (reason.length() > 2000) {
      errors.add(new Problem.FieldError("reason", "at most 2000 characters"));
    }
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The closing is invalid.", errors);
    }
    Versions.require(opportunity.version(), basedOn, "opportunity " + id);
    OpportunityView before = view(opportunity, current);
    Instant now = clock.instant();
    Optional<String> refusal = opportunity.close(outcome, reason, now);
    if (refusal.isPresent()) {
      throw Problems.unprocessable("closing-refused", "Closing refused", refusal.get());
    }
    StageRecord.Key currentStage = new StageRecord.Key();
    currentStage.opportunityId = id;
    currentStage.seq = opportunity.stageSeq();
    Optional.ofNullable(database.entityManager().find(StageRecord.class, currentStage))
        .ifPresent(r -> r.leave(now));
    flush(id, basedOn);
    OpportunityView after = view(opportunity, current);
    audit.record(
        scope.actor(),
        "opportunity.close",
        "opportunity:" + id,
        "Closed " + opportunity.title() + " as " + outcomeId + ": " + reason,
        before,
        after);
    outbox.emit("opportunity.closed", "opportunity", id, after);
    return after;
  }

  /**
   * Signing a contract of the opportunity wins it with the contract's value (ADR 23); the stage it
   * enters is kept in its history like any move.
   *
   * @return why signing is refused for the opportunity, or empty
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<String> winBySigning(
      UUID id, Money value, String contract, AuditTrail.Actor actor) {
    TenantSettings current = settings.current().settings();
    Opportunity opportunity = database.entityManager().find(Opportunity.class, id);
    OpportunityView before = view(opportunity, current);
    int seq = opportunity.stageSeq();
    Instant now = clock.instant();
    LocalDate due =
        today(current)
            .plusDays(
                PipelineStage.IMPLEMENTATION_AND_TRACKING.deadlineDays(current.stageDeadlines()));
    Optional<String> refusal =
        opportunity.winBySigning(
            value, "Contract " + contract + " signed", opportunity.ownerId(), due, now);
    if (refusal.isPresent() || before.status().equals("won")) {
      return refusal;
    }
    recordStage(opportunity, seq, actor.id(), now);
    OpportunityView after = view(opportunity, current);
    audit.record(
        actor,
        "opportunity.close",
        "opportunity:" + id,
        "Won " + opportunity.title() + " by signing contract " + contract,
        before,
        after);
    outbox.emit("opportunity.closed", "opportunity", id, after);
    return Optional.empty();
  }

  /** A completed contract moves its won opportunity into after-sales (policy 5.6). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void enterAfterSales(UUID id, AuditTrail.Actor actor) {
    TenantSettings current = settings.current().settings();
    Opportunity opportunity = database.entityManager().find(Opportunity.class, id);
    OpportunityView before = view(opportunity, current);
    int seq = opportunity.stageSeq();
    Instant now = clock.instant();
    LocalDate due =
        today(current).plusDays(PipelineStage.AFTER_SALES.deadlineDays(current.stageDeadlines()));
    if (!opportunity.enterAfterSales(opportunity.ownerId(), due, now)) {
      return;
    }
    recordStage(opportunity, seq, actor.id(), now);
    OpportunityView after = view(opportunity, current);
    audit.record(
        actor,
        "opportunity.stage.move",
        "opportunity:" + id,
        "Moved " + opportunity.title() + " to after-sales: its contract is completed",
        before,
        after);
    outbox.emit("opportunity.stage-changed", "opportunity", id, after);
  }

  private void recordStage(Opportunity opportunity, int left, String by, Instant now) {
    EntityManager entityManager = database.entityManager();
    StageRecord.Key key = new StageRecord.Key();
    key.opportunityId = opportunity.id();
    key.seq = left;
    Optional.ofNullable(entityManager.find(StageRecord.class, key)).ifPresent(r -> r.leave(now));
    if (opportunity.stageSeq() != left) {
      entityManager.persist(new StageRecord(opportunity, by));
    }
  }

  @Transactional
  public List<OpportunityView> page(
      Filter filter, Sort sort, PageRequest page, OpportunityScope scope) {
    TenantSettings current = settings.current().settings();
    Reps reps = reps();
    @SuppressWarnings("unchecked")
    List<Opportunity> found =
        query(filter, scope, current, "select o", sort.jpql("o", "id", Set.of("title")))
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    return found.stream().map(o -> view(o, current, reps)).toList();
  }

  @Transactional
  public long count(Filter filter, OpportunityScope scope) {
    TenantSettings current = settings.current().settings();
    return ((Number) query(filter, scope, current, "select count(o)", "").getSingleResult())
        .longValue();
  }

  @Transactional
  public List<StageView> stages(UUID id, OpportunityScope scope) {
    reachable(id, scope).orElseThrow(() -> unknown(id));
    Reps reps = reps();
    return database
        .entityManager()
        .createQuery(
            "select s from StageRecord s where s.opportunityId = :id order by s.seq",
            StageRecord.class)
        .setParameter("id", id)
        .getResultStream()
        .map(
            s ->
                new StageView(
                    s.seq(),
                    s.stage(),
                    rep(reps, s.ownerId()),
                    s.enteredAt(),
                    s.dueOn(),
                    s.leftAt(),
                    s.movedBy()))
        .toList();
  }

  /** Open opportunities in reach whose stage is past due, most overdue first. */
  @Transactional
  public List<OverdueStage> overdue(String ownerId, PageRequest page, OpportunityScope scope) {
    return overdue(ownerId, null, page, scope);
  }

  /** The overdue stages in reach, of one person's and of a team's people where given. */
  @Transactional
  public List<OverdueStage> overdue(
      String ownerId, Set<String> team, PageRequest page, OpportunityScope scope) {
    TenantSettings current = settings.current().settings();
    LocalDate today = today(current);
    Reps reps = reps();
    @SuppressWarnings("unchecked")
    List<Opportunity> found =
        overdueQuery(ownerId, team, scope, today, "select o", " order by o.stageDue asc, o.id asc")
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    return found.stream()
        .map(
            o ->
                new OverdueStage(
                    o.id(),
                    o.title(),
                    o.stage().id(),
                    rep(reps, o.stageOwnerId()),
                    o.stageDue(),
                    o.stageDue().until(today, ChronoUnit.DAYS)))
        .toList();
  }

  @Transactional
  public long overdueCount(String ownerId, OpportunityScope scope) {
    return overdueCount(ownerId, null, scope);
  }

  @Transactional
  public long overdueCount(String ownerId, Set<String> team, OpportunityScope scope) {
    TenantSettings current = settings.current().settings();
    return ((Number)
            overdueQuery(ownerId, team, scope, today(current), "select count(o)", "")
                .getSingleResult())
        .longValue();
  }

  /** Counts and summed values per stage of the open opportunities in reach, and of won and lost. */
  @Transactional
  public Board board(Filter filter, OpportunityScope scope) {
    TenantSettings current = settings.current().settings();
    LocalDate today = today(current);
    Filter all =
        new Filter(filter.ownerId(), null, null, null, filter.from(), filter.to(), filter.team());
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        query(
                all,
                scope,
                current,
                "select o.status, o.stage, o.currency, count(o), sum(o.amount),"
                    + " sum(case when o.stageDue < :today then 1 else 0 end)",
                " group by o.status, o.stage, o.currency")
            .setParameter("today", today)
            .getResultList();
    Map<String, long[]> counts = new LinkedHashMap<>();
    Map<String, Map<String, BigDecimal>> amounts = new HashMap<>();
    for (Object[] row : rows) {
      String status = (String) row[0];
      String column = status.equals("OPEN") ? (String) row[1] : status.toLowerCase();
      long[] numbers = counts.computeIfAbsent(column, c -> new long[2]);
      numbers[0] += ((Number) row[3]).longValue();
      if (status.equals("OPEN")) {
        numbers[1] += ((Number) row[5]).longValue();
      }
      amounts
          .computeIfAbsent(column, c -> new java.util.TreeMap<>())
          .merge((String) row[2], (BigDecimal) row[4], BigDecimal::add);
    }
    List<Column> stages = new ArrayList<>();
    for (PipelineStage stage : PipelineStage.values()) {
      stages.add(column(stage.id(), counts, amounts));
    }
    return new Board(stages, column("won", counts, amounts), column("lost", counts, amounts));
  }

  private static Column column(
      String name, Map<String, long[]> counts, Map<String, Map<String, BigDecimal>> amounts) {
    long[] numbers = counts.getOrDefault(name, new long[2]);
    List<Money> sums =
        amounts.getOrDefault(name, Map.of()).entrySet().stream()
            .map(e -> new Money(e.getValue(), e.getKey()))
            .toList();
    return new Column(
        name, numbers[0], sums, name.equals("won") || name.equals("lost") ? 0 : numbers[1]);
  }

  private static String truncated(String title) {
    return title.length() > 200 ? title.substring(0, 200) : title;
  }

  /** A checked title and value. */
  private record Described(String title, Money value) {}

  private static Described describe(
      OpportunityRequests.Describe request,
      TenantSettings current,
      List<Problem.FieldError> errors) {
    String title = request.title == null ? null : request.title.strip();
    if (title == null || title.isEmpty()) {
      errors.add(new Problem.FieldError("title", "required"));
    } else if (title.length() > 200) {
      errors.add(new Problem.FieldError("title", "at most 200 characters"));
    }
    BigDecimal amount = null;
    if (request.amount == null || request.amount.isBlank()) {
      errors.add(
          new Problem.FieldError("amount", "required: the expected value, such as 12500.00"));
    } else {
      try {
        amount = new BigDecimal(request.amount.strip());
        if (amount.signum() < 0) {
          errors.add(new Problem.FieldError("amount", "not negative"));
        } else if (amount.scale() > 2) {
          errors.add(new Problem.FieldError("amount", "at most two decimals"));
        } else if (amount.precision() - amount.scale() > 17) {
          errors.add(new Problem.FieldError("amount", "too large"));
        }
      } catch (NumberFormatException e) {
        errors.add(new Problem.FieldError("amount", "a decimal number such as 12500.00"));
      }
    }
    String currency =
        request.currency == null || request.currency.isBlank()
            ? current.currency().getCurrencyCode()
            : request.currency.strip();
    try {
      Currency.getInstance(currency);
      if (!currency.matches("[A-Z]{3}")) {
        throw new IllegalArgumentException();
      }
    } catch (IllegalArgumentException e) {
      errors.add(new Problem.FieldError("currency", "an ISO 4217 code such as EUR"));
    }
    if (!errors.isEmpty()) {
      return null;
    }
    return new Described(title, new Money(amount.setScale(2), currency));
  }

  /** The caller, or someone else only with {@code opportunities.all} (an active person). */
  private String assignable(String requested, OpportunityScope scope, String field) {
    String id = requested == null ? null : requested.strip();
    if (id == null || id.isEmpty() || id.equals(scope.callerId())) {
      members.admit(
          scope.callerId(),
          scope.caller().username(),
          scope.caller().email(),
          scope.caller().name());
      return scope.callerId();
    }
    TenantMember member = database.entityManager().find(TenantMember.class, id);
    if (member == null || !member.isActive()) {
      throw Problems.badRequest(field, "no active person of the company has this id");
    }
    if (!scope.all()) {
      throw Problems.forbidden(
          "Only someone allowed opportunities.all gives opportunities or stages to another"
              + " person.");
    }
    return id;
  }

  private void flush(UUID id, long basedOn) {
    try {
      database.entityManager().flush();
    } catch (OptimisticLockException e) {
      throw Versions.stale("opportunity " + id, basedOn, basedOn + 1);
    }
  }

  private Optional<Opportunity> reachable(UUID id, OpportunityScope scope) {
    Opportunity opportunity = database.entityManager().find(Opportunity.class, id);
    return opportunity == null || !scope.reaches(opportunity)
        ? Optional.empty()
        : Optional.of(opportunity);
  }

  private OpportunityView view(Opportunity o, TenantSettings current) {
    return view(o, current, reps());
  }

  private OpportunityView view(Opportunity o, TenantSettings current, Reps reps) {
    boolean overdue =
        o.status() == Opportunity.Status.OPEN && o.stageDue().isBefore(today(current));
    return new OpportunityView(
        o.id(),
        o.customerId(),
        o.title(),
        o.value(),
        rep(reps, o.ownerId()),
        o.stage().id(),
        rep(reps, o.stageOwnerId()),
        o.stageEnteredAt(),
        o.stageDue(),
        overdue,
        o.status().name().toLowerCase(),
        o.closeReason(),
        o.closedAt(),
        o.createdAt(),
        o.updatedAt(),
        o.version(),
        o.origin(),
        o.originId());
  }

  private Reps reps() {
    return Reps.of(database.entityManager());
  }

  private static Rep rep(Reps reps, String id) {
    return reps.get(id);
  }

  private LocalDate today(TenantSettings current) {
    return LocalDate.now(clock.withZone(current.timeZone()));
  }

  private Query query(
      Filter filter, OpportunityScope scope, TenantSettings current, String select, String order) {
    StringBuilder jpql = new StringBuilder(select + " from Opportunity o where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (!scope.all()) {
      jpql.append(" and (o.ownerId = :self or o.stageOwnerId = :self)");
      parameters.put("self", scope.callerId());
    }
    if (filter.ownerId() != null) {
      jpql.append(" and o.ownerId = :owner");
      parameters.put("owner", filter.ownerId());
    }
    if (filter.team() != null) {
      jpql.append(" and o.ownerId in :team");
      parameters.put("team", List.copyOf(filter.team()));
    }
    if (filter.origin() != null) {
      jpql.append(" and o.origin = :origin");
      parameters.put("origin", filter.origin());
    }
    if (filter.stage() != null) {
      jpql.append(" and o.stage = :stage");
      parameters.put("stage", filter.stage().id());
    }
    if (filter.status() != null) {
      jpql.append(" and o.status = :status");
      parameters.put("status", filter.status().name());
    }
    if (filter.customerId() != null) {
      jpql.append(" and o.customerId = :customer");
      parameters.put("customer", filter.customerId());
    }
    if (filter.from() != null) {
      jpql.append(" and o.createdAt >= :from");
      parameters.put("from", filter.from().atStartOfDay(current.timeZone()).toInstant());
    }
    if (filter.to() != null) {
      jpql.append(" and o.createdAt < :to");
      parameters.put("to", filter.to().atStartOfDay(current.timeZone()).toInstant());
    }
    Query query = database.entityManager().createQuery(jpql + order);
    parameters.forEach(query::setParameter);
    return query;
  }

  private Query overdueQuery(
      String ownerId,
      Set<String> team,
      OpportunityScope scope,
      LocalDate today,
      String select,
      String order) {
    StringBuilder jpql =
        new StringBuilder(
            select + " from Opportunity o where o.status = 'OPEN' and o.stageDue < :today");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("today", today);
    if (!scope.all()) {
      jpql.append(" and (o.ownerId = :self or o.stageOwnerId = :self)");
      parameters.put("self", scope.callerId());
    }
    if (ownerId != null) {
      jpql.append(" and o.stageOwnerId = :owner");
      parameters.put("owner", ownerId);
    }
    if (team != null) {
      jpql.append(" and o.stageOwnerId in :team");
      parameters.put("team", List.copyOf(team));
    }
    Query query = database.entityManager().createQuery(jpql + order);
    parameters.forEach(query::setParameter);
    return query;
  }

  private static UUID uuid(String value, String field, List<Problem.FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new Problem.FieldError(field, "required"));
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      errors.add(new Problem.FieldError(field, "not an id"));
      return null;
    }
  }

  private static ProblemException unknown(UUID id) {
    return Problems.notFound("There is no opportunity " + id + " in your reach in this company.");
  }
}
