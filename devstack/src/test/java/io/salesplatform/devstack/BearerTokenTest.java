package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesplatform.tenant.config.TenantRole;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * Tokens are verified by the platform alone: only current tokens of the trusted realms, signed by
 * their keys and meant for the platform, are accepted; the caller's roles are those held in the
 * tenant of the request.
 */
@ExtendWith(DeployedStack.class)
class BearerTokenTest {

  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

  private final Stack stack;
  private final PlatformApi api;
  private final Tenants tenants;

  BearerTokenTest(Stack stack) {
    this.stack = stack;
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @Test
  void aTokenOfAnotherRealmIsRefused() throws Exception {
    PlatformApi.Answer token =
        api.form(
            stack.settings().keycloakUrl() + "/realms/master/protocol/openid-connect/token",
            Map.of(
                "grant_type", "password",
                "client_id", "admin-cli",
                "username", "admin",
                "password", stack.settings().secrets().keycloakAdminPassword()));
    String masterToken = token.json().get("access_token").asText();

    assertRefused(api.get("/api/t/demo/me", masterToken), "issuer");
    assertRefused(api.get("/api/platform/tenants", masterToken), "issuer");
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    var clients = stack.identity().keycloak().realm(Realms.SALES).clients();
    String clientId = "short-lived-" + Tenants.uniqueSlug("c");
    ClientRepresentation client = new ClientRepresentation();
    client.setClientId(clientId);
    client.setPublicClient(true);
    client.setDirectAccessGrantsEnabled(true);
    client.setStandardFlowEnabled(false);
    client.setAttributes(Map.of("access.token.lifespan", "1"));
    var mappers = clients.findByClientId("sales-cli").get(0).getProtocolMappers();
    mappers.forEach(m -> m.setId(null));
    client.setProtocolMappers(mappers);
    try (var created = clients.create(client)) {
      assertThat(created.getStatus()).isEqualTo(201);
    }
    PlatformApi.Answer issued =
        api.form(
            stack.settings().keycloakUrl() + "/realms/sales/protocol/openid-connect/token",
            Map.of(
                "grant_type", "password",
                "client_id", clientId,
                "username", "demo-rep",
                "password", "demo"));
    assertThat(issued.status()).as(issued.raw().body()).isEqualTo(200);
    String token = issued.json().get("access_token").asText();
    assertThat(api.get("/api/t/demo/me", token).status()).isEqualTo(200);

    Thread.sleep(3_500); // lifespan 1 s, plus the test stack's clock skew of 1 s

    PlatformApi.Answer refused = api.get("/api/t/demo/me", token);
    assertRefused(refused, "expired");
    assertThat(refused.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
  }

  @Test
  void aTokenWithAForgedSignatureIsRefused() throws Exception {
    String token = api.token(Realms.SALES, "demo-rep", "demo");
    String[] parts = token.split("\\.");
    String payload = new String(DECODE.decode(parts[1]), StandardCharsets.UTF_8);
    // the rep makes themselves the demo tenant's admin, keeping the original signature
    String elevated = payload.replace("/tenants/demo/sales-rep", "/tenants/demo/tenant-admin");
    String tampered =
        parts[0]
            + "."
            + BASE64.encodeToString(elevated.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    // or signs the same claims with a key of their own under the realm's key id
    var keys = KeyPairGenerator.getInstance("RSA");
    keys.initialize(2048);
    var pair = keys.generateKeyPair();
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initSign(pair.getPrivate());
    rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    String resigned = parts[0] + "." + parts[1] + "." + BASE64.encodeToString(rsa.sign());
    String unsigned =
        BASE64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[1]
            + ".";

    assertRefused(api.get("/api/t/demo/me", tampered), "signature");
    assertRefused(api.get("/api/t/demo/me", resigned), "signature");
    assertRefused(api.get("/api/t/demo/me", unsigned), "");
    assertRefused(api.get("/api/t/demo/me", "not-a-token"), "");
    assertThat(api.get("/api/t/demo/me", token).status()).isEqualTo(200);
  }

  @Test
  void onePersonHoldsDifferentRolesInDifferentTenants() throws Exception {
    String a = Tenants.uniqueSlug("north");
    String b = Tenants.uniqueSlug("south");
    tenants.subscribeAndSignInAdmin(a);
    tenants.subscribeAndSignInAdmin(b);
    IdentityAdmin identity = stack.identity();
    String username = "consultant-" + a;
    String id =
        identity.ensurePerson(
            Realms.SALES,
            username,
            username + "@consulting.example",
            "Casey",
            "Consultant",
            Tenants.PASSWORD);
    identity.grant(Realms.SALES, a, id, TenantRole.SALES_REP);
    identity.grant(Realms.SALES, b, id, TenantRole.INSPECTOR);
    String token = api.token(Realms.SALES, username, Tenants.PASSWORD);

    assertThat(roles(api.get("/api/t/" + a + "/me", token))).containsExactly("sales-rep");
    assertThat(roles(api.get("/api/t/" + b + "/me", token))).containsExactly("inspector");
    assertThat(api.get("/api/t/demo/me", token).status()).isEqualTo(404);
  }

  @Test
  void noTokenMeansAChallenge() throws Exception {
    PlatformApi.Answer answer = api.get("/api/t/demo/me", null);

    assertRefused(answer, "required");
    assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
  }

  private static List<String> roles(PlatformApi.Answer answer) {
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
    List<String> roles = new java.util.ArrayList<>();
    answer.json().get("roles").forEach(role -> roles.add(role.asText()));
    return roles;
  }

  private static void assertRefused(PlatformApi.Answer answer, String reason) {
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(401);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().get("detail").asText()).contains(reason);
  }
}
