package io.salesplatform.platform.identity;

import io.salesplatform.platform.security.IdentitySettings;
import io.salesplatform.platform.tenant.Tenant;
import io.salesplatform.tenant.config.IdentityLayout;
import io.salesplatform.tenant.config.TenantRole;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * A tenant's place in the identity provider. Every operation finds before it creates, so a
 * subscription interrupted half way is finished by running it again.
 */
@ApplicationScoped
public class IdentityDirectory {

  /** Marks a user the platform created while subscribing a tenant, until that tenant is active. */
  static final String CREATED_FOR = "sales-platform.created-for";

  private static final int PAGE = 100;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String PASSWORD_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  @Inject IdentitySettings settings;

  private volatile Keycloak client;

  /** The tenant's organization, made if missing; its id. */
  public String ensureOrganization(String slug, String companyName) {
    var organizations = realm().organizations();
    Optional<OrganizationRepresentation> existing =
        organizations.search(slug, true, 0, 1).stream()
            .filter(o -> slug.equals(o.getName()))
            .findFirst();
    if (existing.isPresent()) {
      return existing.get().getId();
    }
    OrganizationRepresentation organization = new OrganizationRepresentation();
    organization.setName(slug);
    organization.setAlias(slug);
    organization.setDescription(companyName);
    organization.setEnabled(true);
    organization.setAttributes(Map.of("company-name", List.of(companyName)));
    try (Response response = organizations.create(organization)) {
      return CreatedResponseUtil.getCreatedId(response);
    }
  }

  /** The tenant's group with one sub-group per standard role, made where missing. */
  public void ensureRoleGroups(String slug) {
    GroupRepresentation tenants = ensureGroup(null, IdentityLayout.TENANTS_GROUP);
    GroupRepresentation tenant = ensureGroup(tenants, slug);
    for (TenantRole role : TenantRole.values()) {
      ensureGroup(tenant, role.id());
    }
  }

  /**
   * The person with this user name, made if missing. A person made here gets a one-time password,
   * which they must change when they first sign in.
   */
  public Person ensurePerson(String slug, String username, String email, String name) {
    var users = realm().users();
    Optional<UserRepresentation> existing =
        users.searchByUsername(username, true).stream().findFirst();
    if (existing.isPresent()) {
      UserRepresentation user = existing.get();
      boolean madeForThisTenant =
          user.getAttributes() != null
              && user.getAttributes().getOrDefault(CREATED_FOR, List.of()).contains(slug);
      String password = madeForThisTenant ? resetTemporaryPassword(user.getId()) : null;
      return new Person(user.getId(), username, password);
    }
    UserRepresentation user = new UserRepresentation();
    user.setUsername(username);
    user.setEmail(email);
    user.setEmailVerified(false);
    int space = name.indexOf(' ');
    user.setFirstName(space > 0 ? name.substring(0, space) : name);
    user.setLastName(space > 0 ? name.substring(space + 1) : null);
    user.setEnabled(true);
    user.setAttributes(Map.of(CREATED_FOR, List.of(slug)));
    String id;
    try (Response response = users.create(user)) {
      id = CreatedResponseUtil.getCreatedId(response);
    }
    return new Person(id, username, resetTemporaryPassword(id));
  }

  /** Makes the person a member of the tenant's organization and gives them a role there. */
  public void grant(String organizationId, String userId, String slug, TenantRole role) {
    join(organizationId, userId);
    GroupRepresentation group =
        realm().getGroupByPath(IdentityLayout.roleGroupPath(slug, role.id()));
    realm().users().get(userId).joinGroup(group.getId());
  }

  /** Makes the person a member of the tenant's organization, if they are not one yet. */
  public void join(String organizationId, String userId) {
    if (member(organizationId, userId).isPresent()) {
      return;
    }
    try (Response response =
        realm().organizations().get(organizationId).members().addMember(userId)) {
      if (response.getStatus() >= 300 && response.getStatus() != 409) {
        throw new IllegalStateException(
            "adding the person to the organization failed: HTTP " + response.getStatus());
      }
    }
  }

  /** A page of the tenant organization's members, optionally matching {@code search}. */
  public List<UserRepresentation> members(
      String organizationId, String search, int first, int max) {
    var members = realm().organizations().get(organizationId).members();
    List<? extends UserRepresentation> page =
        search == null ? members.list(first, max) : members.search(search, false, first, max);
    return List.copyOf(page);
  }

  /** How many members the organization has, or match {@code search}. */
  public long memberCount(String organizationId, String search) {
    var members = realm().organizations().get(organizationId).members();
    return search == null ? members.count() : members.search(search, false, 0, 10_000, true).size();
  }

  /** The person, if they are a member of the organization. */
  public Optional<UserRepresentation> member(String organizationId, String userId) {
    try {
      return Optional.of(
          realm().organizations().get(organizationId).members().member(userId).toRepresentation());
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /** The roles the person holds in the tenant. */
  public Set<String> rolesIn(String userId, String slug) {
    Set<String> roles = new TreeSet<>();
    for (GroupRepresentation group : realm().users().get(userId).groups(0, 1000, false)) {
      IdentityLayout.membership(group.getPath())
          .filter(m -> m.tenant().equals(slug))
          .ifPresent(m -> roles.add(m.role()));
    }
    return roles;
  }

  /** Gives the person exactly {@code roles} in the tenant, joining and leaving role groups. */
  public void setRoles(String userId, String slug, Set<String> roles) {
    Set<String> held = rolesIn(userId, slug);
    var user = realm().users().get(userId);
    for (TenantRole role : TenantRole.values()) {
      boolean wanted = roles.contains(role.id());
      if (wanted != held.contains(role.id())) {
        String group =
            realm().getGroupByPath(IdentityLayout.roleGroupPath(slug, role.id())).getId();
        if (wanted) {
          user.joinGroup(group);
        } else {
          user.leaveGroup(group);
        }
      }
    }
  }

  /** How many people hold {@code role} in the tenant, counting up to {@code atMost}. */
  public int holders(String slug, TenantRole role, int atMost) {
    String group = realm().getGroupByPath(IdentityLayout.roleGroupPath(slug, role.id())).getId();
    return realm().groups().group(group).members(0, atMost, true).size();
  }

  /** The prefix of every integration client of a tenant; it ties a client to its tenant. */
  public static String clientPrefix(String slug) {
    return "tenant-" + slug + "-";
  }

  /**
   * A confidential client for the tenant's own systems (client-credentials grant), whose service
   * account is a member of the tenant with {@code roles}.
   */
  public Integration createClient(
      String organizationId, String slug, String name, Set<String> roles) {
    String clientId = clientPrefix(slug) + randomText(8).toLowerCase(java.util.Locale.ROOT);
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(clientId);
    client.setName(name);
    client.setPublicClient(false);
    client.setServiceAccountsEnabled(true);
    client.setStandardFlowEnabled(false);
    client.setDirectAccessGrantsEnabled(false);
    client.setAttributes(Map.of("sales-platform.tenant", slug));
    client.setProtocolMappers(List.of(audienceMapper(), groupsMapper()));
    String id;
    try (Response response = realm().clients().create(client)) {
      id = CreatedResponseUtil.getCreatedId(response);
    }
    var created = realm().clients().get(id);
    String account = created.getServiceAccountUser().getId();
    join(organizationId, account);
    setRoles(account, slug, roles);
    return new Integration(clientId, name, account, created.getSecret().getValue());
  }

  /** The tenant's integration clients. */
  public List<Integration> clients(String slug) {
    return realm().clients().findAll(clientPrefix(slug), false, true, 0, 1000).stream()
        .filter(c -> c.getClientId().startsWith(clientPrefix(slug)))
        .map(
            c ->
                new Integration(
                    c.getClientId(),
                    c.getName(),
                    realm().clients().get(c.getId()).getServiceAccountUser().getId(),
                    null))
        .toList();
  }

  /** Deletes the tenant's client: its secret stops working at once. */
  public boolean revokeClient(String slug, String clientId) {
    if (!clientId.startsWith(clientPrefix(slug))) {
      return false;
    }
    var found = realm().clients().findByClientId(clientId);
    if (found.isEmpty()) {
      return false;
    }
    realm().clients().get(found.get(0).getId()).remove();
    return true;
  }

  /**
   * An integration client.
   *
   * @param clientId its client id
   * @param name what the tenant calls it
   * @param accountId its service account's id, which holds its roles
   * @param secret its secret, only when just created
   */
  public record Integration(String clientId, String name, String accountId, String secret) {}

  private ProtocolMapperRepresentation audienceMapper() {
    ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
    mapper.setName("platform audience");
    mapper.setProtocol("openid-connect");
    mapper.setProtocolMapper("oidc-audience-mapper");
    mapper.setConfig(
        Map.of(
            "included.custom.audience", settings.audience(),
            "access.token.claim", "true",
            "id.token.claim", "false"));
    return mapper;
  }

  private static ProtocolMapperRepresentation groupsMapper() {
    ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
    mapper.setName("tenant memberships");
    mapper.setProtocol("openid-connect");
    mapper.setProtocolMapper("oidc-group-membership-mapper");
    mapper.setConfig(
        Map.of(
            "claim.name", "groups",
            "full.path", "true",
            "access.token.claim", "true",
            "id.token.claim", "false"));
    return mapper;
  }

  private static String randomText(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
    }
    return text.toString();
  }

  /** Enables or disables the tenant's organization, as the tenant is resumed or suspended. */
  public void enableOrganization(String organizationId, boolean enabled) {
    var organization = realm().organizations().get(organizationId);
    OrganizationRepresentation representation = organization.toRepresentation();
    if (representation.isEnabled() != enabled) {
      representation.setEnabled(enabled);
      try (Response response = organization.update(representation)) {
        if (response.getStatus() >= 300) {
          throw new IllegalStateException(
              "the identity provider refused to change the organization: HTTP "
                  + response.getStatus());
        }
      }
    }
  }

  /**
   * A person of a tenant.
   *
   * @param id their stable id
   * @param username their sign-in name
   * @param email their email address, or {@code null}
   * @param name their display name, or {@code null}
   * @param enabled whether they may sign in at all
   * @param roles the roles they hold in the tenant
   */
  public record Member(
      String id, String username, String email, String name, boolean enabled, Set<String> roles) {}

  /**
   * Hands every person of the tenant to {@code each}, a page at a time, with their roles there.
   * Integration clients act through service accounts, which are not people.
   */
  public void forEachPerson(Tenant tenant, Consumer<Member> each) {
    var members = realm().organizations().get(tenant.organizationId()).members();
    for (int first = 0; ; first += PAGE) {
      List<MemberRepresentation> page = members.list(first, PAGE);
      for (MemberRepresentation user : page) {
        if (isServiceAccount(user)) {
          continue;
        }
        each.accept(
            new Member(
                user.getId(),
                user.getUsername(),
                user.getEmail(),
                displayName(user),
                Boolean.TRUE.equals(user.isEnabled()),
                rolesIn(user.getId(), tenant.slug())));
      }
      if (page.size() < PAGE) {
        return;
      }
    }
  }

  /**
   * Removes the tenant from the identity provider: its integration clients, its people who belong
   * to no other tenant (a person who also works for another company only leaves this one, keeping
   * their account and other memberships), its group tree, and last its organization, so that a
   * removal stopped half way still finds everyone when it is repeated. Repeating a finished removal
   * changes nothing.
   */
  public void removeTenant(Tenant tenant) {
    if (!Tenant.POOLED.equals(tenant.isolation())) {
      throw new IllegalStateException(
          "removing a tenant of isolation '" + tenant.isolation() + "' is not supported");
    }
    RealmResource realm = realm();
    String slug = tenant.slug();
    for (ClientRepresentation client :
        realm.clients().findAll(clientPrefix(slug), false, true, 0, 1000)) {
      if (client.getClientId().startsWith(clientPrefix(slug))) {
        try {
          realm.clients().get(client.getId()).remove();
        } catch (NotFoundException alreadyGone) {
          // removed by an earlier attempt
        }
      }
    }
    Optional<String> organization = organizationOf(tenant);
    Optional<GroupRepresentation> group = group(IdentityLayout.tenantGroupPath(slug));
    Set<String> people = new LinkedHashSet<>();
    organization.ifPresent(id -> people.addAll(memberIds(id)));
    group.ifPresent(g -> people.addAll(groupMemberIds(g.getId())));
    for (String person : people) {
      try {
        if (belongsElsewhere(person, organization.orElse(null), slug)) {
          organization.ifPresent(id -> leave(id, person));
        } else {
          expectGone(realm.users().delete(person), "deleting person " + person);
        }
      } catch (NotFoundException alreadyGone) {
        // removed by an earlier attempt, or by someone else meanwhile
      }
    }
    group.ifPresent(
        g -> {
          try {
            realm.groups().group(g.getId()).remove();
          } catch (NotFoundException alreadyGone) {
            // removed by an earlier attempt
          }
        });
    organization.ifPresent(
        id -> expectGone(realm.organizations().get(id).delete(), "deleting organization " + id));
  }

  /** A person's display name from their profile, or {@code null} when it has none. */
  public static String displayName(UserRepresentation user) {
    String first = user.getFirstName() == null ? "" : user.getFirstName();
    String last = user.getLastName() == null ? "" : user.getLastName();
    String name = (first + " " + last).trim();
    return name.isEmpty() ? null : name;
  }

  private static boolean isServiceAccount(UserRepresentation user) {
    return user.getServiceAccountClientId() != null
        || (user.getUsername() != null && user.getUsername().startsWith("service-account-"));
  }

  private Optional<String> organizationOf(Tenant tenant) {
    if (tenant.organizationId() != null) {
      try {
        return Optional.of(
            realm().organizations().get(tenant.organizationId()).toRepresentation().getId());
      } catch (NotFoundException alreadyGone) {
        return Optional.empty();
      }
    }
    return realm().organizations().search(tenant.slug(), true, 0, 1).stream()
        .filter(o -> tenant.slug().equals(o.getName()))
        .map(OrganizationRepresentation::getId)
        .findFirst();
  }

  private Optional<GroupRepresentation> group(String path) {
    try {
      return Optional.of(realm().getGroupByPath(path));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  private Set<String> memberIds(String organizationId) {
    Set<String> ids = new LinkedHashSet<>();
    var members = realm().organizations().get(organizationId).members();
    for (int first = 0; ; first += PAGE) {
      List<MemberRepresentation> page = members.list(first, PAGE, true);
      page.forEach(m -> ids.add(m.getId()));
      if (page.size() < PAGE) {
        return ids;
      }
    }
  }

  /** The members of a group and of all its sub-groups. */
  private Set<String> groupMemberIds(String groupId) {
    Set<String> ids = new LinkedHashSet<>();
    var group = realm().groups().group(groupId);
    for (int first = 0; ; first += PAGE) {
      List<UserRepresentation> page = group.members(first, PAGE, true);
      page.forEach(m -> ids.add(m.getId()));
      if (page.size() < PAGE) {
        break;
      }
    }
    for (GroupRepresentation sub : group.getSubGroups(0, 1000, true)) {
      ids.addAll(groupMemberIds(sub.getId()));
    }
    return ids;
  }

  /** Whether the person is a member of another organization or holds a role in another tenant. */
  private boolean belongsElsewhere(String userId, String organizationId, String slug) {
    boolean otherOrganization =
        realm().organizations().members().getOrganizations(userId, true).stream()
            .anyMatch(o -> !o.getId().equals(organizationId));
    return otherOrganization
        || realm().users().get(userId).groups(0, 1000, false).stream()
            .map(g -> IdentityLayout.membership(g.getPath()))
            .flatMap(Optional::stream)
            .anyMatch(m -> !m.tenant().equals(slug));
  }

  private void leave(String organizationId, String userId) {
    try (Response response =
        realm().organizations().get(organizationId).members().member(userId).delete()) {
      // 400 says the person is not a member (any more)
      if (response.getStatus() >= 300 && response.getStatus() != 400) {
        expectGone(response, "removing " + userId + " from organization " + organizationId);
      }
    }
  }

  /** Accepts success or 404 (already gone); anything else is a failure of the step. */
  private static void expectGone(Response response, String step) {
    try (response) {
      int status = response.getStatus();
      if (status >= 300 && status != 404) {
        throw new IllegalStateException(
            step + " failed: the identity provider answered HTTP " + status);
      }
    }
  }

  /** Clears the subscription mark once the tenant is active, so no later call resets a password. */
  public void settle(String userId, String slug) {
    var user = realm().users().get(userId);
    UserRepresentation representation = user.toRepresentation();
    if (representation.getAttributes() != null
        && representation.getAttributes().containsKey(CREATED_FOR)) {
      var attributes = new java.util.HashMap<>(representation.getAttributes());
      attributes.remove(CREATED_FOR);
      representation.setAttributes(attributes);
      user.update(representation);
    }
  }

  private String resetTemporaryPassword(String userId) {
    String password = randomText(16);
    CredentialRepresentation credential = new CredentialRepresentation();
    credential.setType(CredentialRepresentation.PASSWORD);
    credential.setTemporary(true);
    credential.setValue(password);
    realm().users().get(userId).resetPassword(credential);
    return password;
  }

  private GroupRepresentation ensureGroup(GroupRepresentation parent, String name) {
    String path = (parent == null ? "" : parent.getPath()) + "/" + name;
    try {
      return realm().getGroupByPath(path);
    } catch (NotFoundException e) {
      GroupRepresentation group = new GroupRepresentation();
      group.setName(name);
      Response response =
          parent == null
              ? realm().groups().add(group)
              : realm().groups().group(parent.getId()).subGroup(group);
      try (response) {
        if (response.getStatus() != 201 && response.getStatus() != 409) {
          throw new IllegalStateException(
              "creating group " + path + " failed: HTTP " + response.getStatus());
        }
      }
      return realm().getGroupByPath(path);
    }
  }

  private RealmResource realm() {
    Keycloak current = client;
    if (current == null) {
      synchronized (this) {
        if (client == null) {
          client =
              KeycloakBuilder.builder()
                  .serverUrl(settings.url())
                  .realm(settings.tenantRealm())
                  .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                  .clientId(settings.clientId())
                  .clientSecret(settings.clientSecret())
                  .build();
        }
        current = client;
      }
    }
    return current.realm(settings.tenantRealm());
  }

  @PreDestroy
  void close() {
    if (client != null) {
      client.close();
    }
  }

  /**
   * A person in the identity provider.
   *
   * @param id their stable id
   * @param username their sign-in name
   * @param temporaryPassword the one-time password just set, or {@code null} if none was set
   */
  public record Person(String id, String username, String temporaryPassword) {}
}
