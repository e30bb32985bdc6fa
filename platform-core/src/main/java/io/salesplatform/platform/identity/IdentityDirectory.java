package io.salesplatform.platform.identity;

import io.salesplatform.platform.security.IdentitySettings;
import io.salesplatform.tenant.config.IdentityLayout;
import io.salesplatform.tenant.config.TenantRole;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
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
    realm().users().get(userId).joinGroup(ensureRoleGroup(slug, role.id()).getId());
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
    return new TreeSet<>(roleGroupsOf(userId, slug).keySet());
  }

  /**
   * Gives the person exactly {@code roles} in the tenant, standard or custom, joining and leaving
   * role groups; a role's group is made if it is missing.
   */
  public void setRoles(String userId, String slug, Set<String> roles) {
    Map<String, String> held = roleGroupsOf(userId, slug);
    var user = realm().users().get(userId);
    for (Map.Entry<String, String> group : held.entrySet()) {
      if (!roles.contains(group.getKey())) {
        user.leaveGroup(group.getValue());
      }
    }
    for (String role : roles) {
      if (!held.containsKey(role)) {
        user.joinGroup(ensureRoleGroup(slug, role).getId());
      }
    }
  }

  /**
   * How many people and integration clients hold {@code role} in the tenant, up to {@code atMost}.
   */
  public int holders(String slug, String role, int atMost) {
    try {
      String group = realm().getGroupByPath(IdentityLayout.roleGroupPath(slug, role)).getId();
      return realm().groups().group(group).members(0, atMost, true).size();
    } catch (NotFoundException e) {
      return 0;
    }
  }

  /** The group of a role in the tenant, made where missing (with the tenant's group). */
  public GroupRepresentation ensureRoleGroup(String slug, String role) {
    try {
      return realm().getGroupByPath(IdentityLayout.roleGroupPath(slug, role));
    } catch (NotFoundException e) {
      GroupRepresentation tenants = ensureGroup(null, IdentityLayout.TENANTS_GROUP);
      return ensureGroup(ensureGroup(tenants, slug), role);
    }
  }

  /** Removes a role's group from the tenant; nothing happens if it is already gone. */
  public void removeRoleGroup(String slug, String role) {
    try {
      String group = realm().getGroupByPath(IdentityLayout.roleGroupPath(slug, role)).getId();
      realm().groups().group(group).remove();
    } catch (NotFoundException e) {
      // already gone: removing is idempotent
    }
  }

  /** The role groups the person is a member of in the tenant: group id by role. */
  private Map<String, String> roleGroupsOf(String userId, String slug) {
    Map<String, String> groups = new TreeMap<>();
    for (GroupRepresentation group : realm().users().get(userId).groups(0, 1000, false)) {
      IdentityLayout.membership(group.getPath())
          .filter(m -> m.tenant().equals(slug))
          .ifPresent(m -> groups.put(m.role(), group.getId()));
    }
    return groups;
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
