package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A company's own systems call the API with client credentials the tenant admin manages. */
@ExtendWith(DeployedStack.class)
class IntegrationClientTest {

  private final Stack stack;
  private final PlatformApi api;
  private final Tenants tenants;

  IntegrationClientTest(Stack stack) {
    this.stack = stack;
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @ParameterizedTest
  @EnumSource(Tenants.Tier.class)
  void aClientActsWithItsRolesUntilRevoked(Tenants.Tier tier) throws Exception {
    String slug = Tenants.uniqueSlug("integrated");
    String admin = tenants.subscribeAndSignInAdmin(slug, tier);
    String clients = "/api/t/" + slug + "/clients";

    PlatformApi.Answer created =
        api.post(clients, admin, Map.of("name", "ERP sync", "roles", List.of("sales-rep")));

    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    String clientId = created.json().get("clientId").asText();
    String secret = created.json().get("secret").asText();
    assertThat(secret).isNotBlank();
    String token = clientToken(slug, clientId, secret).json().get("access_token").asText();
    JsonNode me = api.get("/api/t/" + slug + "/me", token).json();
    assertThat(me.get("roles").get(0).asText()).isEqualTo("sales-rep");
    assertThat(api.get("/api/t/" + slug + "/settings", token).status()).isEqualTo(200);
    assertThat(api.get("/api/t/demo/me", token).status()).isEqualTo(404);
    JsonNode listed = api.get(clients, admin).json();
    assertThat(listed.findValuesAsText("clientId")).containsExactly(clientId);
    assertThat(listed.get(0).has("secret")).isFalse();

    PlatformApi.Answer revoked =
        api.send(
            HttpRequest.newBuilder(
                    URI.create(stack.settings().platformUrl() + clients + "/" + clientId))
                .header("Authorization", "Bearer " + admin)
                .DELETE());

    assertThat(revoked.status()).isEqualTo(204);
    assertThat(clientToken(slug, clientId, secret).status()).isIn(400, 401);
    assertThat(api.get(clients, admin).json()).isEmpty();
    assertThat(
            api.get("/api/t/" + slug + "/audit", admin)
                .json()
                .get("items")
                .findValuesAsText("action"))
        .contains("client.create", "client.revoke");
  }

  @Test
  void onlyAdminsManageClientsAndOnlyTheirOwn() throws Exception {
    String slug = Tenants.uniqueSlug("guarded");
    String admin = tenants.subscribeAndSignInAdmin(slug);
    String rep = api.token(Realms.SALES, "demo-rep", "demo");

    assertThat(
            api.post("/api/t/demo/clients", rep, Map.of("name", "x", "roles", List.of("sales-rep")))
                .status())
        .isEqualTo(403);
    assertThat(
            api.post("/api/t/" + slug + "/clients", admin, Map.of("name", " ", "roles", List.of()))
                .status())
        .isEqualTo(400);
    String demoAdmin = api.token(Realms.SALES, "demo-admin", "demo");
    String demoClient =
        api.post(
                "/api/t/demo/clients",
                demoAdmin,
                Map.of("name", "Demo ERP", "roles", List.of("marketing")))
            .json()
            .get("clientId")
            .asText();
    PlatformApi.Answer foreign =
        api.send(
            HttpRequest.newBuilder(
                    URI.create(
                        stack.settings().platformUrl()
                            + "/api/t/"
                            + slug
                            + "/clients/"
                            + demoClient))
                .header("Authorization", "Bearer " + admin)
                .DELETE());
    assertThat(foreign.status()).isEqualTo(404);
  }

  private PlatformApi.Answer clientToken(String slug, String clientId, String secret)
      throws Exception {
    return api.form(
        stack.settings().keycloakUrl()
            + "/realms/"
            + Tenants.realmOf(slug)
            + "/protocol/openid-connect/token",
        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
  }
}
