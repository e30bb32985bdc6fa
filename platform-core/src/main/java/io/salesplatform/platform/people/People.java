package io.salesplatform.platform.people;

import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.identity.IdentityDirectory;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.role.CustomRoles;
import io.salesplatform.platform.tenant.Tenant;
import io.salesplatform.platform.tenant.TenantContext;
import io.salesplatform.platform.tenant.TenantMember;
import io.salesplatform.platform.tenant.TenantMembers;
import io.salesplatform.tenant.config.TenantRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The current tenant's people. Role changes go to the identity provider first and are recorded in
 * the audit trail with the member row; a tenant never loses its last admin.
 */
@ApplicationScoped
public class People {

  @Inject IdentityDirectory directory;
  @Inject TenantContext tenantContext;
  @Inject TenantMembers members;
  @Inject AuditTrail audit;
  @Inject CustomRoles customRoles;

  Clock clock = Clock.systemUTC();

  public List<PersonView> page(String search, PageRequest page) {
    Tenant tenant = tenant();
    List<PersonView> people = new ArrayList<>();
    for (UserRepresentation user :
        directory.members(realm(), tenant.organizationId(), search, page.offset(), page.limit())) {
      people.add(view(user, null));
    }
    return people;
  }

  public long count(String search) {
    return directory.memberCount(realm(), tenant().organizationId(), search);
  }

  public PersonView get(String userId) {
    return view(member(userId), null);
  }

  @Transactional
  public PersonView add(PersonRequest request, AuditTrail.Actor actor) {
    Set<String> roles = customRoles.holdable(request.roles);
    Tenant tenant = tenant();
    IdentityDirectory.Person person =
        directory.ensurePerson(
            realm(),
            tenant.slug(),
            request.effectiveUsername(),
            request.email.trim(),
            request.name.trim());
    directory.join(realm(), tenant.organizationId(), person.id());
    directory.setRoles(realm(), person.id(), tenant.slug(), roles);
    directory.settle(realm(), person.id(), tenant.slug());
    members.admit(person.id(), person.username(), request.email.trim(), request.name.trim());
    audit.record(
        actor,
        "person.add",
        "people/" + person.id(),
        "Added " + person.username() + " as " + String.join(", ", roles),
        null,
        Map.of("username", person.username(), "roles", List.copyOf(roles)));
    UserRepresentation user = member(person.id());
    return view(user, person.temporaryPassword());
  }

  @Transactional
  public PersonView changeRoles(String userId, List<String> requested, AuditTrail.Actor actor) {
    Set<String> roles = customRoles.holdable(requested);
    Tenant tenant = tenant();
    UserRepresentation user = member(userId);
    TenantMember member = memberRow(user);
    if (!member.isActive()) {
      throw Problems.conflict(
          "person-deactivated",
          "Person deactivated",
          "Reactivate " + user.getUsername() + " first.");
    }
    Set<String> before = directory.rolesIn(realm(), userId, tenant.slug());
    keepAnAdmin(tenant, before, roles);
    directory.setRoles(realm(), userId, tenant.slug(), roles);
    audit.record(
        actor,
        "person.roles",
        "people/" + userId,
        "Roles of " + user.getUsername() + ": " + String.join(", ", roles),
        Map.of("roles", List.copyOf(before)),
        Map.of("roles", List.copyOf(roles)));
    return view(user, null);
  }

  @Transactional
  public PersonView deactivate(String userId, AuditTrail.Actor actor) {
    Tenant tenant = tenant();
    UserRepresentation user = member(userId);
    TenantMember member = memberRow(user);
    if (!member.isActive()) {
      throw Problems.conflict(
          "person-deactivated",
          "Already deactivated",
          user.getUsername() + " is already deactivated.");
    }
    Set<String> held = directory.rolesIn(realm(), userId, tenant.slug());
    keepAnAdmin(tenant, held, Set.of());
    member.deactivate(held, clock.instant());
    directory.setRoles(realm(), userId, tenant.slug(), Set.of());
    audit.record(
        actor,
        "person.deactivate",
        "people/" + userId,
        "Deactivated " + user.getUsername(),
        Map.of("roles", List.copyOf(held)),
        Map.of("roles", List.of()));
    return view(user, null);
  }

  @Transactional
  public PersonView reactivate(String userId, AuditTrail.Actor actor) {
    Tenant tenant = tenant();
    UserRepresentation user = member(userId);
    TenantMember member = memberRow(user);
    if (member.isActive()) {
      throw Problems.conflict(
          "person-active", "Already active", user.getUsername() + " is active.");
    }
    // a custom role deleted meanwhile is not given back
    Set<String> roles = customRoles.existing(member.reactivate());
    directory.setRoles(realm(), userId, tenant.slug(), roles);
    audit.record(
        actor,
        "person.reactivate",
        "people/" + userId,
        "Reactivated " + user.getUsername(),
        Map.of("roles", List.of()),
        Map.of("roles", List.copyOf(new TreeSet<>(roles))));
    return view(user, null);
  }

  private void keepAnAdmin(Tenant tenant, Set<String> before, Set<String> after) {
    String admin = TenantRole.TENANT_ADMIN.id();
    if (before.contains(admin)
        && !after.contains(admin)
        && directory.holders(realm(), tenant.slug(), admin, 2) < 2) {
      throw Problems.conflict(
          "last-admin",
          "Last admin",
          "A company keeps at least one tenant admin; name another one first.");
    }
  }

  private UserRepresentation member(String userId) {
    return directory
        .member(realm(), tenant().organizationId(), userId)
        .orElseThrow(
            () -> Problems.notFound("There is no person '" + userId + "' in this company."));
  }

  /** The platform's record of the person, made if they joined outside the platform. */
  private TenantMember memberRow(UserRepresentation user) {
    return members.admit(user.getId(), user.getUsername(), user.getEmail(), fullName(user));
  }

  private PersonView view(UserRepresentation user, String initialPassword) {
    TenantMember member =
        members.admit(user.getId(), user.getUsername(), user.getEmail(), fullName(user));
    return new PersonView(
        user.getId(),
        user.getUsername(),
        user.getEmail(),
        fullName(user),
        List.copyOf(directory.rolesIn(realm(), user.getId(), tenantContext.slug())),
        member.isActive(),
        member.deactivatedAt(),
        initialPassword);
  }

  private Tenant tenant() {
    return tenantContext.tenant();
  }

  private static String fullName(UserRepresentation user) {
    return IdentityDirectory.displayName(user);
  }

  /** The realm the tenant's people are in. */
  private String realm() {
    return tenantContext.tenant().realm();
  }
}
