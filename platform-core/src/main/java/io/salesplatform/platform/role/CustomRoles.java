package io.salesplatform.platform.role;

import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.identity.IdentityDirectory;
import io.salesplatform.platform.persistence.Constraints;
import io.salesplatform.platform.persistence.TenantDatabase;
import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.tenant.TenantContext;
import io.salesplatform.platform.tenant.TenantMembers;
import io.salesplatform.tenant.config.Permission;
import io.salesplatform.tenant.config.RoleDefinition;
import io.salesplatform.tenant.config.TenantRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The current tenant's custom roles. Each lives in two places that share no transaction: its row
 * here (what it grants) and its group in the identity provider (who holds it). A role is written
 * here first and its group made before the transaction commits, so a failure leaves at most an
 * empty group, which the next attempt reuses; a role is deleted only while no one holds it.
 *
 * <p>Giving someone a custom role locks its row until that transaction ends, and deleting one locks
 * it for writing before counting its holders, so a role cannot be deleted while it is being given.
 */
@ApplicationScoped
public class CustomRoles {

  /** How many holders a refused deletion counts up to. */
  private static final int HOLDERS_COUNTED = 100;

  @Inject TenantDatabase database;
  @Inject TenantContext tenantContext;
  @Inject TenantMembers members;
  @Inject IdentityDirectory directory;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /** Every custom role of the tenant, by name. */
  @Transactional
  public List<CustomRole> all() {
    return database
        .entityManager()
        .createQuery("select r from CustomRole r order by r.name", CustomRole.class)
        .getResultList();
  }

  @Transactional
  public Optional<CustomRole> find(String name) {
    return Optional.ofNullable(database.entityManager().find(CustomRole.class, name));
  }

  /**
   * What the named custom roles grant together, as the database says now. Names that are no custom
   * role of the tenant grant nothing.
   */
  @Transactional
  public Set<Permission> permissionsOf(Collection<String> names) {
    Set<Permission> granted = EnumSet.noneOf(Permission.class);
    if (!names.isEmpty()) {
      named(names, LockModeType.NONE).forEach(r -> granted.addAll(r.permissions()));
    }
    return granted;
  }

  /**
   * Defines a role and makes its group.
   *
   * @param grantable the permissions the author holds; a role grants none beyond them
   */
  @Transactional
  public CustomRole create(
      RoleDefinition definition, Set<Permission> grantable, AuditTrail.Actor actor) {
    String name = definition.name().value();
    requireGrantable(definition.permissions(), grantable);
    EntityManager entityManager = database.entityManager();
    if (entityManager.find(CustomRole.class, name) != null) {
      throw exists(name);
    }
    CustomRole role = new CustomRole(definition, clock.instant());
    try {
      entityManager.persist(role);
      entityManager.flush();
    } catch (PersistenceException e) {
      if (Constraints.isUniqueViolation(e)) {
        throw exists(name);
      }
      throw e;
    }
    directory.ensureRoleGroup(tenantContext.tenant().realm(), tenantContext.slug(), name);
    audit.record(
        actor,
        "role.create",
        target(name),
        "Defined role " + name + " granting " + listed(definition.permissionIds()),
        null,
        state(role));
    return role;
  }

  /**
   * Gives a role a new description and permissions; the same definition changes nothing.
   *
   * @param basedOn the version the change was made from, or {@code null} to take the latest
   * @param grantable the permissions the author holds; a change adds none beyond them
   */
  @Transactional
  public CustomRole update(
      RoleDefinition definition, Long basedOn, Set<Permission> grantable, AuditTrail.Actor actor) {
    String name = definition.name().value();
    EntityManager entityManager = database.entityManager();
    CustomRole role = locked(entityManager, name);
    if (basedOn != null && basedOn != role.version()) {
      throw Problems.conflict(
          "stale-role",
          "Stale role",
          "The role '"
              + name
              + "' is at version "
              + role.version()
              + ", not "
              + basedOn
              + "; read it again and repeat the change.");
    }
    Set<Permission> added = EnumSet.noneOf(Permission.class);
    added.addAll(definition.permissions());
    added.removeAll(role.permissions());
    requireGrantable(added, grantable);
    Map<String, Object> before = state(role);
    if (role.redefine(definition, clock.instant())) {
      entityManager.flush();
      audit.record(
          actor,
          "role.update",
          target(name),
          "Role " + name + " now grants " + listed(definition.permissionIds()),
          before,
          state(role));
    }
    return role;
  }

  /**
   * Deletes a role no one holds, with its group. Deactivated people who held it will not get it
   * back.
   */
  @Transactional
  public void delete(String name, AuditTrail.Actor actor) {
    EntityManager entityManager = database.entityManager();
    CustomRole role = locked(entityManager, name);
    String slug = tenantContext.slug();
    int holders = directory.holders(tenantContext.tenant().realm(), slug, name, HOLDERS_COUNTED);
    if (holders > 0) {
      throw Problems.conflict(
          "role-held",
          "Role held",
          "The role '"
              + name
              + "' is held by "
              + (holders >= HOLDERS_COUNTED ? "at least " : "")
              + holders
              + (holders == 1 ? " person or integration client" : " people or integration clients")
              + "; give them other roles first.");
    }
    Map<String, Object> before = state(role);
    int forgotten = members.forgetKeptRole(name);
    entityManager.remove(role);
    entityManager.flush();
    directory.removeRoleGroup(tenantContext.tenant().realm(), slug, name);
    audit.record(
        actor,
        "role.delete",
        target(name),
        "Deleted role "
            + name
            + (forgotten == 0 ? "" : "; " + forgotten + " deactivated people will not get it back"),
        before,
        null);
  }

  /**
   * The roles named, each a standard role or one of the tenant's custom roles, or a 400 naming each
   * unknown one. The custom ones stay locked against deletion until the caller's transaction ends.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Set<String> holdable(List<String> requested) {
    Set<String> known = known(requested);
    List<Problem.FieldError> errors = new ArrayList<>();
    for (int i = 0; i < requested.size(); i++) {
      String role = requested.get(i);
      if (!known.contains(role)) {
        errors.add(
            new Problem.FieldError(
                "roles[" + i + "]", "no role '" + role + "'; roles are " + roleIds()));
      }
    }
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The roles are invalid.", errors);
    }
    return new TreeSet<>(known);
  }

  /**
   * Those of {@code roles} that still exist, the custom ones locked against deletion until the
   * caller's transaction ends.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Set<String> existing(Collection<String> roles) {
    return new TreeSet<>(known(roles));
  }

  private Set<String> known(Collection<String> roles) {
    Set<String> known = new TreeSet<>();
    List<String> custom = new ArrayList<>();
    for (String role : roles) {
      if (role != null && TenantRole.isStandard(role)) {
        known.add(role);
      } else if (role != null) {
        custom.add(role);
      }
    }
    if (!custom.isEmpty()) {
      named(custom, LockModeType.PESSIMISTIC_READ).forEach(r -> known.add(r.name()));
    }
    return known;
  }

  private List<CustomRole> named(Collection<String> names, LockModeType lock) {
    return database
        .entityManager()
        .createQuery("select r from CustomRole r where r.name in :names", CustomRole.class)
        .setParameter("names", List.copyOf(new TreeSet<>(names)))
        .setLockMode(lock)
        .getResultList();
  }

  private static CustomRole locked(EntityManager entityManager, String name) {
    CustomRole role = entityManager.find(CustomRole.class, name, LockModeType.PESSIMISTIC_WRITE);
    if (role == null) {
      throw Problems.notFound("There is no custom role '" + name + "' in this company.");
    }
    return role;
  }

  private List<String> roleIds() {
    List<String> ids = new ArrayList<>(TenantRole.ids());
    all().forEach(r -> ids.add(r.name()));
    return ids;
  }

  private static void requireGrantable(Set<Permission> granted, Set<Permission> grantable) {
    List<String> beyond =
        granted.stream().filter(p -> !grantable.contains(p)).map(Permission::id).sorted().toList();
    if (!beyond.isEmpty()) {
      throw Problems.forbidden(
          "A role can grant only permissions its author holds; you do not hold "
              + String.join(", ", beyond)
              + ".");
    }
  }

  private static ProblemException exists(String name) {
    return Problems.conflict(
        "role-exists", "Role exists", "The company already has a role named '" + name + "'.");
  }

  private static String target(String name) {
    return "roles/" + name;
  }

  private static String listed(List<String> permissions) {
    return permissions.isEmpty() ? "no permission" : String.join(", ", permissions);
  }

  /** The role as the audit trail keeps it before and after a change. */
  private static Map<String, Object> state(CustomRole role) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("name", role.name());
    state.put("description", role.description());
    state.put("permissions", role.definition().permissionIds());
    return state;
  }
}
