package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salesplatform.tenant.config.TenantRole;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.IdentityProviderRepresentation;

/**
 * A company with a realm of its own sets how its people sign in: password policy, sign-in theme and
 * its own OpenID Connect provider. A pooled company shares the platform's and can change none.
 */
@ExtendWith(DeployedStack.class)
class SignInTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Stack stack;
  private final PlatformApi api;
  private final Tenants tenants;

  SignInTest(Stack stack) {
    this.stack = stack;
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  /** A federation request body; {@code secret} may be {@code null}. */
  static String federation(String displayName, String secret) throws JsonProcessingException {
    Map<String, Object> body = new HashMap<>();
    body.put("displayName", displayName);
    body.put("issuer", "https://login.corp.example/realms/staff");
    body.put(
        "authorizationUrl", "https://login.corp.example/realms/staff/protocol/openid-connect/auth");
    body.put("tokenUrl", "https://login.corp.example/realms/staff/protocol/openid-connect/token");
    body.put("jwksUrl", "https://login.corp.example/realms/staff/protocol/openid-connect/certs");
    body.put("clientId", "sales-platform");
    if (secret != null) {
      body.put("clientSecret", secret);
    }
    return JSON.writeValueAsString(body);
  }

  @Test
  void aCompanyWithItsOwnRealmSetsItsPolicyAndItsOwnSignInProvider() throws Exception {
    String slug = Tenants.uniqueSlug("federated");
    String admin = tenants.subscribeAndSignInAdmin(slug, Tenants.Tier.DEDICATED_REALM);
    String realm = Tenants.realmOf(slug);
    var keycloak = stack.identity().keycloak().realm(realm);

    PlatformApi.Answer policy =
        api.put(
            "/api/t/" + slug + "/sign-in",
            admin,
            "{\"passwordPolicy\":\"length(16) and upperCase(1)\",\"loginTheme\":\"keycloak\"}");

    assertThat(policy.status()).as(policy.raw().body()).isEqualTo(200);
    assertThat(policy.json().get("passwordPolicy").asText())
        .isEqualTo("length(16) and upperCase(1)");
    assertThat(keycloak.toRepresentation().getPasswordPolicy()).contains("length(16)");

    String federation = "/api/t/" + slug + "/sign-in/federations/corp";
    PlatformApi.Answer added = api.put(federation, admin, federation("Corp staff", "s3cret"));
    assertThat(added.status()).as(added.raw().body()).isEqualTo(201);
    assertThat(added.json().get("issuer").asText())
        .isEqualTo("https://login.corp.example/realms/staff");
    assertThat(added.raw().body()).doesNotContain("s3cret");
    IdentityProviderRepresentation provider =
        keycloak.identityProviders().get("corp").toRepresentation();
    assertThat(provider.getDisplayName()).isEqualTo("Corp staff");
    assertThat(provider.getConfig())
        .containsEntry("clientId", "sales-platform")
        .containsEntry("validateSignature", "true");

    // a change that leaves the secret out keeps it
    PlatformApi.Answer changed = api.put(federation, admin, federation("Corp people", null));
    assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
    assertThat(keycloak.identityProviders().get("corp").toRepresentation().getDisplayName())
        .isEqualTo("Corp people");
    assertThat(keycloak.identityProviders().get("corp").toRepresentation().getConfig())
        .containsKey("clientSecret");
    JsonNode view = api.get("/api/t/" + slug + "/sign-in", admin).json();
    assertThat(view.get("isolation").asText()).isEqualTo("dedicated-realm");
    assertThat(view.get("federations").findValuesAsText("alias")).containsExactly("corp");

    // only the admin decides how people sign in
    String rep = tenants.signInWithRole(slug, TenantRole.SALES_REP);
    assertThat(api.get("/api/t/" + slug + "/sign-in", rep).status()).isEqualTo(403);
    assertThat(api.put(federation, rep, federation("Mine", "x")).status()).isEqualTo(403);

    assertThat(api.call("DELETE", federation, admin, null).status()).isEqualTo(204);
    assertThat(api.get(federation, admin).status()).isEqualTo(404);
    assertThat(keycloak.identityProviders().findAll()).isEmpty();
    assertThat(
            api.get("/api/t/" + slug + "/audit", admin)
                .json()
                .get("items")
                .findValuesAsText("action"))
        .contains(
            "sign-in.policy",
            "sign-in.federation.add",
            "sign-in.federation.change",
            "sign-in.federation.remove");
  }

  @Test
  void badSettingsAreRefusedAndAPooledCompanyHasNoneOfItsOwn() throws Exception {
    String own = Tenants.uniqueSlug("strict");
    String ownAdmin = tenants.subscribeAndSignInAdmin(own, Tenants.Tier.DEDICATED_REALM);
    String pooled = Tenants.uniqueSlug("shared");
    String pooledAdmin = tenants.subscribeAndSignInAdmin(pooled);

    PlatformApi.Answer badPolicy =
        api.put("/api/t/" + own + "/sign-in", ownAdmin, "{\"passwordPolicy\":\"length(x)\"}");
    assertThat(badPolicy.status()).isEqualTo(400);
    assertThat(badPolicy.raw().body()).contains("passwordPolicy");
    PlatformApi.Answer noSecret =
        api.put("/api/t/" + own + "/sign-in/federations/corp", ownAdmin, federation("Corp", null));
    assertThat(noSecret.status()).isEqualTo(400);
    assertThat(noSecret.raw().body()).contains("clientSecret");
    PlatformApi.Answer badAlias =
        api.put("/api/t/" + own + "/sign-in/federations/Corp!", ownAdmin, federation("C", "s"));
    assertThat(badAlias.status()).isEqualTo(400);
    PlatformApi.Answer badUrl =
        api.put(
            "/api/t/" + own + "/sign-in/federations/corp",
            ownAdmin,
            federation("C", "s").replace("https://login.corp.example/realms/staff\"", "ftp://x\""));
    assertThat(badUrl.status()).isEqualTo(400);
    assertThat(badUrl.raw().body()).contains("issuer");
    assertThat(
            stack.identity().keycloak().realm(Tenants.realmOf(own)).identityProviders().findAll())
        .isEmpty();

    JsonNode view = api.get("/api/t/" + pooled + "/sign-in", pooledAdmin).json();
    assertThat(view.get("isolation").asText()).isEqualTo("pooled");
    assertThat(view.get("federations")).isEmpty();
    PlatformApi.Answer refused =
        api.put(
            "/api/t/" + pooled + "/sign-in", pooledAdmin, "{\"passwordPolicy\":\"length(20)\"}");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("type").asText()).endsWith("/needs-own-realm");
    assertThat(
            api.put(
                    "/api/t/" + pooled + "/sign-in/federations/corp",
                    pooledAdmin,
                    federation("Corp", "s"))
                .status())
        .isEqualTo(409);
  }
}
