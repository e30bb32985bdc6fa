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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RequiredActionProviderRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * A tenant's place in the identity provider. Every operation finds before it creates, so a
 * subscription interrupted half way is finished by running it again.
 */
@ApplicationScoped
public class IdentityDirectory {

  /** Marks a user the platform created while subscribing a tenant, until that tenant is active. */
  static final String CREATED_FOR = "sales-platform.created-for";

  /** The console's public client, in every realm tenants sign in to. */
  public static final String CONSOLE_CLIENT = "sales-console";

  /** The public client with direct grants, for scripts and tests where the settings allow it. */
  public static final String COMMAND_LINE_CLIENT = "sales-cli";

  private static final int PAGE = 100;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String PASSWORD_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  @Inject IdentitySettings settings;

  private volatile Keycloak pooledAdmin;
  private volatile Keycloak provisioner;

  /**
   * A tenant's own realm, made if missing: organizations on, its password policy and login theme,
   * the console's public client (code flow with PKCE) and, where the settings allow it, the
   * command-line client with direct grants. Tokens of both clients carry the platform's audience
   * and the person's role groups, as in the pooled realm.
   */
  public void ensureDedicatedRealm(DedicatedRealm spec) {
    Keycloak admin = provisioner();
    boolean exists;
    try {
      admin.realm(spec.realm()).toRepresentation();
      exists = true;
    } catch (NotFoundException e) {
      exists = false;
    }
    if (!exists) {
      RealmRepresentation realm = new RealmRepresentation();
      realm.setRealm(spec.realm());
      realm.setDisplayName(spec.displayName());
      realm.setEnabled(true);
      realm.setOrganizationsEnabled(true);
      realm.setSslRequired("external");
      realm.setBruteForceProtected(true);
      realm.setAccessTokenLifespan(300);
      realm.setRegistrationAllowed(false);
      realm.setPasswordPolicy(spec.passwordPolicy());
      realm.setLoginTheme(spec.loginTheme());
      List<ClientRepresentation> clients = new ArrayList<>();
      clients.add(consoleClient(spec.consoleUrl()));
      if (settings.commandLineClient()) {
        clients.add(commandLineClient());
      }
      realm.setClients(clients);
      try {
        admin.realms().create(realm);
      } catch (jakarta.ws.rs.ClientErrorException e) {
        if (e.getResponse().getStatus() != 409) {
          throw new IllegalStateException(
              "the identity provider refused the realm "
                  + spec.realm()
                  + ": HTTP "
                  + e.getResponse().getStatus(),
              e);
        }
      }
    }
    // people the platform adds may have a one-word name; the platform validates profiles itself
    var flows = admin.realm(spec.realm()).flows();
    RequiredActionProviderRepresentation verifyProfile = flows.getRequiredAction("VERIFY_PROFILE");
    if (verifyProfile.isEnabled()) {
      verifyProfile.setEnabled(false);
      flows.updateRequiredAction("VERIFY_PROFILE", verifyProfile);
    }
  }

  /**
   * What a tenant's own realm is made with.
   *
   * @param realm the realm's name
   * @param displayName what the sign-in page shows
   * @param passwordPolicy the realm's password policy in the identity provider's notation, or
   *     {@code null} for none
   * @param loginTheme the sign-in pages' theme, or {@code null} for the provider's default
   * @param consoleUrl the console's address, where sign-ins return to
   */
  public record DedicatedRealm(
      String realm,
      String displayName,
      String passwordPolicy,
      String loginTheme,
      String consoleUrl) {}

  /** The realm's password policy and sign-in theme. */
  public SignInPolicy signInPolicy(String realm) {
    RealmRepresentation representation = realm(realm).toRepresentation();
    return new SignInPolicy(representation.getPasswordPolicy(), representation.getLoginTheme());
  }

  /** Changes the realm's password policy and sign-in theme ({@code null} clears one). */
  public void changeSignInPolicy(String realm, SignInPolicy policy) {
    RealmRepresentation change = new RealmRepresentation();
    change.setRealm(realm);
    // the identity provider keeps a field it is sent as null; an empty value clears it
    change.setPasswordPolicy(policy.passwordPolicy() == null ? "" : policy.passwordPolicy());
    change.setLoginTheme(policy.loginTheme() == null ? "" : policy.loginTheme());
    realm(realm).update(change);
  }

  /**
   * A realm's password policy and sign-in theme.
   *
   * @param passwordPolicy in the identity provider's notation, or {@code null} for none
   * @param loginTheme the theme's name, or {@code null} for the provider's default
   */
  public record SignInPolicy(String passwordPolicy, String loginTheme) {}

  /** The realm's federated identity providers (OpenID Connect), secrets left out. */
  public List<Federation> federations(String realm) {
    return realm(realm).identityProviders().findAll().stream()
        .filter(p -> "oidc".equals(p.getProviderId()))
        .map(IdentityDirectory::federation)
        .toList();
  }

  /** The realm's federated provider {@code alias}, secret left out. */
  public Optional<Federation> federation(String realm, String alias) {
    try {
      IdentityProviderRepresentation provider =
          realm(realm).identityProviders().get(alias).toRepresentation();
      return "oidc".equals(provider.getProviderId())
          ? Optional.of(federation(provider))
          : Optional.empty();
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Makes or changes the federated provider {@code federation.alias()}: people may then sign in
   * with their company's own OpenID Connect provider. A {@code null} secret keeps the one set.
   */
  public void putFederation(String realm, Federation federation, String clientSecret) {
    var providers = realm(realm).identityProviders();
    IdentityProviderRepresentation provider;
    boolean exists;
    try {
      provider = providers.get(federation.alias()).toRepresentation();
      exists = true;
    } catch (NotFoundException e) {
      provider = new IdentityProviderRepresentation();
      provider.setAlias(federation.alias());
      provider.setProviderId("oidc");
      exists = false;
    }
    provider.setDisplayName(federation.displayName());
    provider.setEnabled(federation.enabled());
    provider.setTrustEmail(false);
    Map<String, String> config = new java.util.HashMap<>();
    if (provider.getConfig() != null) {
      config.putAll(provider.getConfig());
    }
    config.put("issuer", federation.issuer());
    config.put("authorizationUrl", federation.authorizationUrl());
    config.put("tokenUrl", federation.tokenUrl());
    config.put("jwksUrl", federation.jwksUrl());
    config.put("useJwksUrl", "true");
    config.put("validateSignature", "true");
    config.put("clientId", federation.clientId());
    config.put("clientAuthMethod", "client_secret_post");
    config.put("defaultScope", "openid email profile");
    config.put("syncMode", "IMPORT");
    config.put("pkceEnabled", "true");
    config.put("pkceMethod", "S256");
    if (clientSecret != null) {
      config.put("clientSecret", clientSecret);
    }
    provider.setConfig(config);
    if (exists) {
      providers.get(federation.alias()).update(provider);
    } else {
      try (Response response = providers.create(provider)) {
        if (response.getStatus() >= 300) {
          throw new IllegalStateException(
              "the identity provider refused the federation: HTTP " + response.getStatus());
        }
      }
    }
  }

  /** Removes the federated provider; whether there was one. */
  public boolean removeFederation(String realm, String alias) {
    if (federation(realm, alias).isEmpty()) {
      return false;
    }
    realm(realm).identityProviders().get(alias).remove();
    return true;
  }

  private static Federation federation(IdentityProviderRepresentation provider) {
    Map<String, String> config = provider.getConfig() == null ? Map.of() : provider.getConfig();
    return new Federation(
        provider.getAlias(),
        provider.getDisplayName(),
        provider.isEnabled(),
        config.get("issuer"),
        config.get("authorizationUrl"),
        config.get("tokenUrl"),
        config.get("jwksUrl"),
        config.get("clientId"));
  }

  /**
   * A company's own OpenID Connect provider its people may sign in with.
   *
   * @param alias its short name in the realm
   * @param displayName what the sign-in page's button says
   * @param enabled whether it is offered
   * @param issuer the provider's issuer
   * @param authorizationUrl its authorization endpoint
   * @param tokenUrl its token endpoint
   * @param jwksUrl where its signing keys are published
   * @param clientId the client the realm is registered as there
   */
  public record Federation(
      String alias,
      String displayName,
      boolean enabled,
      String issuer,
      String authorizationUrl,
      String tokenUrl,
      String jwksUrl,
      String clientId) {}

  /** Lets a tenant's own realm issue tokens again, or stops it from issuing any. */
  public void enableRealm(String realm, boolean enabled) {
    RealmResource resource = realm(realm);
    RealmRepresentation representation = resource.toRepresentation();
    if (!Boolean.valueOf(enabled).equals(representation.isEnabled())) {
      RealmRepresentation change = new RealmRepresentation();
      change.setRealm(realm);
      change.setEnabled(enabled);
      resource.update(change);
    }
  }

  private ClientRepresentation consoleClient(String consoleUrl) {
    String base =
        consoleUrl.endsWith("/") ? consoleUrl.substring(0, consoleUrl.length() - 1) : consoleUrl;
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(CONSOLE_CLIENT);
    client.setName("Web console");
    client.setPublicClient(true);
    client.setStandardFlowEnabled(true);
    client.setDirectAccessGrantsEnabled(false);
    client.setRedirectUris(List.of(base + "/*"));
    client.setWebOrigins(List.of(base));
    client.setAttributes(
        Map.of("pkce.code.challenge.method", "S256", "post.logout.redirect.uris", base + "/*"));
    client.setProtocolMappers(List.of(audienceMapper(), groupsMapper()));
    return client;
  }

  private ClientRepresentation commandLineClient() {
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(COMMAND_LINE_CLIENT);
    client.setName("Command line");
    client.setPublicClient(true);
    client.setStandardFlowEnabled(false);
    client.setDirectAccessGrantsEnabled(true);
    client.setProtocolMappers(List.of(audienceMapper(), groupsMapper()));
    return client;
  }

  /** The tenant's organization, made if missing; its id. */
  public String ensureOrganization(String realm, String slug, String companyName) {
    var organizations = realm(realm).organizations();
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
  public void ensureRoleGroups(String realm, String slug) {
    GroupRepresentation tenants = ensureGroup(realm, null, IdentityLayout.TENANTS_GROUP);
    GroupRepresentation tenant = ensureGroup(realm, tenants, slug);
    for (TenantRole role : TenantRole.values()) {
      ensureGroup(realm, tenant, role.id());
    }
  }

  /**
   * The person with this user name, made if missing. A person made here gets a one-time password,
   * which they must change when they first sign in.
   */
  public Person ensurePerson(
      String realm, String slug, String username, String email, String name) {
    var users = realm(realm).users();
    Optional<UserRepresentation> existing =
        users.searchByUsername(username, true).stream().findFirst();
    if (existing.isPresent()) {
      UserRepresentation user = existing.get();
      boolean madeForThisTenant =
          user.getAttributes() != null
              && user.getAttributes().getOrDefault(CREATED_FOR, List.of()).contains(slug);
      String password = madeForThisTenant ? resetTemporaryPassword(realm, user.getId()) : null;
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
    return new Person(id, username, resetTemporaryPassword(realm, id));
  }

  /** Makes the person a member of the tenant's organization and gives them a role there. */
  public void grant(
      String realm, String organizationId, String userId, String slug, TenantRole role) {
    join(realm, organizationId, userId);
    realm(realm).users().get(userId).joinGroup(ensureRoleGroup(realm, slug, role.id()).getId());
  }

  /** Makes the person a member of the tenant's organization, if they are not one yet. */
  public void join(String realm, String organizationId, String userId) {
    if (member(realm, organizationId, userId).isPresent()) {
      return;
    }
    try (Response response =
        realm(realm).organizations().get(organizationId).members().addMember(userId)) {
      if (response.getStatus() >= 300 && response.getStatus() != 409) {
        throw new IllegalStateException(
            "adding the person to the organization failed: HTTP " + response.getStatus());
      }
    }
  }

  /** A page of the tenant organization's members, optionally matching {@code search}. */
  public List<UserRepresentation> members(
      String realm, String organizationId, String search, int first, int max) {
    var members = realm(realm).organizations().get(organizationId).members();
    List<? extends UserRepresentation> page =
        search == null ? members.list(first, max) : members.search(search, false, first, max);
    return List.copyOf(page);
  }

  /** How many members the organization has, or match {@code search}. */
  public long memberCount(String realm, String organizationId, String search) {
    var members = realm(realm).organizations().get(organizationId).members();
    return search == null ? members.count() : members.search(search, false, 0, 10_000, true).size();
  }

  /** The person, if they are a member of the organization. */
  public Optional<UserRepresentation> member(String realm, String organizationId, String userId) {
    try {
      return Optional.of(
          realm(realm)
              .organizations()
              .get(organizationId)
              .members()
              .member(userId)
              .toRepresentation());
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /** The roles the person holds in the tenant. */
  public Set<String> rolesIn(String realm, String userId, String slug) {
    return new TreeSet<>(roleGroupsOf(realm, userId, slug).keySet());
  }

  /**
   * Gives the person exactly {@code roles} in the tenant, standard or custom, joining and leaving
   * role groups; a role's group is made if it is missing.
   */
  public void setRoles(String realm, String userId, String slug, Set<String> roles) {
    Map<String, String> held = roleGroupsOf(realm, userId, slug);
    var user = realm(realm).users().get(userId);
    for (Map.Entry<String, String> group : held.entrySet()) {
      if (!roles.contains(group.getKey())) {
        user.leaveGroup(group.getValue());
      }
    }
    for (String role : roles) {
      if (!held.containsKey(role)) {
        user.joinGroup(ensureRoleGroup(realm, slug, role).getId());
      }
    }
  }

  /**
   * How many people and integration clients hold {@code role} in the tenant, up to {@code atMost}.
   */
  public int holders(String realm, String slug, String role, int atMost) {
    try {
      String group = realm(realm).getGroupByPath(IdentityLayout.roleGroupPath(slug, role)).getId();
      return realm(realm).groups().group(group).members(0, atMost, true).size();
    } catch (NotFoundException e) {
      return 0;
    }
  }

  /** The group of a role in the tenant, made where missing (with the tenant's group). */
  public GroupRepresentation ensureRoleGroup(String realm, String slug, String role) {
    try {
      return realm(realm).getGroupByPath(IdentityLayout.roleGroupPath(slug, role));
    } catch (NotFoundException e) {
      GroupRepresentation tenants = ensureGroup(realm, null, IdentityLayout.TENANTS_GROUP);
      return ensureGroup(realm, ensureGroup(realm, tenants, slug), role);
    }
  }

  /** Removes a role's group from the tenant; nothing happens if it is already gone. */
  public void removeRoleGroup(String realm, String slug, String role) {
    try {
      String group = realm(realm).getGroupByPath(IdentityLayout.roleGroupPath(slug, role)).getId();
      realm(realm).groups().group(group).remove();
    } catch (NotFoundException e) {
      // already gone: removing is idempotent
    }
  }

  /** The role groups the person is a member of in the tenant: group id by role. */
  private Map<String, String> roleGroupsOf(String realm, String userId, String slug) {
    Map<String, String> groups = new TreeMap<>();
    for (GroupRepresentation group : realm(realm).users().get(userId).groups(0, 1000, false)) {
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
      String realm, String organizationId, String slug, String name, Set<String> roles) {
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
    try (Response response = realm(realm).clients().create(client)) {
      id = CreatedResponseUtil.getCreatedId(response);
    }
    var created = realm(realm).clients().get(id);
    String account = created.getServiceAccountUser().getId();
    join(realm, organizationId, account);
    setRoles(realm, account, slug, roles);
    return new Integration(clientId, name, account, created.getSecret().getValue());
  }

  /** The tenant's integration clients. */
  public List<Integration> clients(String realm, String slug) {
    return realm(realm).clients().findAll(clientPrefix(slug), false, true, 0, 1000).stream()
        .filter(c -> c.getClientId().startsWith(clientPrefix(slug)))
        .map(
            c ->
                new Integration(
                    c.getClientId(),
                    c.getName(),
                    realm(realm).clients().get(c.getId()).getServiceAccountUser().getId(),
                    null))
        .toList();
  }

  /**
   * Lets the tenant's integration clients obtain tokens again, or stops them from obtaining any
   * (while the tenant is suspended).
   */
  public void enableClients(String realm, String slug, boolean enabled) {
    for (ClientRepresentation client :
        realm(realm).clients().findAll(clientPrefix(slug), false, true, 0, 1000)) {
      if (client.getClientId().startsWith(clientPrefix(slug))
          && !Boolean.valueOf(enabled).equals(client.isEnabled())) {
        client.setEnabled(enabled);
        realm(realm).clients().get(client.getId()).update(client);
      }
    }
  }

  /** Deletes the tenant's client: its secret stops working at once. */
  public boolean revokeClient(String realm, String slug, String clientId) {
    if (!clientId.startsWith(clientPrefix(slug))) {
      return false;
    }
    var found = realm(realm).clients().findByClientId(clientId);
    if (found.isEmpty()) {
      return false;
    }
    realm(realm).clients().get(found.get(0).getId()).remove();
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

  /**
   * A one-time password with a digit, an upper-case and a lower-case letter, so that it passes the
   * usual character-class rules of a company's own password policy (16 random characters alone lack
   * a digit about one time in eleven).
   */
  static String temporaryPassword() {
    while (true) {
      String password = randomText(16);
      if (password.chars().anyMatch(Character::isDigit)
          && password.chars().anyMatch(Character::isUpperCase)
          && password.chars().anyMatch(Character::isLowerCase)) {
        return password;
      }
    }
  }

  private static String randomText(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
    }
    return text.toString();
  }

  /** Enables or disables the tenant's organization, as the tenant is resumed or suspended. */
  public void enableOrganization(String realm, String organizationId, boolean enabled) {
    var organization = realm(realm).organizations().get(organizationId);
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
    var members = realm(tenant.realm()).organizations().get(tenant.organizationId()).members();
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
                rolesIn(tenant.realm(), user.getId(), tenant.slug())));
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
    if (tenant.hasOwnRealm()) {
      // everyone in the realm is the tenant's: the realm goes with all its people and clients
      try {
        provisioner().realm(tenant.realm()).remove();
      } catch (NotFoundException alreadyGone) {
        // removed by an earlier attempt
      }
      return;
    }
    RealmResource realm = pooled();
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
            pooled().organizations().get(tenant.organizationId()).toRepresentation().getId());
      } catch (NotFoundException alreadyGone) {
        return Optional.empty();
      }
    }
    return pooled().organizations().search(tenant.slug(), true, 0, 1).stream()
        .filter(o -> tenant.slug().equals(o.getName()))
        .map(OrganizationRepresentation::getId)
        .findFirst();
  }

  private Optional<GroupRepresentation> group(String path) {
    try {
      return Optional.of(pooled().getGroupByPath(path));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  private Set<String> memberIds(String organizationId) {
    Set<String> ids = new LinkedHashSet<>();
    var members = pooled().organizations().get(organizationId).members();
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
    var group = pooled().groups().group(groupId);
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
        pooled().organizations().members().getOrganizations(userId, true).stream()
            .anyMatch(o -> !o.getId().equals(organizationId));
    return otherOrganization
        || pooled().users().get(userId).groups(0, 1000, false).stream()
            .map(g -> IdentityLayout.membership(g.getPath()))
            .flatMap(Optional::stream)
            .anyMatch(m -> !m.tenant().equals(slug));
  }

  private void leave(String organizationId, String userId) {
    try (Response response =
        pooled().organizations().get(organizationId).members().member(userId).delete()) {
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
  public void settle(String realm, String userId, String slug) {
    var user = realm(realm).users().get(userId);
    UserRepresentation representation = user.toRepresentation();
    if (representation.getAttributes() != null
        && representation.getAttributes().containsKey(CREATED_FOR)) {
      var attributes = new java.util.HashMap<>(representation.getAttributes());
      attributes.remove(CREATED_FOR);
      representation.setAttributes(attributes);
      user.update(representation);
    }
  }

  private String resetTemporaryPassword(String realm, String userId) {
    String password = temporaryPassword();
    CredentialRepresentation credential = new CredentialRepresentation();
    credential.setType(CredentialRepresentation.PASSWORD);
    credential.setTemporary(true);
    credential.setValue(password);
    realm(realm).users().get(userId).resetPassword(credential);
    return password;
  }

  private GroupRepresentation ensureGroup(String realm, GroupRepresentation parent, String name) {
    String path = (parent == null ? "" : parent.getPath()) + "/" + name;
    try {
      return realm(realm).getGroupByPath(path);
    } catch (NotFoundException e) {
      GroupRepresentation group = new GroupRepresentation();
      group.setName(name);
      Response response =
          parent == null
              ? realm(realm).groups().add(group)
              : realm(realm).groups().group(parent.getId()).subGroup(group);
      try (response) {
        if (response.getStatus() != 201 && response.getStatus() != 409) {
          throw new IllegalStateException(
              "creating group " + path + " failed: HTTP " + response.getStatus());
        }
      }
      return realm(realm).getGroupByPath(path);
    }
  }

  /**
   * The realm through the admin client allowed to manage it: the pooled realm through the
   * platform's service account there, a dedicated realm through the provisioning client of the
   * administration realm, which created it.
   */
  private RealmResource realm(String realm) {
    return (realm.equals(settings.tenantRealm()) ? pooledAdmin() : provisioner()).realm(realm);
  }

  /** The shared realm of the pooled tenants. */
  private RealmResource pooled() {
    return realm(settings.tenantRealm());
  }

  private Keycloak pooledAdmin() {
    Keycloak current = pooledAdmin;
    if (current == null) {
      synchronized (this) {
        if (pooledAdmin == null) {
          pooledAdmin = admin(settings.tenantRealm(), settings.clientId(), settings.clientSecret());
        }
        current = pooledAdmin;
      }
    }
    return current;
  }

  private Keycloak provisioner() {
    Keycloak current = provisioner;
    if (current == null) {
      String secret =
          settings
              .provisionerSecret()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "dedicated realms are not offered: no provisioning client is"
                              + " configured"));
      synchronized (this) {
        if (provisioner == null) {
          provisioner = admin(settings.adminRealm(), settings.provisionerClientId(), secret);
        }
        current = provisioner;
      }
    }
    return current;
  }

  private Keycloak admin(String realm, String clientId, String secret) {
    return KeycloakBuilder.builder()
        .serverUrl(settings.url())
        .realm(realm)
        .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
        .clientId(clientId)
        .clientSecret(secret)
        .build();
  }

  @PreDestroy
  void close() {
    for (Keycloak admin : new Keycloak[] {pooledAdmin, provisioner}) {
      if (admin != null) {
        admin.close();
      }
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
