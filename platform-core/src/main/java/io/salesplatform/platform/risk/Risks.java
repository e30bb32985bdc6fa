package io.salesplatform.platform.risk;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.api.Versions;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.customer.Customer;
import io.salesplatform.platform.outbox.Outbox;
import io.salesplatform.platform.persistence.TenantDatabase;
import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.risk.RiskViews.Cell;
import io.salesplatform.platform.risk.RiskViews.HeatMap;
import io.salesplatform.platform.risk.RiskViews.RiskView;
import io.salesplatform.platform.settings.TenantSettingsService;
import io.salesplatform.platform.team.CompanyPeople;
import io.salesplatform.platform.team.PersonRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The current tenant's risk register; every change checked whole, audited and told. */
@ApplicationScoped
public class Risks {

  public static final Set<String> SORTABLE =
      Set.of("score", "reviewOn", "title", "createdAt", "updatedAt");

  private static final int TEXT_MAX = 10_000;

  @Inject TenantDatabase database;
  @Inject TenantSettingsService settings;
  @Inject CompanyPeople people;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;

  Clock clock = Clock.systemUTC();

  /**
   * Which risks to list; every criterion is optional.
   *
   * @param category only this kind
   * @param ownerId only those this person is responsible for
   * @param status only those standing so
   * @param level only those of this level
   * @param reviewOverdue only those whose review is overdue (true) or not (false)
   */
  public record Filter(
      RiskCategory category,
      String ownerId,
      RiskStatus status,
      RiskRating.Level level,
      Boolean reviewOverdue) {}

  @Transactional
  public RiskView create(RiskRequest request, AuditTrail.Actor actor) {
    Risk.Content content = content(request, actor.id());
    Risk risk = new Risk(content, clock.instant());
    database.entityManager().persist(risk);
    RiskView view = view(risk);
    audit.record(
        actor,
        "risk.create",
        "risk:" + risk.id(),
        "Registered the " + content.category().id() + " risk " + content.title(),
        null,
        view);
    outbox.emit("risk.registered", "risk", risk.id(), view);
    return view;
  }

  @Transactional
  public Optional<RiskView> find(UUID id) {
    return Optional.ofNullable(database.entityManager().find(Risk.class, id)).map(this::view);
  }

  @Transactional
  public RiskView update(UUID id, RiskRequest request, long basedOn, AuditTrail.Actor actor) {
    Risk risk =
        Optional.ofNullable(database.entityManager().find(Risk.class, id))
            .orElseThrow(() -> unknown(id.toString()));
    String ownerBefore = risk.content().ownerId();
    Risk.Content content = content(request, ownerBefore);
    Versions.require(risk.version(), basedOn, "risk " + id);
    RiskView before = view(risk);
    if (!risk.change(content, clock.instant())) {
      return before;
    }
    try {
      database.entityManager().flush();
    } catch (OptimisticLockException e) {
      throw Versions.stale("risk " + id, basedOn, basedOn + 1);
    }
    RiskView after = view(risk);
    audit.record(
        actor, "risk.update", "risk:" + id, "Changed the risk " + content.title(), before, after);
    outbox.emit("risk.updated", "risk", id, after);
    return after;
  }

  @Transactional
  public List<RiskView> page(Filter filter, Sort sort, PageRequest page) {
    LocalDate today = today();
    Map<String, PersonRef> names = people.byId();
    @SuppressWarnings("unchecked")
    List<Risk> risks =
        query(filter, today, "select r", sort.jpql("r", "id", Set.of("title")))
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    return risks.stream().map(r -> RiskView.of(r, names, today)).toList();
  }

  @Transactional
  public long count(Filter filter) {
    return ((Number) query(filter, today(), "select count(r)", "").getSingleResult()).longValue();
  }

  /**
   * The count of risks in each cell of the likelihood by impact grid, of those the filter names
   * (closed ones only when asked for by status).
   */
  @Transactional
  public HeatMap heatMap(Filter filter) {
    // without a status asked for, closed risks are no longer on the map
    Query query =
        query(
            filter,
            today(),
            "select r.likelihood, r.impact, count(r)",
            (filter.status() == null ? " and r.status <> 'closed'" : "")
                + " group by r.likelihood, r.impact");
    Map<String, Long> found = new HashMap<>();
    for (Object row : query.getResultList()) {
      Object[] values = (Object[]) row;
      found.put(values[0] + "x" + values[1], ((Number) values[2]).longValue());
    }
    List<Cell> cells = new ArrayList<>();
    Map<String, Long> levels = new LinkedHashMap<>();
    for (RiskRating.Level level : RiskRating.Level.values()) {
      levels.put(level.id(), 0L);
    }
    long total = 0;
    for (int likelihood = 1; likelihood <= 5; likelihood++) {
      for (int impact = 1; impact <= 5; impact++) {
        int score = RiskRating.score(likelihood, impact);
        String level = RiskRating.level(score).id();
        long count = found.getOrDefault(likelihood + "x" + impact, 0L);
        cells.add(new Cell(likelihood, impact, score, level, count));
        levels.merge(level, count, Long::sum);
        total += count;
      }
    }
    return new HeatMap(cells, levels, total);
  }

  private Risk.Content content(RiskRequest request, String defaultOwner) {
    List<Problem.FieldError> errors = new ArrayList<>();
    RiskCategory category = null;
    String categoryId = Inputs.blankToNull(request.category);
    if (categoryId == null) {
      errors.add(
          new Problem.FieldError("category", "required: " + String.join(", ", RiskCategory.ids())));
    } else {
      category = RiskCategory.byId(categoryId).orElse(null);
      if (category == null) {
        errors.add(
            new Problem.FieldError("category", "one of " + String.join(", ", RiskCategory.ids())));
      }
    }
    String title = Inputs.blankToNull(request.title);
    if (title == null) {
      errors.add(new Problem.FieldError("title", "required"));
    } else if (title.length() > 200) {
      errors.add(new Problem.FieldError("title", "at most 200 characters"));
    }
    String description = text("description", request.description, errors);
    String mitigation = text("mitigation", request.mitigation, errors);
    String ownerId =
        Inputs.blankToNull(request.ownerId) == null
            ? defaultOwner
            : people.check("ownerId", request.ownerId, true, errors);
    int likelihood = rating("likelihood", request.likelihood, errors);
    int impact = rating("impact", request.impact, errors);
    RiskStatus status = RiskStatus.OPEN;
    if (Inputs.blankToNull(request.status) != null) {
      status = RiskStatus.byId(Inputs.blankToNull(request.status)).orElse(null);
      if (status == null) {
        errors.add(
            new Problem.FieldError("status", "one of " + String.join(", ", RiskStatus.ids())));
      }
    }
    LocalDate reviewOn = null;
    if (Inputs.blankToNull(request.reviewOn) != null) {
      try {
        reviewOn = LocalDate.parse(Inputs.blankToNull(request.reviewOn));
      } catch (DateTimeParseException e) {
        errors.add(new Problem.FieldError("reviewOn", "a day such as 2026-06-30"));
      }
    } else if (status != RiskStatus.CLOSED) {
      errors.add(
          new Problem.FieldError("reviewOn", "required while the risk is not closed: a day"));
    }
    UUID customerId = uuid("customerId", request.customerId, errors);
    if (customerId != null && database.entityManager().find(Customer.class, customerId) == null) {
      errors.add(new Problem.FieldError("customerId", "no customer of the company has this id"));
    }
    UUID contractId = uuid("contractId", request.contractId, errors);
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The risk is invalid.", errors);
    }
    return new Risk.Content(
        category,
        title,
        description,
        ownerId,
        likelihood,
        impact,
        mitigation,
        reviewOn,
        status,
        customerId,
        contractId);
  }

  private static int rating(String field, Integer value, List<Problem.FieldError> errors) {
    if (value == null) {
      errors.add(new Problem.FieldError(field, "required: 1 to 5"));
      return 0;
    }
    if (!RiskRating.valid(value)) {
      errors.add(new Problem.FieldError(field, "1 to 5"));
      return 0;
    }
    return value;
  }

  private static String text(String field, String value, List<Problem.FieldError> errors) {
    String clean = Inputs.blankToNull(value);
    if (clean != null && clean.length() > TEXT_MAX) {
      errors.add(new Problem.FieldError(field, "at most " + TEXT_MAX + " characters"));
    }
    return clean;
  }

  private static UUID uuid(String field, String value, List<Problem.FieldError> errors) {
    String clean = Inputs.blankToNull(value);
    if (clean == null) {
      return null;
    }
    try {
      return UUID.fromString(clean);
    } catch (IllegalArgumentException e) {
      errors.add(new Problem.FieldError(field, "an id"));
      return null;
    }
  }

  private RiskView view(Risk risk) {
    return RiskView.of(risk, people.byId(), today());
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(settings.current().settings().timeZone()));
  }

  private Query query(Filter filter, LocalDate today, String select, String order) {
    StringBuilder jpql = new StringBuilder(select + " from Risk r where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (filter.category() != null) {
      jpql.append(" and r.category = :category");
      parameters.put("category", filter.category().id());
    }
    if (filter.ownerId() != null) {
      jpql.append(" and r.ownerId = :owner");
      parameters.put("owner", filter.ownerId());
    }
    if (filter.status() != null) {
      jpql.append(" and r.status = :status");
      parameters.put("status", filter.status().id());
    }
    if (filter.level() != null) {
      jpql.append(" and r.level = :level");
      parameters.put("level", filter.level().id());
    }
    if (filter.reviewOverdue() != null) {
      String overdue = "(r.status <> 'closed' and r.reviewOn < :today)";
      jpql.append(filter.reviewOverdue() ? " and " + overdue : " and not " + overdue);
      parameters.put("today", today);
    }
    // the order part may start with a further condition, as the heat map's does
    Query query = database.entityManager().createQuery(jpql + order);
    parameters.forEach(query::setParameter);
    return query;
  }

  static ProblemException unknown(String id) {
    return Problems.notFound("There is no risk " + id + " in this company's register.");
  }
}
