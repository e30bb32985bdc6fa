package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesplatform.tenant.config.TenantRole;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.GroupRepresentation;

/**
 * A company on the dedicated-realm tier gets a realm of its own, with its own password policy and
 * sign-in theme; its people sign in there, and that realm speaks for that company only.
 */
@ExtendWith(DeployedStack.class)
class DedicatedRealmTest {

  private final Stack stack;
  private final PlatformApi api;
  private final Tenants tenants;

  DedicatedRealmTest(Stack stack) {
    this.stack = stack;
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @Test
  void aCompanyGetsARealmOfItsOwnWithItsPolicyAndItsPeopleSignInThere() throws Exception {
    String slug = Tenants.uniqueSlug("own");
    Map<String, Object> request = new HashMap<>(Tenants.subscription(slug));
    request.put("isolation", "dedicated-realm");
    request.put("passwordPolicy", "length(14) and digits(1) and notUsername");
    request.put("loginTheme", "keycloak");

    PlatformApi.Answer subscribed =
        api.post("/api/platform/tenants", tenants.operatorToken(), request);

    assertThat(subscribed.status()).as(subscribed.raw().body()).isEqualTo(201);
    assertThat(subscribed.json().get("isolation").asText()).isEqualTo("dedicated-realm");
    String realm = subscribed.json().get("realm").asText();
    assertThat(realm).isEqualTo(Realms.dedicated(slug));
    var own = stack.identity().keycloak().realm(realm);
    assertThat(own.toRepresentation().getPasswordPolicy()).contains("length(14)", "digits(1)");
    assertThat(own.toRepresentation().getLoginTheme()).isEqualTo("keycloak");
    assertThat(own.getGroupByPath("/tenants/" + slug + "/tenant-admin")).isNotNull();
    // nothing of the company is in the shared realm
    var shared = stack.identity().keycloak().realm(Realms.SALES);
    assertThat(shared.organizations().search(slug, true, 0, 1)).isEmpty();
    String username = subscribed.json().at("/admin/username").asText();
    assertThat(shared.users().searchByUsername(username, true)).isEmpty();

    // the realm's own password policy holds
    String adminId = stack.identity().userId(realm, username);
    assertThatThrownBy(() -> stack.identity().setPassword(realm, adminId, "short1"))
        .isInstanceOf(RuntimeException.class);
    String password = "Long-enough-passw0rd";
    stack.identity().setPassword(realm, adminId, password);
    String admin = api.token(realm, username, password);
    PlatformApi.Answer me = api.get("/api/t/" + slug + "/me", admin);
    assertThat(me.status()).as(me.raw().body()).isEqualTo(200);
    assertThat(me.json().get("roles").get(0).asText()).isEqualTo("tenant-admin");
    assertThat(api.get("/api/t/" + slug + "/settings", admin).status()).isEqualTo(200);
    assertThat(api.get("/api/t/" + slug + "/audit", admin).json().get("total").asInt())
        .isPositive();
    // the console sends the company's people to its realm
    assertThat(
            api.get("/api/console/config?company=" + slug, null).json().get("tenantRealm").asText())
        .isEqualTo(realm);
    assertThat(api.get("/api/console/config", null).json().get("tenantRealm").asText())
        .isEqualTo(Realms.SALES);
  }

  @Test
  void aRealmSpeaksOnlyForItsOwnCompany() throws Exception {
    String own = Tenants.uniqueSlug("walled");
    String pooled = Tenants.uniqueSlug("pooled");
    tenants.subscribeAndSignInAdmin(own, Tenants.Tier.DEDICATED_REALM);
    tenants.subscribeAndSignInAdmin(pooled);
    String realm = Tenants.realmOf(own);

    // someone with power over the company's realm makes a group naming another company
    String intruder = "intruder-" + own;
    IdentityAdmin identity = stack.identity();
    String id =
        identity.ensurePerson(
            realm, intruder, intruder + "@x.example", "Ivy", "Intruder", Tenants.PASSWORD);
    var realmResource = identity.keycloak().realm(realm);
    GroupRepresentation tenantsGroup = realmResource.getGroupByPath("/tenants");
    GroupRepresentation foreign = new GroupRepresentation();
    foreign.setName(pooled);
    realmResource.groups().group(tenantsGroup.getId()).subGroup(foreign).close();
    GroupRepresentation foreignAdmin = new GroupRepresentation();
    foreignAdmin.setName("tenant-admin");
    realmResource
        .groups()
        .group(realmResource.getGroupByPath("/tenants/" + pooled).getId())
        .subGroup(foreignAdmin)
        .close();
    realmResource
        .users()
        .get(id)
        .joinGroup(realmResource.getGroupByPath("/tenants/" + pooled + "/tenant-admin").getId());
    identity.grant(realm, own, id, TenantRole.SALES_REP);
    String token = api.token(realm, intruder, Tenants.PASSWORD);

    assertThat(api.get("/api/t/" + own + "/me", token).status()).isEqualTo(200);
    assertThat(api.get("/api/t/" + pooled + "/me", token).status()).isEqualTo(404);
    assertThat(api.get("/api/t/" + pooled + "/users", token).status()).isEqualTo(404);

    // and the shared realm does not speak for a company with a realm of its own
    String sharedUser = "shared-" + own;
    String sharedId =
        identity.ensurePerson(
            Realms.SALES, sharedUser, sharedUser + "@x.example", "Sam", "Shared", Tenants.PASSWORD);
    var sales = identity.keycloak().realm(Realms.SALES);
    GroupRepresentation shadow = new GroupRepresentation();
    shadow.setName(own);
    sales.groups().group(sales.getGroupByPath("/tenants").getId()).subGroup(shadow).close();
    GroupRepresentation shadowAdmin = new GroupRepresentation();
    shadowAdmin.setName("tenant-admin");
    sales
        .groups()
        .group(sales.getGroupByPath("/tenants/" + own).getId())
        .subGroup(shadowAdmin)
        .close();
    sales
        .users()
        .get(sharedId)
        .joinGroup(sales.getGroupByPath("/tenants/" + own + "/tenant-admin").getId());
    String sharedToken = api.token(Realms.SALES, sharedUser, Tenants.PASSWORD);
    assertThat(api.get("/api/t/" + own + "/me", sharedToken).status()).isEqualTo(404);
    assertThat(api.get("/api/t/" + own + "/settings", sharedToken).status()).isEqualTo(404);
  }

  @Test
  void aSuspendedCompanysRealmIssuesNoTokensUntilResumed() throws Exception {
    String slug = Tenants.uniqueSlug("frozen");
    String admin = tenants.subscribeAndSignInAdmin(slug, Tenants.Tier.DEDICATED_REALM);
    String realm = Tenants.realmOf(slug);
    String username = "admin@" + slug + ".example";
    String operator = tenants.operatorToken();

    assertThat(
            api.post(
                    "/api/platform/tenants/" + slug + "/suspend",
                    operator,
                    "{\"reason\":\"Contract ended\"}")
                .status())
        .isEqualTo(200);

    assertThatThrownBy(() -> api.token(realm, username, Tenants.PASSWORD))
        .isInstanceOf(IOException.class);
    PlatformApi.Answer refused = api.get("/api/t/" + slug + "/me", admin);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("type").asText()).endsWith("/tenant-suspended");

    assertThat(api.post("/api/platform/tenants/" + slug + "/resume", operator, "").status())
        .isEqualTo(200);
    String again = api.token(realm, username, Tenants.PASSWORD);
    assertThat(api.get("/api/t/" + slug + "/me", again).status()).isEqualTo(200);
  }

  @Test
  void realmOptionsNeedTheDedicatedTierAndAValidPolicy() throws Exception {
    String operator = tenants.operatorToken();
    Map<String, Object> pooledWithPolicy =
        new HashMap<>(Tenants.subscription(Tenants.uniqueSlug("p")));
    pooledWithPolicy.put("passwordPolicy", "length(12)");
    Map<String, Object> badPolicy = new HashMap<>(Tenants.subscription(Tenants.uniqueSlug("b")));
    badPolicy.put("isolation", "dedicated-realm");
    badPolicy.put("passwordPolicy", "length(12) and unbreakable");
    Map<String, Object> badTier = new HashMap<>(Tenants.subscription(Tenants.uniqueSlug("t")));
    badTier.put("isolation", "private-cloud");

    for (var request : List.of(pooledWithPolicy, badPolicy, badTier)) {
      PlatformApi.Answer answer = api.post("/api/platform/tenants", operator, request);
      assertThat(answer.status()).as(answer.raw().body()).isEqualTo(400);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(api.get("/api/platform/tenants/" + request.get("slug"), operator).status())
          .isEqualTo(404);
    }
    assertThat(api.post("/api/platform/tenants", operator, badPolicy).raw().body())
        .contains("passwordPolicy", "unbreakable");
  }
}
