package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.representations.idm.UserRepresentation;

/** The operator subscribes companies; each company's admin signs in to that company only. */
@ExtendWith(DeployedStack.class)
class TenantSubscriptionTest {

  private final Stack stack;
  private final PlatformApi api;
  private final Tenants tenants;

  TenantSubscriptionTest(Stack stack) {
    this.stack = stack;
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @Test
  void subscribingCreatesTheTenantItsRoleGroupsAndAnAdminWhoSignsIn() throws Exception {
    String slug = Tenants.uniqueSlug("acme");
    String operator = tenants.operatorToken();

    PlatformApi.Answer created =
        api.post("/api/platform/tenants", operator, Tenants.subscription(slug));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith("/api/platform/tenants/" + slug);
    assertThat(created.json().get("status").asText()).isEqualTo("ACTIVE");
    assertThat(created.json().get("initialAdminPassword").asText()).hasSizeGreaterThanOrEqualTo(12);
    var realm = stack.identity().keycloak().realm(Realms.SALES);
    assertThat(realm.organizations().search(slug, true, 0, 1)).hasSize(1);
    assertThat(realm.getGroupByPath("/tenants/" + slug).getSubGroupCount()).isEqualTo(6L);

    // The one-time password works only for a password change; the admin signs in after it.
    String username = created.json().at("/admin/username").asText();
    stack
        .identity()
        .setPassword(
            Realms.SALES, stack.identity().userId(Realms.SALES, username), Tenants.PASSWORD);
    String admin = api.token(Realms.SALES, username, Tenants.PASSWORD);
    PlatformApi.Answer me = api.get("/api/t/" + slug + "/me", admin);
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().at("/tenant/slug").asText()).isEqualTo(slug);
    assertThat(me.json().at("/user/username").asText()).isEqualTo(username);
    assertThat(me.json().get("roles")).hasSize(1);
    assertThat(me.json().get("roles").get(0).asText()).isEqualTo("tenant-admin");

    PlatformApi.Answer shown = api.get("/api/platform/tenants/" + slug, operator);
    assertThat(shown.status()).isEqualTo(200);
    assertThat(shown.json().has("initialAdminPassword")).isFalse();
    PlatformApi.Answer listed = api.get("/api/platform/tenants?limit=500", operator);
    assertThat(listed.json().get("items").findValuesAsText("slug")).contains(slug, "demo");
  }

  @Test
  void aTenantsAdminGetsNotFoundForAnotherTenant() throws Exception {
    String a = Tenants.uniqueSlug("alpha");
    String b = Tenants.uniqueSlug("beta");
    String adminA = tenants.subscribeAndSignInAdmin(a);
    String adminB = tenants.subscribeAndSignInAdmin(b);

    PlatformApi.Answer own = api.get("/api/t/" + a + "/me", adminA);
    PlatformApi.Answer foreign = api.get("/api/t/" + b + "/me", adminA);
    PlatformApi.Answer unknown = api.get("/api/t/no-such-company/me", adminA);

    assertThat(own.status()).isEqualTo(200);
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.contentType()).startsWith("application/problem+json");
    assertThat(foreign.raw().body()).doesNotContain("Company " + b);
    // an existing foreign tenant and a missing one answer alike
    assertThat(foreign.json().get("type")).isEqualTo(unknown.json().get("type"));
    assertThat(api.get("/api/t/" + b + "/me", adminB).status()).isEqualTo(200);
    assertThat(api.get("/api/t/" + a + "/me", tenants.operatorToken()).status()).isEqualTo(404);
  }

  @Test
  void oneSlugIsSubscribedOnce() throws Exception {
    String slug = Tenants.uniqueSlug("twice");
    String operator = tenants.operatorToken();
    assertThat(api.post("/api/platform/tenants", operator, Tenants.subscription(slug)).status())
        .isEqualTo(201);

    Map<String, Object> other = new HashMap<>(Tenants.subscription(slug));
    other.put("name", "Someone else");
    PlatformApi.Answer again = api.post("/api/platform/tenants", operator, other);

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
    assertThat(again.json().get("type").asText()).endsWith("/slug-taken");
    assertThat(api.post("/api/platform/tenants", operator, Tenants.subscription("demo")).status())
        .isEqualTo(409);
  }

  @Test
  void badSubscriptionsAreRefusedFieldByField() throws Exception {
    String operator = tenants.operatorToken();

    PlatformApi.Answer answer =
        api.post(
            "/api/platform/tenants",
            operator,
            Map.of("slug", "Not A Slug", "adminEmail", "not-an-email", "adminName", " "));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(fields(answer)).containsExactlyInAnyOrder("slug", "name", "adminEmail", "adminName");

    PlatformApi.Answer reserved =
        api.post("/api/platform/tenants", operator, Tenants.subscription("api"));
    assertThat(reserved.status()).isEqualTo(400);
    assertThat(reserved.json().at("/errors/0/message").asText()).contains("reserved");

    for (String body : List.of("{not json", "[]", "\"text\"", "")) {
      PlatformApi.Answer unreadable = api.post("/api/platform/tenants", operator, body);
      assertThat(unreadable.status()).as(body).isEqualTo(400);
      assertThat(unreadable.contentType()).as(body).startsWith("application/problem+json");
    }
    assertThat(api.get("/api/platform/tenants?limit=0&offset=-1", operator).status())
        .isEqualTo(400);
  }

  @Test
  void aSubscriptionStoppedHalfWayIsUnusableAndFinishedByRepeatingIt() throws Exception {
    String slug = Tenants.uniqueSlug("halfway");
    Map<String, Object> request = Tenants.subscription(slug);
    String operator = tenants.operatorToken();
    // Someone else already uses the admin's email address: the identity provider refuses the
    // admin, after the tenant row, organization and groups were made.
    var users = stack.identity().keycloak().realm(Realms.SALES).users();
    UserRepresentation squatter = new UserRepresentation();
    squatter.setUsername("squatter-" + slug);
    squatter.setEmail((String) request.get("adminEmail"));
    squatter.setEnabled(true);
    users.create(squatter).close();

    PlatformApi.Answer stopped = api.post("/api/platform/tenants", operator, request);

    assertThat(stopped.status()).isEqualTo(503);
    assertThat(stopped.json().get("type").asText()).endsWith("/subscription-incomplete");
    JsonNode pending = api.get("/api/platform/tenants/" + slug, operator).json();
    assertThat(pending.get("status").asText()).isEqualTo("PROVISIONING");
    assertThat(pending.get("provisioningError").asText()).isNotBlank();

    users.get(stack.identity().userId(Realms.SALES, "squatter-" + slug)).remove();
    PlatformApi.Answer finished = api.post("/api/platform/tenants", operator, request);

    assertThat(finished.status()).isEqualTo(201);
    assertThat(finished.json().get("status").asText()).isEqualTo("ACTIVE");
    assertThat(finished.json().has("provisioningError")).isFalse();
  }

  @Test
  void onlyTheOperatorManagesTenants() throws Exception {
    String admin = tenants.subscribeAndSignInAdmin(Tenants.uniqueSlug("gamma"));

    PlatformApi.Answer asTenantAdmin = api.get("/api/platform/tenants", admin);
    PlatformApi.Answer anonymous = api.get("/api/platform/tenants", null);

    assertThat(asTenantAdmin.status()).isEqualTo(403);
    assertThat(asTenantAdmin.contentType()).startsWith("application/problem+json");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(
            api.post("/api/platform/tenants", admin, Tenants.subscription(Tenants.uniqueSlug("x")))
                .status())
        .isEqualTo(403);
  }

  private static List<String> fields(PlatformApi.Answer answer) {
    return answer.json().get("errors").findValuesAsText("field");
  }
}
