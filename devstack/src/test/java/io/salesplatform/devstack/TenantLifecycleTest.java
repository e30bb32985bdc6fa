package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The operator suspends and resumes a company; while suspended, its people cannot work. */
@ExtendWith(DeployedStack.class)
class TenantLifecycleTest {

  private final Stack stack;
  private final PlatformApi api;
  private final Tenants tenants;

  TenantLifecycleTest(Stack stack) {
    this.stack = stack;
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @Test
  void aSuspendedCompanysPeopleAreToldSoAndWorkAgainOnceResumed() throws Exception {
    String slug = Tenants.uniqueSlug("paused");
    String admin = tenants.subscribeAndSignInAdmin(slug);
    String outsider = tenants.subscribeAndSignInAdmin(Tenants.uniqueSlug("outside"));
    String operator = tenants.operatorToken();
    PlatformApi.Answer client =
        api.post(
            "/api/t/" + slug + "/clients",
            admin,
            java.util.Map.of("name", "ERP", "roles", java.util.List.of("sales-rep")));
    String clientId = client.json().get("clientId").asText();
    String secret = client.json().get("secret").asText();
    assertThat(clientToken(clientId, secret).status()).isEqualTo(200);

    PlatformApi.Answer suspended =
        api.post(
            "/api/platform/tenants/" + slug + "/suspend",
            operator,
            "{\"reason\":\"Invoice overdue\"}");

    assertThat(suspended.status()).as(suspended.raw().body()).isEqualTo(200);
    assertThat(suspended.json().get("status").asText()).isEqualTo("SUSPENDED");
    assertThat(suspended.json().get("suspensionReason").asText()).isEqualTo("Invoice overdue");
    PlatformApi.Answer refused = api.get("/api/t/" + slug + "/me", admin);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().get("type").asText()).endsWith("/tenant-suspended");
    assertThat(refused.json().get("detail").asText()).contains("Invoice overdue");
    assertThat(api.get("/api/t/" + slug + "/settings", admin).status()).isEqualTo(403);
    // to anyone else the suspended company is as absent as any other
    assertThat(api.get("/api/t/" + slug + "/me", outsider).status()).isEqualTo(404);
    var organization =
        stack
            .identity()
            .keycloak()
            .realm(Realms.SALES)
            .organizations()
            .search(slug, true, 0, 1)
            .get(0);
    assertThat(organization.isEnabled()).isFalse();
    // the company's own systems obtain no token while it is suspended
    assertThat(clientToken(clientId, secret).status()).isIn(400, 401);
    assertThat(
            api.post(
                    "/api/platform/tenants/" + slug + "/suspend",
                    operator,
                    "{\"reason\":\"again\"}")
                .status())
        .isEqualTo(409);

    PlatformApi.Answer resumed =
        api.post("/api/platform/tenants/" + slug + "/resume", operator, "");

    assertThat(resumed.status()).isEqualTo(200);
    assertThat(resumed.json().get("status").asText()).isEqualTo("ACTIVE");
    assertThat(api.get("/api/t/" + slug + "/me", admin).status()).isEqualTo(200);
    assertThat(clientToken(clientId, secret).status()).isEqualTo(200);
    JsonNode trail = api.get("/api/t/" + slug + "/audit", admin).json();
    assertThat(trail.get("items").findValuesAsText("action"))
        .startsWith("tenant.resume", "tenant.suspend");
    assertThat(trail.at("/items/1/actor/name").asText()).isEqualTo("operator");
  }

  @Test
  void suspendingNeedsAReasonAndAnExistingCompany() throws Exception {
    String operator = tenants.operatorToken();
    String slug = Tenants.uniqueSlug("reasonless");
    tenants.subscribeAndSignInAdmin(slug);

    assertThat(api.post("/api/platform/tenants/" + slug + "/suspend", operator, "{}").status())
        .isEqualTo(400);
    assertThat(
            api.post(
                    "/api/platform/tenants/no-such-company/suspend", operator, "{\"reason\":\"x\"}")
                .status())
        .isEqualTo(404);
    assertThat(api.post("/api/platform/tenants/" + slug + "/resume", operator, "").status())
        .isEqualTo(409);
    String tenantAdmin = tenants.subscribeAndSignInAdmin(Tenants.uniqueSlug("not-operator"));
    assertThat(
            api.post(
                    "/api/platform/tenants/" + slug + "/suspend", tenantAdmin, "{\"reason\":\"x\"}")
                .status())
        .isEqualTo(403);
  }

  private PlatformApi.Answer clientToken(String clientId, String secret) throws Exception {
    return api.form(
        stack.settings().keycloakUrl()
            + "/realms/"
            + Realms.SALES
            + "/protocol/openid-connect/token",
        java.util.Map.of(
            "grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
  }
}
