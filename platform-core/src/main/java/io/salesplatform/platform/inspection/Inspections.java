package io.salesplatform.platform.inspection;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.api.Versions;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.inspection.InspectionViews.FindingView;
import io.salesplatform.platform.inspection.InspectionViews.InspectionView;
import io.salesplatform.platform.outbox.Outbox;
import io.salesplatform.platform.people.People;
import io.salesplatform.platform.persistence.TenantDatabase;
import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.role.CustomRoles;
import io.salesplatform.platform.settings.TenantSettingsService;
import io.salesplatform.platform.team.CompanyPeople;
import io.salesplatform.platform.team.PersonRef;
import io.salesplatform.platform.team.Team;
import io.salesplatform.tenant.config.Permission;
import io.salesplatform.tenant.config.TenantRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The current tenant's inspections and their findings. Sales management schedules an inspection for
 * an inspector; only that inspector records results and findings and completes it.
 */
@ApplicationScoped
public class Inspections {

  public static final Set<String> SORTABLE = Set.of("scheduledOn", "createdAt", "updatedAt");

  static final Set<String> SEVERITIES = Set.of("low", "medium", "high");
  static final int TEXT_MAX = 10_000;
  static final int ITEM_MAX = 500;
  static final int NOTES_MAX = 2_000;
  static final int ITEMS_MAX = 100;

  @Inject TenantDatabase database;
  @Inject TenantSettingsService settings;
  @Inject CompanyPeople people;
  @Inject People directory;
  @Inject CustomRoles customRoles;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;

  Clock clock = Clock.systemUTC();

  /**
   * Which inspections to list.
   *
   * @param status only scheduled or completed ones
   * @param inspectorId only those of this inspector
   * @param overdue only those past their day and not completed
   */
  public record Filter(Inspection.Status status, String inspectorId, boolean overdue) {}

  @Transactional
  public InspectionView schedule(InspectionRequests.Schedule request, AuditTrail.Actor actor) {
    Inspection.Plan plan = plan(request);
    Inspection inspection = new Inspection(plan, actor.id(), clock.instant());
    database.entityManager().persist(inspection);
    InspectionView view = view(inspection);
    audit.record(
        actor,
        "inspection.schedule",
        "inspection:" + inspection.id(),
        "Scheduled the inspection " + plan.title() + " on " + plan.scheduledOn(),
        null,
        view);
    outbox.emit("inspection.scheduled", "inspection", inspection.id(), view);
    return view;
  }

  @Transactional
  public Optional<InspectionView> find(UUID id) {
    return Optional.ofNullable(database.entityManager().find(Inspection.class, id)).map(this::view);
  }

  @Transactional
  public InspectionView replan(
      UUID id, InspectionRequests.Schedule request, long basedOn, AuditTrail.Actor actor) {
    Inspection inspection = existing(id);
    Inspection.Plan plan = plan(request);
    Versions.require(inspection.version(), basedOn, "inspection " + id);
    InspectionView before = view(inspection);
    if (!inspection.replan(plan, clock.instant())) {
      return before;
    }
    InspectionView after = flushed(inspection, basedOn);
    audit.record(
        actor,
        "inspection.update",
        "inspection:" + id,
        "Changed the inspection " + plan.title(),
        before,
        after);
    outbox.emit("inspection.updated", "inspection", id, after);
    return after;
  }

  @Transactional
  public InspectionView record(
      UUID id, InspectionRequests.Results request, long basedOn, AuditTrail.Actor actor) {
    Inspection inspection = existing(id);
    List<Checklist.Item> items = inspection.items();
    List<InspectionRequests.ItemResult> given = request.items == null ? List.of() : request.items;
    List<Problem.FieldError> errors = new ArrayList<>();
    if (given.size() != items.size()) {
      errors.add(
          new Problem.FieldError(
              "items", "one entry per checklist item, in its order: " + items.size()));
    }
    List<Checklist.Item> results = new ArrayList<>();
    for (int i = 0; i < Math.min(given.size(), items.size()); i++) {
      InspectionRequests.ItemResult entry = given.get(i);
      String result = entry == null ? null : Inputs.blankToNull(entry.result);
      if (result != null && Checklist.Result.byId(result).isEmpty()) {
        errors.add(
            new Problem.FieldError(
                "items[" + i + "].result",
                "one of " + String.join(", ", Checklist.Result.ids()) + ", or absent"));
      }
      String notes = entry == null ? null : Inputs.blankToNull(entry.notes);
      if (notes != null && notes.length() > NOTES_MAX) {
        errors.add(
            new Problem.FieldError(
                "items[" + i + "].notes", "at most " + NOTES_MAX + " characters"));
      }
      results.add(new Checklist.Item(items.get(i).item(), result, notes));
    }
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The results are invalid.", errors);
    }
    requireInspector(inspection, actor);
    Versions.require(inspection.version(), basedOn, "inspection " + id);
    InspectionView before = view(inspection);
    if (!inspection.record(results, clock.instant())) {
      return before;
    }
    InspectionView after = flushed(inspection, basedOn);
    audit.record(
        actor,
        "inspection.checklist.record",
        "inspection:" + id,
        "Recorded checklist results of " + inspection.title(),
        before,
        after);
    outbox.emit("inspection.checklist-recorded", "inspection", id, after);
    return after;
  }

  @Transactional
  public InspectionView complete(
      UUID id, InspectionRequests.Completion request, long basedOn, AuditTrail.Actor actor) {
    Inspection inspection = existing(id);
    String conclusion = Inputs.blankToNull(request.conclusion);
    if (conclusion != null && conclusion.length() > TEXT_MAX) {
      throw Problems.badRequest("conclusion", "at most " + TEXT_MAX + " characters");
    }
    requireInspector(inspection, actor);
    Versions.require(inspection.version(), basedOn, "inspection " + id);
    InspectionView before = view(inspection);
    inspection.complete(today(), conclusion, clock.instant());
    InspectionView after = flushed(inspection, basedOn);
    audit.record(
        actor,
        "inspection.complete",
        "inspection:" + id,
        "Completed the inspection " + inspection.title(),
        before,
        after);
    outbox.emit("inspection.completed", "inspection", id, after);
    return after;
  }

  @Transactional
  public FindingView addFinding(
      UUID inspectionId, InspectionRequests.Finding request, AuditTrail.Actor actor) {
    Inspection inspection = existing(inspectionId);
    InspectionFinding.Content content = finding(request);
    requireInspector(inspection, actor);
    if (inspection.completed()) {
      throw Problems.unprocessable(
          "inspection-completed",
          "Inspection completed",
          "The inspection was completed on "
              + inspection.completedOn()
              + "; findings are"
              + " recorded while it is conducted.");
    }
    InspectionFinding finding = new InspectionFinding(inspectionId, content, clock.instant());
    database.entityManager().persist(finding);
    FindingView view = FindingView.of(finding, people.byId(), today());
    audit.record(
        actor,
        "inspection.finding.create",
        "inspection:" + inspectionId,
        "Recorded a " + content.severity() + " finding of " + inspection.title(),
        null,
        view);
    outbox.emit("inspection.finding-recorded", "inspection", inspectionId, view);
    return view;
  }

  @Transactional
  public FindingView changeFinding(
      UUID inspectionId,
      UUID findingId,
      InspectionRequests.Finding request,
      long basedOn,
      AuditTrail.Actor actor) {
    Inspection inspection = existing(inspectionId);
    InspectionFinding finding = existingFinding(inspectionId, findingId);
    InspectionFinding.Content content = finding(request);
    requireInspector(inspection, actor);
    Versions.require(finding.version(), basedOn, "finding " + findingId);
    Map<String, PersonRef> names = people.byId();
    FindingView before = FindingView.of(finding, names, today());
    if (!finding.change(content, clock.instant())) {
      return before;
    }
    try {
      database.entityManager().flush();
    } catch (OptimisticLockException e) {
      throw Versions.stale("finding " + findingId, basedOn, basedOn + 1);
    }
    FindingView after = FindingView.of(finding, names, today());
    audit.record(
        actor,
        content.resolved() && !before.status().equals("resolved")
            ? "inspection.finding.resolve"
            : "inspection.finding.update",
        "inspection:" + inspectionId,
        "Changed a finding of " + inspection.title(),
        before,
        after);
    outbox.emit("inspection.finding-updated", "inspection", inspectionId, after);
    return after;
  }

  @Transactional
  public Optional<FindingView> finding(UUID inspectionId, UUID findingId) {
    existing(inspectionId);
    InspectionFinding finding = database.entityManager().find(InspectionFinding.class, findingId);
    if (finding == null || !finding.inspectionId().equals(inspectionId)) {
      return Optional.empty();
    }
    return Optional.of(FindingView.of(finding, people.byId(), today()));
  }

  @Transactional
  public List<FindingView> findings(UUID inspectionId) {
    existing(inspectionId);
    Map<String, PersonRef> names = people.byId();
    LocalDate today = today();
    return database
        .entityManager()
        .createQuery(
            "select f from InspectionFinding f where f.inspectionId = :inspection"
                + " order by f.createdAt asc, f.id asc",
            InspectionFinding.class)
        .setParameter("inspection", inspectionId)
        .getResultStream()
        .map(f -> FindingView.of(f, names, today))
        .toList();
  }

  /** Open findings past their day, most overdue first; of one responsible person when given. */
  @Transactional
  public List<FindingView> overdueFindings(String responsibleId, PageRequest page) {
    Map<String, PersonRef> names = people.byId();
    LocalDate today = today();
    return findingsQuery(responsibleId, today, "select f", " order by f.dueOn asc, f.id asc")
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultStream()
        .map(f -> FindingView.of((InspectionFinding) f, names, today))
        .toList();
  }

  @Transactional
  public long overdueFindingCount(String responsibleId) {
    return ((Number) findingsQuery(responsibleId, today(), "select count(f)", "").getSingleResult())
        .longValue();
  }

  @Transactional
  public List<InspectionView> page(Filter filter, Sort sort, PageRequest page) {
    Map<String, PersonRef> names = people.byId();
    LocalDate today = today();
    Map<UUID, Long> open = openFindings();
    return query(filter, today, "select i", sort.jpql("i", "id"), Inspection.class)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultStream()
        .map(i -> InspectionView.of(i, open.getOrDefault(i.id(), 0L), names, today))
        .toList();
  }

  @Transactional
  public long count(Filter filter) {
    return query(filter, today(), "select count(i)", "", Long.class).getSingleResult();
  }

  private Inspection.Plan plan(InspectionRequests.Schedule request) {
    List<Problem.FieldError> errors = new ArrayList<>();
    String title = Inputs.blankToNull(request.title);
    if (title == null) {
      errors.add(new Problem.FieldError("title", "required"));
    } else if (title.length() > 200) {
      errors.add(new Problem.FieldError("title", "at most 200 characters"));
    }
    InspectionScope scope = null;
    String scopeId = Inputs.blankToNull(request.scope);
    if (scopeId == null || InspectionScope.byId(scopeId).isEmpty()) {
      errors.add(
          new Problem.FieldError("scope", "one of " + String.join(", ", InspectionScope.ids())));
    } else {
      scope = InspectionScope.byId(scopeId).get();
    }
    String scopeRef = Inputs.blankToNull(request.scopeRef);
    if (scope == InspectionScope.COMPANY && scopeRef != null) {
      errors.add(new Problem.FieldError("scopeRef", "none for the whole company"));
    } else if (scope == InspectionScope.TEAM) {
      UUID teamId = null;
      try {
        teamId = scopeRef == null ? null : UUID.fromString(scopeRef);
      } catch (IllegalArgumentException e) {
        teamId = null;
      }
      if (teamId == null || database.entityManager().find(Team.class, teamId) == null) {
        errors.add(new Problem.FieldError("scopeRef", "the id of a team of the company"));
      }
    } else if (scope == InspectionScope.REP) {
      scopeRef = people.check("scopeRef", scopeRef, true, errors);
    } else if (scope == InspectionScope.AREA && (scopeRef == null || scopeRef.length() > 200)) {
      errors.add(new Problem.FieldError("scopeRef", "the area in 1 to 200 characters"));
    }
    LocalDate scheduledOn = day("scheduledOn", request.scheduledOn, errors);
    String inspectorId = people.check("inspectorId", request.inspectorId, true, errors);
    if (inspectorId != null && !mayInspect(inspectorId)) {
      errors.add(
          new Problem.FieldError(
              "inspectorId", "this person's roles do not allow conducting inspections"));
    }
    List<String> items = new ArrayList<>();
    List<String> asked = request.checklist == null ? List.of() : request.checklist;
    if (asked.isEmpty() || asked.size() > ITEMS_MAX) {
      errors.add(new Problem.FieldError("checklist", "1 to " + ITEMS_MAX + " items"));
    } else {
      for (int i = 0; i < asked.size(); i++) {
        String item = Inputs.blankToNull(asked.get(i));
        if (item == null || item.length() > ITEM_MAX) {
          errors.add(
              new Problem.FieldError("checklist[" + i + "]", "1 to " + ITEM_MAX + " characters"));
        } else if (items.contains(item)) {
          errors.add(new Problem.FieldError("checklist[" + i + "]", "named twice"));
        } else {
          items.add(item);
        }
      }
    }
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The inspection is invalid.", errors);
    }
    return new Inspection.Plan(title, scope, scopeRef, scheduledOn, inspectorId, items);
  }

  private InspectionFinding.Content finding(InspectionRequests.Finding request) {
    List<Problem.FieldError> errors = new ArrayList<>();
    String severity = Inputs.blankToNull(request.severity);
    if (severity == null || !SEVERITIES.contains(severity)) {
      errors.add(new Problem.FieldError("severity", "low, medium or high"));
    }
    String description = Inputs.blankToNull(request.description);
    if (description == null || description.length() > TEXT_MAX) {
      errors.add(new Problem.FieldError("description", "1 to " + TEXT_MAX + " characters"));
    }
    String responsibleId = people.check("responsibleId", request.responsibleId, true, errors);
    LocalDate dueOn = day("dueOn", request.dueOn, errors);
    String status = Inputs.blankToNull(request.status);
    boolean resolved = "resolved".equals(status);
    if (status != null && !resolved && !"open".equals(status)) {
      errors.add(new Problem.FieldError("status", "open or resolved"));
    }
    String resolution = Inputs.blankToNull(request.resolution);
    if (resolution != null && resolution.length() > TEXT_MAX) {
      errors.add(new Problem.FieldError("resolution", "at most " + TEXT_MAX + " characters"));
    } else if (resolved && resolution == null) {
      errors.add(new Problem.FieldError("resolution", "required: how it was resolved"));
    }
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The finding is invalid.", errors);
    }
    return new InspectionFinding.Content(
        severity, description, responsibleId, dueOn, resolved, resolution);
  }

  /** Whether the person's roles, standard and custom, allow conducting inspections. */
  private boolean mayInspect(String userId) {
    List<String> roles = directory.get(userId).roles();
    Set<Permission> granted = EnumSet.noneOf(Permission.class);
    granted.addAll(TenantRole.permissionsOf(roles));
    granted.addAll(customRoles.permissionsOf(roles));
    return granted.contains(Permission.INSPECTIONS_CONDUCT);
  }

  private static void requireInspector(Inspection inspection, AuditTrail.Actor actor) {
    if (!inspection.inspectorId().equals(actor.id())) {
      throw Problems.forbidden(
          "Only the inspection's inspector records its results and findings and completes it.");
    }
  }

  private InspectionView flushed(Inspection inspection, long basedOn) {
    try {
      database.entityManager().flush();
    } catch (OptimisticLockException e) {
      throw Versions.stale("inspection " + inspection.id(), basedOn, basedOn + 1);
    }
    return view(inspection);
  }

  private InspectionView view(Inspection inspection) {
    long open =
        database
            .entityManager()
            .createQuery(
                "select count(f) from InspectionFinding f where f.inspectionId = :inspection"
                    + " and f.status = 'open'",
                Long.class)
            .setParameter("inspection", inspection.id())
            .getSingleResult();
    return InspectionView.of(inspection, open, people.byId(), today());
  }

  private Map<UUID, Long> openFindings() {
    Map<UUID, Long> open = new HashMap<>();
    database
        .entityManager()
        .createQuery(
            "select f.inspectionId, count(f) from InspectionFinding f where f.status = 'open'"
                + " group by f.inspectionId",
            Object[].class)
        .getResultStream()
        .forEach(row -> open.put((UUID) row[0], ((Number) row[1]).longValue()));
    return open;
  }

  private Inspection existing(UUID id) {
    return Optional.ofNullable(database.entityManager().find(Inspection.class, id))
        .orElseThrow(() -> unknown(id.toString()));
  }

  private InspectionFinding existingFinding(UUID inspectionId, UUID findingId) {
    InspectionFinding finding = database.entityManager().find(InspectionFinding.class, findingId);
    if (finding == null || !finding.inspectionId().equals(inspectionId)) {
      throw unknownFinding(findingId.toString());
    }
    return finding;
  }

  private static LocalDate day(String field, String value, List<Problem.FieldError> errors) {
    String clean = Inputs.blankToNull(value);
    if (clean == null) {
      errors.add(new Problem.FieldError(field, "required: a day such as 2026-06-15"));
      return null;
    }
    try {
      return LocalDate.parse(clean);
    } catch (DateTimeParseException e) {
      errors.add(new Problem.FieldError(field, "a day such as 2026-06-15"));
      return null;
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(settings.current().settings().timeZone()));
  }

  private <T> TypedQuery<T> query(
      Filter filter, LocalDate today, String select, String order, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select + " from Inspection i where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (filter.status() != null) {
      jpql.append(" and i.status = :status");
      parameters.put("status", filter.status().name());
    }
    if (filter.inspectorId() != null) {
      jpql.append(" and i.inspectorId = :inspector");
      parameters.put("inspector", filter.inspectorId());
    }
    if (filter.overdue()) {
      jpql.append(" and i.status = 'SCHEDULED' and i.scheduledOn < :today");
      parameters.put("today", today);
    }
    EntityManager entityManager = database.entityManager();
    TypedQuery<T> query = entityManager.createQuery(jpql + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  private jakarta.persistence.Query findingsQuery(
      String responsibleId, LocalDate today, String select, String order) {
    StringBuilder jpql =
        new StringBuilder(
            select + " from InspectionFinding f where f.status = 'open' and f.dueOn < :today");
    if (responsibleId != null) {
      jpql.append(" and f.responsibleId = :responsible");
    }
    jakarta.persistence.Query query = database.entityManager().createQuery(jpql + order);
    query.setParameter("today", today);
    if (responsibleId != null) {
      query.setParameter("responsible", responsibleId);
    }
    return query;
  }

  static ProblemException unknown(String id) {
    return Problems.notFound("There is no inspection " + id + " in this company.");
  }

  static ProblemException unknownFinding(String id) {
    return Problems.notFound("There is no finding " + id + " of this inspection.");
  }
}
