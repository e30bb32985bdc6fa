package io.salesplatform.platform.customer;

import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.api.Versions;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.contract.Contracts;
import io.salesplatform.platform.credit.CreditChecks;
import io.salesplatform.platform.customer.CustomerViews.CustomerView;
import io.salesplatform.platform.customer.CustomerViews.OverdueVisit;
import io.salesplatform.platform.customer.CustomerViews.Rep;
import io.salesplatform.platform.customer.CustomerViews.VisitView;
import io.salesplatform.platform.outbox.Outbox;
import io.salesplatform.platform.persistence.TenantDatabase;
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
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The current tenant's customer files and follow-up visits. Every change is checked whole, audited
 * and told to the outbox in its own transaction; a caller reaches only the customers their {@link
 * CustomerScope} allows, and any other is unknown to them (404).
 */
@ApplicationScoped
public class Customers {

  /** The fields a customer list sorts by. */
  public static final Set<String> SORTABLE = Set.of("name", "segment", "createdAt", "updatedAt");

  /** The fields a visit list sorts by. */
  public static final Set<String> VISITS_SORTABLE = Set.of("plannedFor", "visitedOn");

  /** The columns of the CSV files, in the order of an export. */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "name",
          "industry",
          "segment",
          "address",
          "website",
          "channel",
          "assignedRep",
          "needs",
          "developmentNotes",
          "notes",
          "contactName",
          "contactTitle",
          "contactEmail",
          "contactPhone");

  /** The most rows one import takes. */
  public static final int MAX_IMPORT_ROWS = 5000;

  private static final int EXPORT_BATCH = 500;

  @Inject TenantDatabase database;
  @Inject TenantMembers members;
  @Inject TenantSettingsService settings;
  @Inject AuditTrail audit;
  @Inject CreditChecks credit;
  @Inject Contracts contracts;
  @Inject Outbox outbox;

  Clock clock = Clock.systemUTC();

  /**
   * Which customers to list; every criterion is optional.
   *
   * @param repId only those assigned to this person
   * @param segment only this segment
   * @param channel only those found through this channel
   * @param text only those whose name, industry, needs or notes contain this, ignoring case
   * @param team only those assigned to one of these people (a team's, ADR 24)
   */
  public record Filter(
      String repId, String segment, String channel, String text, Set<String> team) {

    public Filter(String repId, String segment, String channel, String text) {
      this(repId, segment, channel, text, null);
    }

    /** The same filter narrowed to a team's people, or unchanged for {@code null}. */
    public Filter withTeam(Set<String> people) {
      return new Filter(repId, segment, channel, text, people);
    }
  }

  @Transactional
  public CustomerView create(CustomerRequest request, CustomerScope scope) {
    CustomerProfile profile = valid(request.check());
    String repId = assignableRep(request.assignedRepId, scope);
    EntityManager entityManager = database.entityManager();
    Customer customer = new Customer(profile, repId, clock.instant());
    entityManager.persist(customer);
    TenantSettings current = settings.current().settings();
    FollowUpVisit visit =
        new FollowUpVisit(
            customer.id(),
            repId,
            VisitPlan.next(today(current), profile.segment(), current.followUpVisits()),
            clock.instant());
    entityManager.persist(visit);
    CustomerView view = view(customer, visit.plannedFor());
    audit.record(
        scope.actor(),
        "customer.create",
        "customer:" + customer.id(),
        "Opened the customer file of " + profile.name(),
        null,
        view);
    outbox.emit("customer.created", "customer", customer.id(), view);
    return view;
  }

  @Transactional
  public Optional<CustomerView> find(UUID id, CustomerScope scope) {
    return reachable(id, scope)
        .map(
            c ->
                view(c, nextVisit(c.id()))
                    .withDealings(
                        List.copyOf(contracts.purchases(c.id())), credit.profile(c.id())));
  }

  @Transactional
  public CustomerView update(UUID id, CustomerRequest request, long basedOn, CustomerScope scope) {
    CustomerProfile profile = valid(request.check());
    Customer customer = reachable(id, scope).orElseThrow(() -> unknown(id));
    String repId =
        request.assignedRepId == null
            ? customer.assignedRepId()
            : assignableRep(request.assignedRepId, scope);
    Versions.require(customer.version(), basedOn, "customer " + id);
    CustomerView before = view(customer, nextVisit(id));
    String segmentBefore = customer.segment();
    if (!customer.change(profile, repId, clock.instant())) {
      return before;
    }
    EntityManager entityManager = database.entityManager();
    Optional<FollowUpVisit> planned = plannedVisit(id);
    if (planned.isPresent()) {
      FollowUpVisit visit = planned.get();
      LocalDate day = visit.plannedFor();
      if (!java.util.Objects.equals(segmentBefore, profile.segment())) {
        TenantSettings current = settings.current().settings();
        day =
            VisitPlan.next(
                lastVisitOrOpening(customer, current), profile.segment(), current.followUpVisits());
      }
      visit.replan(day, repId);
    }
    try {
      entityManager.flush();
    } catch (jakarta.persistence.OptimisticLockException e) {
      // another change of the same version committed in between
      throw Versions.stale("customer " + id, basedOn, basedOn + 1);
    }
    CustomerView after = view(customer, planned.map(FollowUpVisit::plannedFor).orElse(null));
    audit.record(
        scope.actor(),
        "customer.update",
        "customer:" + id,
        "Changed the customer file of " + profile.name(),
        before,
        after);
    outbox.emit("customer.updated", "customer", id, after);
    return after;
  }

  @Transactional
  public List<CustomerView> page(Filter filter, Sort sort, PageRequest page, CustomerScope scope) {
    List<Customer> customers =
        query(filter, scope, "select c", sort.jpql("c", "id", Set.of("name")), Customer.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    Map<UUID, LocalDate> visits = nextVisits(customers.stream().map(Customer::id).toList());
    Reps reps = reps();
    return customers.stream()
        .map(c -> CustomerView.of(c, rep(reps, c.assignedRepId()), visits.get(c.id())))
        .toList();
  }

  @Transactional
  public long count(Filter filter, CustomerScope scope) {
    return query(filter, scope, "select count(c)", "", Long.class).getSingleResult();
  }

  /** The customer's visits, in the order asked. */
  @Transactional
  public List<VisitView> visits(UUID customerId, Sort sort, PageRequest page, CustomerScope scope) {
    reachable(customerId, scope).orElseThrow(() -> unknown(customerId));
    Reps reps = reps();
    return database
        .entityManager()
        .createQuery(
            "select v from FollowUpVisit v where v.customerId = :customer" + sort.jpql("v", "id"),
            FollowUpVisit.class)
        .setParameter("customer", customerId)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultStream()
        .map(v -> VisitView.of(v, rep(reps, v.repId())))
        .toList();
  }

  @Transactional
  public long visitCount(UUID customerId, CustomerScope scope) {
    reachable(customerId, scope).orElseThrow(() -> unknown(customerId));
    return database
        .entityManager()
        .createQuery(
            "select count(v) from FollowUpVisit v where v.customerId = :customer", Long.class)
        .setParameter("customer", customerId)
        .getSingleResult();
  }

  @Transactional
  public Optional<VisitView> visit(UUID customerId, UUID visitId, CustomerScope scope) {
    reachable(customerId, scope).orElseThrow(() -> unknown(customerId));
    FollowUpVisit visit = database.entityManager().find(FollowUpVisit.class, visitId);
    if (visit == null || !visit.customerId().equals(customerId)) {
      return Optional.empty();
    }
    return Optional.of(VisitView.of(visit, rep(reps(), visit.repId())));
  }

  /**
   * Records a visit to the customer: its planned visit becomes the recorded one (or, with none
   * planned, a recorded one is added), and the next is planned at the tenant's interval for the
   * customer's segment after the day of this one.
   */
  @Transactional
  public CustomerViews.RecordedVisit recordVisit(
      UUID customerId, VisitRequest request, CustomerScope scope) {
    EntityManager entityManager = database.entityManager();
    Customer customer = reachable(customerId, scope).orElseThrow(() -> unknown(customerId));
    TenantSettings current = settings.current().settings();
    LocalDate today = today(current);
    List<Problem.FieldError> errors = new ArrayList<>();
    LocalDate parsed = today;
    String visitedOn = CustomerProfile.trim(request.visitedOn);
    if (visitedOn != null) {
      try {
        parsed = LocalDate.parse(visitedOn);
        if (parsed.isAfter(today)) {
          errors.add(
              new Problem.FieldError(
                  "visitedOn", "a visit is recorded once made; " + parsed + " is after today"));
        }
      } catch (java.time.format.DateTimeParseException e) {
        errors.add(new Problem.FieldError("visitedOn", "a day such as 2026-03-31"));
      }
    }
    String outcome = CustomerProfile.trim(request.outcome);
    if (outcome == null) {
      errors.add(new Problem.FieldError("outcome", "required: what came of the visit"));
    } else if (outcome.length() > 10_000) {
      errors.add(new Problem.FieldError("outcome", "at most 10000 characters"));
    }
    String nextStep = CustomerProfile.trim(request.nextStep);
    if (nextStep != null && nextStep.length() > 10_000) {
      errors.add(new Problem.FieldError("nextStep", "at most 10000 characters"));
    }
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The visit is invalid.", errors);
    }
    LocalDate day = parsed;
    // one writer at a time per customer, so that two recordings cannot plan two next visits
    entityManager.lock(customer, LockModeType.PESSIMISTIC_WRITE);
    FollowUpVisit visit =
        plannedVisit(customerId)
            .orElseGet(
                () -> {
                  FollowUpVisit unplanned =
                      new FollowUpVisit(customerId, scope.callerId(), day, clock.instant());
                  entityManager.persist(unplanned);
                  return unplanned;
                });
    visit.record(day, outcome, nextStep, scope.callerId());
    entityManager.flush();
    FollowUpVisit next =
        new FollowUpVisit(
            customerId,
            customer.assignedRepId(),
            VisitPlan.next(day, customer.segment(), current.followUpVisits()),
            clock.instant());
    entityManager.persist(next);
    Reps reps = reps();
    CustomerViews.RecordedVisit recorded =
        new CustomerViews.RecordedVisit(
            VisitView.of(visit, rep(reps, visit.repId())),
            VisitView.of(next, rep(reps, next.repId())));
    audit.record(
        scope.actor(),
        "customer.visit.record",
        "customer:" + customerId,
        "Recorded a follow-up visit to " + customer.name() + "; next on " + next.plannedFor(),
        null,
        recorded);
    outbox.emit("customer.visit-recorded", "customer", customerId, recorded);
    return recorded;
  }

  /**
   * Planned visits whose day has passed, most overdue first: of the customers in the caller's
   * reach, of one rep's when {@code repId} is given.
   */
  @Transactional
  public List<OverdueVisit> overdue(String repId, PageRequest page, CustomerScope scope) {
    return overdue(repId, null, page, scope);
  }

  /** The overdue visits in reach, of one rep's and of a team's people where given. */
  @Transactional
  public List<OverdueVisit> overdue(
      String repId, Set<String> team, PageRequest page, CustomerScope scope) {
    TenantSettings current = settings.current().settings();
    LocalDate today = today(current);
    Reps reps = reps();
    List<Object[]> rows =
        overdueQuery(
                repId, team, scope, today, "select v, c", " order by v.plannedFor asc, v.id asc")
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    List<OverdueVisit> visits = new ArrayList<>();
    for (Object[] row : rows) {
      FollowUpVisit visit = (FollowUpVisit) row[0];
      Customer customer = (Customer) row[1];
      visits.add(
          new OverdueVisit(
              visit.id(),
              customer.id(),
              customer.name(),
              rep(reps, visit.repId()),
              visit.plannedFor(),
              VisitPlan.daysOverdue(visit.plannedFor(), today)));
    }
    return visits;
  }

  @Transactional
  public long overdueCount(String repId, CustomerScope scope) {
    return overdueCount(repId, null, scope);
  }

  @Transactional
  public long overdueCount(String repId, Set<String> team, CustomerScope scope) {
    TenantSettings current = settings.current().settings();
    return ((Number)
            overdueQuery(repId, team, scope, today(current), "select count(v)", "")
                .getSingleResult())
        .longValue();
  }

  /** Writes every customer in the caller's reach as CSV, by name, in batches. */
  @Transactional
  public void export(Filter filter, CustomerScope scope, Writer out) {
    Reps reps = reps();
    Map<String, String> usernames = usernames();
    try {
      out.write(CsvFormat.line(CSV_COLUMNS));
      int offset = 0;
      while (true) {
        List<Customer> batch =
            query(
                    filter,
                    scope,
                    "select c",
                    " order by lower(c.name) asc, c.id asc",
                    Customer.class)
                .setFirstResult(offset)
                .setMaxResults(EXPORT_BATCH)
                .getResultList();
        for (Customer customer : batch) {
          CustomerProfile p = customer.profile();
          Contact first = p.contacts().isEmpty() ? null : p.contacts().get(0);
          String rep = usernames.get(customer.assignedRepId());
          out.write(
              CsvFormat.line(
                  java.util.Arrays.asList(
                      p.name(),
                      p.industry(),
                      p.segment(),
                      p.address(),
                      p.website(),
                      p.channel().id(),
                      rep == null ? customer.assignedRepId() : rep,
                      p.needs(),
                      p.developmentNotes(),
                      p.notes(),
                      first == null ? null : first.name(),
                      first == null ? null : first.title(),
                      first == null ? null : first.email(),
                      first == null ? null : first.phone())));
        }
        if (batch.size() < EXPORT_BATCH) {
          break;
        }
        offset += EXPORT_BATCH;
        database.entityManager().clear();
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Imports a CSV file of customers: every row is checked first, and one bad row rejects the whole
   * file with a report naming each bad row's number (the header is row 1), column and problem; a
   * good file is imported in this one transaction.
   */
  @Transactional
  public CustomerViews.Imported importCsv(String csv, CustomerScope scope) {
    List<List<String>> records;
    try {
      records = CsvFormat.parse(csv == null ? "" : csv);
    } catch (CsvFormat.MalformedCsvException e) {
      throw Problems.badRequest(
          "The file is not CSV.",
          List.of(new Problem.FieldError("rows[" + e.row() + "]", e.getMessage())));
    }
    if (records.isEmpty()) {
      throw Problems.badRequest("file", "empty: a header row and a row per customer are expected");
    }
    if (records.size() - 1 > MAX_IMPORT_ROWS) {
      throw Problems.badRequest(
          "file", "at most " + MAX_IMPORT_ROWS + " customers per file; split it");
    }
    Map<String, TenantMember> byUsername =
        activeMembers().stream()
            .collect(Collectors.toMap(TenantMember::username, Function.identity(), (a, b) -> a));
    String importer = scope.caller().username();
    Set<String> usernames = new java.util.HashSet<>(byUsername.keySet());
    usernames.add(importer);
    List<CustomerImport.Row> rows = CustomerImport.check(records, usernames, importer, scope.all());
    List<Problem.FieldError> errors = rows.stream().flatMap(r -> r.errors().stream()).toList();
    if (!errors.isEmpty()) {
      throw new ProblemException(
          Problem.of(
                  jakarta.ws.rs.core.Response.Status.BAD_REQUEST,
                  "invalid-import",
                  "Invalid import",
                  errors.size()
                      + " problem(s) in the file; nothing was imported. Each is named"
                      + " rows[N].column, N counting the header as row 1.")
              .withErrors(errors));
    }
    if (rows.isEmpty()) {
      throw Problems.badRequest("file", "no customer rows below the header");
    }
    members.admit(
        scope.callerId(), scope.caller().username(), scope.caller().email(), scope.caller().name());
    TenantSettings current = settings.current().settings();
    LocalDate today = today(current);
    EntityManager entityManager = database.entityManager();
    List<UUID> ids = new ArrayList<>();
    for (CustomerImport.Row row : rows) {
      String repId =
          row.assignedRep() == null || row.assignedRep().equals(importer)
              ? scope.callerId()
              : byUsername.get(row.assignedRep()).userId();
      Customer customer = new Customer(row.profile(), repId, clock.instant());
      entityManager.persist(customer);
      entityManager.persist(
          new FollowUpVisit(
              customer.id(),
              repId,
              VisitPlan.next(today, row.profile().segment(), current.followUpVisits()),
              clock.instant()));
      ids.add(customer.id());
      outbox.emit(
          "customer.created",
          "customer",
          customer.id(),
          CustomerView.of(customer, new Rep(repId, null), null));
    }
    CustomerViews.Imported imported = new CustomerViews.Imported(ids.size(), ids);
    audit.record(
        scope.actor(),
        "customer.import",
        "customers",
        "Imported " + ids.size() + " customer file(s) from CSV",
        null,
        imported);
    return imported;
  }

  private static CustomerProfile valid(CustomerProfile.Checked checked) {
    if (!checked.errors().isEmpty()) {
      throw Problems.badRequest("The customer file is invalid.", checked.errors());
    }
    return checked.profile();
  }

  /**
   * The rep a customer is to be assigned to: the caller when none is named; otherwise an active
   * person of the company, and someone other than the caller only with {@code customers.all}.
   */
  private String assignableRep(String requested, CustomerScope scope) {
    String repId = CustomerProfile.trim(requested);
    if (repId == null || repId.equals(scope.callerId())) {
      members.admit(
          scope.callerId(),
          scope.caller().username(),
          scope.caller().email(),
          scope.caller().name());
      return scope.callerId();
    }
    TenantMember member = database.entityManager().find(TenantMember.class, repId);
    if (member == null || !member.isActive()) {
      throw Problems.badRequest("assignedRepId", "no active person of the company has this id");
    }
    if (!scope.all()) {
      throw Problems.forbidden(
          "Only someone allowed customers.all assigns customers to another person.");
    }
    return repId;
  }

  private Optional<Customer> reachable(UUID id, CustomerScope scope) {
    Customer customer = database.entityManager().find(Customer.class, id);
    if (customer == null || !scope.reaches(customer.assignedRepId())) {
      return Optional.empty();
    }
    return Optional.of(customer);
  }

  /**
   * Plans the follow-up visit that comes after a completed delivery (policy 5.6): the customer's
   * planned visit moves to {@code day} unless it is already planned earlier; one is planned when
   * none is. Returns the day of the planned visit.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public LocalDate planFollowUp(UUID customerId, LocalDate day, AuditTrail.Actor actor) {
    EntityManager entityManager = database.entityManager();
    Customer customer = entityManager.find(Customer.class, customerId);
    entityManager.lock(customer, LockModeType.PESSIMISTIC_WRITE);
    Optional<FollowUpVisit> planned = plannedVisit(customerId);
    if (planned.isPresent() && !planned.get().plannedFor().isAfter(day)) {
      return planned.get().plannedFor();
    }
    LocalDate before = planned.map(FollowUpVisit::plannedFor).orElse(null);
    if (planned.isPresent()) {
      planned.get().replan(day, customer.assignedRepId());
    } else {
      entityManager.persist(
          new FollowUpVisit(customerId, customer.assignedRepId(), day, clock.instant()));
    }
    audit.record(
        actor,
        "customer.visit.plan",
        "customer:" + customerId,
        "Planned a follow-up visit to " + customer.name() + " on " + day + " after a delivery",
        before == null ? null : Map.of("nextVisit", before.toString()),
        Map.of("nextVisit", day.toString()));
    return day;
  }

  private Optional<FollowUpVisit> plannedVisit(UUID customerId) {
    return database
        .entityManager()
        .createQuery(
            "select v from FollowUpVisit v where v.customerId = :customer and v.visitedOn is null",
            FollowUpVisit.class)
        .setParameter("customer", customerId)
        .getResultStream()
        .findFirst();
  }

  private LocalDate nextVisit(UUID customerId) {
    return plannedVisit(customerId).map(FollowUpVisit::plannedFor).orElse(null);
  }

  private Map<UUID, LocalDate> nextVisits(List<UUID> customerIds) {
    if (customerIds.isEmpty()) {
      return Map.of();
    }
    Map<UUID, LocalDate> days = new HashMap<>();
    database
        .entityManager()
        .createQuery(
            "select v from FollowUpVisit v where v.customerId in :ids and v.visitedOn is null",
            FollowUpVisit.class)
        .setParameter("ids", customerIds)
        .getResultStream()
        .forEach(v -> days.put(v.customerId(), v.plannedFor()));
    return days;
  }

  private LocalDate lastVisitOrOpening(Customer customer, TenantSettings current) {
    LocalDate last =
        database
            .entityManager()
            .createQuery(
                "select max(v.visitedOn) from FollowUpVisit v where v.customerId = :customer",
                LocalDate.class)
            .setParameter("customer", customer.id())
            .getSingleResult();
    return last != null ? last : LocalDate.ofInstant(customer.createdAt(), current.timeZone());
  }

  private CustomerView view(Customer customer, LocalDate nextVisit) {
    return CustomerView.of(customer, rep(reps(), customer.assignedRepId()), nextVisit);
  }

  private List<TenantMember> activeMembers() {
    return database
        .entityManager()
        .createQuery(
            "select m from TenantMember m where m.deactivatedAt is null", TenantMember.class)
        .getResultList();
  }

  private Reps reps() {
    return Reps.of(database.entityManager());
  }

  private static Rep rep(Reps reps, String id) {
    return reps.get(id);
  }

  private Map<String, String> usernames() {
    Map<String, String> names = new HashMap<>();
    database
        .entityManager()
        .createQuery("select m from TenantMember m", TenantMember.class)
        .getResultStream()
        .forEach(m -> names.put(m.userId(), m.username()));
    return names;
  }

  private LocalDate today(TenantSettings current) {
    return LocalDate.now(clock.withZone(current.timeZone()));
  }

  private <T> TypedQuery<T> query(
      Filter filter, CustomerScope scope, String select, String order, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select + " from Customer c where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (!scope.all()) {
      jpql.append(" and c.assignedRepId = :self");
      parameters.put("self", scope.callerId());
    }
    if (filter.repId() != null) {
      jpql.append(" and c.assignedRepId = :rep");
      parameters.put("rep", filter.repId());
    }
    if (filter.team() != null) {
      jpql.append(" and c.assignedRepId in :team");
      parameters.put("team", List.copyOf(filter.team()));
    }
    if (filter.segment() != null) {
      jpql.append(" and c.segment = :segment");
      parameters.put("segment", filter.segment());
    }
    if (filter.channel() != null) {
      jpql.append(" and c.channel = :channel");
      parameters.put("channel", filter.channel());
    }
    if (filter.text() != null) {
      jpql.append(
          " and (lower(c.name) like :text escape '\\' or lower(c.industry) like :text escape '\\'"
              + " or lower(c.needs) like :text escape '\\' or lower(c.notes) like :text escape"
              + " '\\')");
      parameters.put(
          "text",
          "%"
              + filter
                  .text()
                  .toLowerCase(java.util.Locale.ROOT)
                  .replace("\\", "\\\\")
                  .replace("%", "\\%")
                  .replace("_", "\\_")
              + "%");
    }
    TypedQuery<T> query = database.entityManager().createQuery(jpql + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  private jakarta.persistence.Query overdueQuery(
      String repId,
      Set<String> team,
      CustomerScope scope,
      LocalDate today,
      String select,
      String order) {
    StringBuilder jpql =
        new StringBuilder(
            select
                + " from FollowUpVisit v, Customer c where c.id = v.customerId"
                + " and v.visitedOn is null and v.plannedFor < :today");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("today", today);
    if (!scope.all()) {
      jpql.append(" and c.assignedRepId = :self");
      parameters.put("self", scope.callerId());
    }
    if (repId != null) {
      jpql.append(" and v.repId = :rep");
      parameters.put("rep", repId);
    }
    if (team != null) {
      jpql.append(" and v.repId in :team");
      parameters.put("team", List.copyOf(team));
    }
    jakarta.persistence.Query query = database.entityManager().createQuery(jpql + order);
    parameters.forEach(query::setParameter);
    return query;
  }

  private static ProblemException unknown(UUID id) {
    return Problems.notFound("There is no customer " + id + " in your reach in this company.");
  }
}
