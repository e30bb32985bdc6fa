package io.salesplatform.platform.team;

import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.api.Versions;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.outbox.Outbox;
import io.salesplatform.platform.persistence.Constraints;
import io.salesplatform.platform.persistence.TenantDatabase;
import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The current tenant's teams; every change checked whole, audited and told to the outbox. */
@ApplicationScoped
public class Teams {

  public static final Set<String> SORTABLE = Set.of("name", "createdAt", "updatedAt");

  /** The most members a team has. */
  public static final int MAX_MEMBERS = 500;

  @Inject TenantDatabase database;
  @Inject CompanyPeople people;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;

  Clock clock = Clock.systemUTC();

  /**
   * Which teams to list.
   *
   * @param personId only those this person manages or belongs to
   * @param text only those whose name contains this, ignoring case
   */
  public record Filter(String personId, String text) {}

  /** A team's checked content. */
  private record Content(String name, String managerId, List<String> memberIds) {}

  @Transactional
  public TeamView create(TeamRequest request, AuditTrail.Actor actor) {
    Content content = content(request);
    Team team = new Team(content.name(), content.managerId(), content.memberIds(), clock.instant());
    try {
      database.entityManager().persist(team);
      database.entityManager().flush();
    } catch (PersistenceException e) {
      if (Constraints.isUniqueViolation(e)) {
        throw taken(content.name());
      }
      throw e;
    }
    TeamView view = TeamView.of(team, people.byId());
    audit.record(actor, "team.create", "team:" + team.id(), "Formed " + team.name(), null, view);
    outbox.emit("team.created", "team", team.id(), view);
    return view;
  }

  @Transactional
  public Optional<TeamView> find(UUID id) {
    return Optional.ofNullable(database.entityManager().find(Team.class, id))
        .map(t -> TeamView.of(t, people.byId()));
  }

  @Transactional
  public TeamView update(UUID id, TeamRequest request, long basedOn, AuditTrail.Actor actor) {
    Team team = existing(id);
    Content content = content(request);
    Versions.require(team.version(), basedOn, "team " + id);
    Map<String, PersonRef> names = people.byId();
    TeamView before = TeamView.of(team, names);
    if (!team.change(content.name(), content.managerId(), content.memberIds(), clock.instant())) {
      return before;
    }
    try {
      database.entityManager().flush();
    } catch (OptimisticLockException e) {
      throw Versions.stale("team " + id, basedOn, basedOn + 1);
    } catch (PersistenceException e) {
      if (Constraints.isUniqueViolation(e)) {
        throw taken(content.name());
      }
      throw e;
    }
    TeamView after = TeamView.of(team, names);
    audit.record(actor, "team.update", "team:" + id, "Changed " + team.name(), before, after);
    outbox.emit("team.updated", "team", id, after);
    return after;
  }

  @Transactional
  public void delete(UUID id, long basedOn, AuditTrail.Actor actor) {
    Team team = existing(id);
    Versions.require(team.version(), basedOn, "team " + id);
    TeamView before = TeamView.of(team, people.byId());
    database.entityManager().remove(team);
    try {
      database.entityManager().flush();
    } catch (OptimisticLockException e) {
      throw Versions.stale("team " + id, basedOn, basedOn + 1);
    }
    audit.record(actor, "team.delete", "team:" + id, "Dissolved " + team.name(), before, null);
    outbox.emit("team.deleted", "team", id, before);
  }

  @Transactional
  public List<TeamView> page(Filter filter, Sort sort, PageRequest page) {
    Map<String, PersonRef> names = people.byId();
    return query(filter, "select t", sort.jpql("t", "id", Set.of("name")), Team.class)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultStream()
        .map(t -> TeamView.of(t, names))
        .toList();
  }

  @Transactional
  public long count(Filter filter) {
    return query(filter, "select count(t)", "", Long.class).getSingleResult();
  }

  /**
   * The people of the team a per-team view names (its manager and members); a value that names no
   * team of the company is a 400 on {@code team}, as any unknown filter value is.
   */
  @Transactional
  public Set<String> peopleOf(String teamId) {
    UUID id;
    try {
      id = UUID.fromString(teamId.strip());
    } catch (IllegalArgumentException e) {
      throw Problems.badRequest("team", "a team id");
    }
    Team team = database.entityManager().find(Team.class, id);
    if (team == null) {
      throw Problems.badRequest("team", "no team of the company has this id");
    }
    return team.people();
  }

  private Content content(TeamRequest request) {
    List<Problem.FieldError> errors = new ArrayList<>();
    String name = request.name == null ? null : request.name.strip();
    if (name == null || name.isEmpty()) {
      errors.add(new Problem.FieldError("name", "required"));
    } else if (name.length() > 100) {
      errors.add(new Problem.FieldError("name", "at most 100 characters"));
    }
    String managerId = people.check("managerId", request.managerId, true, errors);
    List<String> memberIds = new ArrayList<>();
    List<String> requested = request.memberIds == null ? List.of() : request.memberIds;
    if (requested.size() > MAX_MEMBERS) {
      errors.add(new Problem.FieldError("memberIds", "at most " + MAX_MEMBERS + " members"));
    } else {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < requested.size(); i++) {
        String field = "memberIds[" + i + "]";
        String memberId = people.check(field, requested.get(i), true, errors);
        if (memberId != null && !seen.add(memberId)) {
          errors.add(new Problem.FieldError(field, "named twice"));
        } else if (memberId != null) {
          memberIds.add(memberId);
        }
      }
    }
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The team is invalid.", errors);
    }
    return new Content(name, managerId, memberIds);
  }

  private Team existing(UUID id) {
    return Optional.ofNullable(database.entityManager().find(Team.class, id))
        .orElseThrow(() -> unknown(id.toString()));
  }

  private <T> TypedQuery<T> query(Filter filter, String select, String order, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select + " from Team t where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (filter.personId() != null) {
      jpql.append(
          " and (t.managerId = :person or function('jsonb_exists', t.memberIds, :person) = true)");
      parameters.put("person", filter.personId());
    }
    if (filter.text() != null) {
      jpql.append(" and lower(t.name) like :text escape '\\'");
      parameters.put(
          "text",
          "%"
              + filter
                  .text()
                  .toLowerCase(Locale.ROOT)
                  .replace("\\", "\\\\")
                  .replace("%", "\\%")
                  .replace("_", "\\_")
              + "%");
    }
    EntityManager entityManager = database.entityManager();
    TypedQuery<T> query = entityManager.createQuery(jpql + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  private static ProblemException taken(String name) {
    return Problems.conflict(
        "team-name-taken", "Team name taken", "The company already has a team named " + name + ".");
  }

  static ProblemException unknown(String id) {
    return Problems.notFound("There is no team " + id + " in this company.");
  }
}
