package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salesplatform.tenant.config.IdentityLayout;
import io.salesplatform.tenant.config.TenantRole;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tenant admin builds roles of the company's own from permissions: a person or integration client
 * holding one may do exactly what its permissions allow, a change applies from the very next
 * request, a role someone holds cannot be deleted, and no other company sees or touches it.
 */
@ExtendWith(DeployedStack.class)
class CustomRolesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Stack stack;
  private final PlatformApi api;
  private final Tenants tenants;

  CustomRolesTest(Stack stack) {
    this.stack = stack;
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @Test
  void aCustomRoleGrantsExactlyItsPermissionsAndAChangeAppliesToTheSameToken() throws Exception {
    String slug = Tenants.uniqueSlug("custom");
    String admin = tenants.subscribeAndSignInAdmin(slug);
    String roles = "/api/t/" + slug + "/roles";

    PlatformApi.Answer created =
        api.post(
            roles,
            admin,
            Map.of(
                "name",
                "auditor-lite",
                "description",
                "Reads the audit trail",
                "permissions",
                List.of("audit.read")));

    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith(roles + "/auditor-lite");
    assertThat(created.json().get("standard").asBoolean()).isFalse();
    assertThat(texts(created.json().get("permissions"))).containsExactly("audit.read");
    assertThat(group(slug, "auditor-lite")).as("the role's group").isTrue();
    JsonNode listed = api.get(roles, admin).json();
    assertThat(listed.findValuesAsText("id"))
        .containsAll(TenantRole.ids())
        .contains("auditor-lite")
        .hasSize(TenantRole.values().length + 1);
    assertThat(api.get(roles + "/auditor-lite", admin).json().get("description").asText())
        .isEqualTo("Reads the audit trail");
    assertThat(api.get(roles + "/sales-rep", admin).json().get("standard").asBoolean()).isTrue();

    PlatformApi.Answer person =
        api.post(
            "/api/t/" + slug + "/users",
            admin,
            Map.of(
                "email",
                "audrey@" + slug + ".example",
                "name",
                "Audrey Auditor",
                "roles",
                List.of("auditor-lite")));
    assertThat(person.status()).as(person.raw().body()).isEqualTo(201);
    assertThat(texts(person.json().get("roles"))).containsExactly("auditor-lite");
    String personId = person.json().get("id").asText();
    String audrey = tenants.signIn(slug, personId, "audrey@" + slug + ".example");
    JsonNode me = api.get("/api/t/" + slug + "/me", audrey).json();
    assertThat(texts(me.get("roles"))).containsExactly("auditor-lite");
    assertThat(texts(me.get("permissions"))).containsExactly("audit.read");

    PlatformApi.Answer client =
        api.post(
            "/api/t/" + slug + "/clients",
            admin,
            Map.of("name", "Audit export", "roles", List.of("auditor-lite")));
    assertThat(client.status()).as(client.raw().body()).isEqualTo(201);
    String clientId = client.json().get("clientId").asText();
    String clientToken = clientToken(clientId, client.json().get("secret").asText());
    assertThat(api.get("/api/t/" + slug + "/audit", clientToken).status()).isEqualTo(200);
    assertThat(api.get("/api/t/" + slug + "/settings", clientToken).status()).isEqualTo(403);

    AccessMatrix matrix = new AccessMatrix(stack);
    Map<String, String> ids =
        tenants.withSalesIds(
            slug,
            admin,
            Map.of(
                "{tenant}",
                slug,
                "{id}",
                api.get("/api/t/" + slug + "/me", admin).json().at("/user/id").asText(),
                "{number}",
                "1",
                "{clientId}",
                clientId,
                "{role}",
                "auditor-lite",
                "{alias}",
                "corp",
                "{extensionPoint}",
                "pricing"));
    assertThat(matrix.mismatches("auditor-lite", audrey, Set.of("audit.read"), ids)).isEmpty();

    long version = created.json().get("version").asLong();
    PlatformApi.Answer widened =
        api.put(
            roles + "/auditor-lite",
            admin,
            json(
                Map.of(
                    "description",
                    "Reads the trail and the people",
                    "permissions",
                    List.of("audit.read", "users.read"),
                    "version",
                    version)));
    assertThat(widened.status()).as(widened.raw().body()).isEqualTo(200);
    assertThat(widened.json().get("version").asLong()).isGreaterThan(version);
    assertThat(matrix.mismatches("auditor-lite", audrey, Set.of("audit.read", "users.read"), ids))
        .as("the same token, right after the change")
        .isEmpty();
    assertThat(texts(api.get("/api/t/" + slug + "/me", audrey).json().get("permissions")))
        .containsExactly("audit.read", "users.read");
    PlatformApi.Answer stale =
        api.put(
            roles + "/auditor-lite",
            admin,
            json(Map.of("permissions", List.of("settings.read"), "version", version)));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().get("type").asText()).endsWith("/stale-role");

    PlatformApi.Answer narrowed =
        api.put(
            roles + "/auditor-lite", admin, json(Map.of("permissions", List.of("settings.read"))));
    assertThat(narrowed.status()).as(narrowed.raw().body()).isEqualTo(200);
    assertThat(api.get("/api/t/" + slug + "/audit", audrey).status()).isEqualTo(403);
    assertThat(api.get("/api/t/" + slug + "/users", audrey).status()).isEqualTo(403);
    assertThat(api.get("/api/t/" + slug + "/settings", audrey).status()).isEqualTo(200);
    assertThat(api.get("/api/t/" + slug + "/audit", clientToken).status()).isEqualTo(403);

    String users = "/api/t/" + slug + "/users/" + personId;
    assertThat(texts(api.post(users + "/deactivate", admin, "").json().get("roles"))).isEmpty();
    assertThat(texts(api.post(users + "/reactivate", admin, "").json().get("roles")))
        .containsExactly("auditor-lite");

    PlatformApi.Answer held = delete(roles + "/auditor-lite", admin);
    assertThat(held.status()).isEqualTo(409);
    assertThat(held.json().get("detail").asText()).contains("held by 2");
    assertThat(api.put(users + "/roles", admin, "{\"roles\":[\"sales-rep\"]}").status())
        .isEqualTo(200);
    PlatformApi.Answer heldByClient = delete(roles + "/auditor-lite", admin);
    assertThat(heldByClient.status()).isEqualTo(409);
    assertThat(heldByClient.json().get("detail").asText()).contains("held by 1");
    assertThat(delete("/api/t/" + slug + "/clients/" + clientId, admin).status()).isEqualTo(204);

    assertThat(delete(roles + "/auditor-lite", admin).status()).isEqualTo(204);
    assertThat(api.get(roles + "/auditor-lite", admin).status()).isEqualTo(404);
    assertThat(api.get(roles, admin).json().findValuesAsText("id")).doesNotContain("auditor-lite");
    assertThat(group(slug, "auditor-lite")).as("the role's group").isFalse();
    // Audrey's token still names the role, which now grants nothing
    assertThat(api.get("/api/t/" + slug + "/settings", audrey).status()).isEqualTo(403);
    assertThat(texts(api.get("/api/t/" + slug + "/me", audrey).json().get("permissions")))
        .isEmpty();

    JsonNode trail = api.get("/api/t/" + slug + "/audit?action=role.update", admin).json();
    assertThat(trail.get("total").asInt()).isEqualTo(2);
    assertThat(texts(trail.at("/items/0/before/permissions")))
        .containsExactly("audit.read", "users.read");
    assertThat(texts(trail.at("/items/0/after/permissions"))).containsExactly("settings.read");
    JsonNode deleted = api.get("/api/t/" + slug + "/audit?action=role.delete", admin).json();
    assertThat(deleted.at("/items/0/before/name").asText()).isEqualTo("auditor-lite");
    assertThat(
            deleted.at("/items/0/after").isNull() || deleted.at("/items/0/after").isMissingNode())
        .isTrue();
    assertThat(
            api.get("/api/t/" + slug + "/audit?action=role.create", admin)
                .json()
                .get("total")
                .asInt())
        .isEqualTo(1);
  }

  @Test
  void badDefinitionsAreRefusedWithProblemsAndNothingIsHalfWritten() throws Exception {
    String slug = Tenants.uniqueSlug("strict");
    String admin = tenants.subscribeAndSignInAdmin(slug);
    String roles = "/api/t/" + slug + "/roles";

    assertThat(fields(api.post(roles, admin, definition("Auditor Lite", "audit.read"))))
        .containsExactly("name");
    assertThat(fields(api.post(roles, admin, definition("a", "audit.read"))))
        .containsExactly("name");
    PlatformApi.Answer standard = api.post(roles, admin, definition("sales-rep", "audit.read"));
    assertThat(fields(standard)).containsExactly("name");
    assertThat(standard.json().get("detail").asText()).contains("standard role");
    PlatformApi.Answer unknown =
        api.post(
            roles,
            admin,
            Map.of(
                "name",
                "auditor-lite",
                "permissions",
                List.of("audit.read", "audit.write", "everything")));
    assertThat(fields(unknown)).containsExactly("permissions[1]", "permissions[2]");
    assertThat(unknown.json().get("detail").asText()).contains("audit.write", "everything");
    assertThat(fields(api.post(roles, admin, Map.of("name", "auditor-lite"))))
        .containsExactly("permissions");
    assertThat(api.post(roles, admin, "").status()).isEqualTo(400);
    assertThat(group(slug, "auditor-lite")).isFalse();

    assertThat(api.post(roles, admin, definition("field-sales", "settings.read")).status())
        .isEqualTo(201);
    PlatformApi.Answer duplicate = api.post(roles, admin, definition("field-sales", "audit.read"));
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.json().get("type").asText()).endsWith("/role-exists");
    assertThat(texts(api.get(roles + "/field-sales", admin).json().get("permissions")))
        .containsExactly("settings.read");

    PlatformApi.Answer changeStandard =
        api.put(roles + "/sales-rep", admin, json(Map.of("permissions", List.of("audit.read"))));
    assertThat(changeStandard.status()).isEqualTo(409);
    assertThat(changeStandard.json().get("type").asText()).endsWith("/standard-role");
    assertThat(delete(roles + "/sales-rep", admin).status()).isEqualTo(409);
    assertThat(
            fields(
                api.put(
                    roles + "/field-sales",
                    admin,
                    json(Map.of("name", "desk-sales", "permissions", List.of())))))
        .containsExactly("name");
    assertThat(
            fields(
                api.put(
                    roles + "/field-sales",
                    admin,
                    json(Map.of("permissions", List.of("settings.read", "nope"))))))
        .containsExactly("permissions[1]");
    assertThat(api.put(roles + "/ghost", admin, json(Map.of("permissions", List.of()))).status())
        .isEqualTo(404);
    assertThat(delete(roles + "/ghost", admin).status()).isEqualTo(404);

    PlatformApi.Answer ghostPerson =
        api.post(
            "/api/t/" + slug + "/users",
            admin,
            Map.of("email", "g@" + slug + ".example", "name", "G", "roles", List.of("ghost")));
    assertThat(fields(ghostPerson)).containsExactly("roles[0]");
    assertThat(ghostPerson.json().at("/errors/0/message").asText()).contains("field-sales");
    assertThat(
            fields(
                api.post(
                    "/api/t/" + slug + "/clients",
                    admin,
                    Map.of("name", "ERP", "roles", List.of("sales-rep", "ghost")))))
        .containsExactly("roles[1]");
    String rep = tenants.signInWithRole(slug, TenantRole.SALES_REP);
    assertThat(api.post(roles, rep, definition("rep-made", "settings.read")).status())
        .isEqualTo(403);

    assertThat(api.get(roles, admin).json().findValuesAsText("id"))
        .hasSize(TenantRole.values().length + 1)
        .contains("field-sales");
    assertThat(texts(api.get(roles + "/field-sales", admin).json().get("permissions")))
        .containsExactly("settings.read");
    assertThat(
            api.get("/api/t/" + slug + "/audit?action=role.create", admin)
                .json()
                .get("total")
                .asInt())
        .isEqualTo(1);
    assertThat(
            api.get("/api/t/" + slug + "/audit?action=role.update", admin)
                .json()
                .get("total")
                .asInt())
        .isZero();
  }

  @Test
  void anotherCompanysAdminCannotSeeChangeOrDeleteIt() throws Exception {
    String a = Tenants.uniqueSlug("owner");
    String b = Tenants.uniqueSlug("other");
    String adminA = tenants.subscribeAndSignInAdmin(a);
    String adminB = tenants.subscribeAndSignInAdmin(b);
    PlatformApi.Answer created =
        api.post("/api/t/" + a + "/roles", adminA, definition("key-accounts", "users.read"));
    assertThat(created.status()).isEqualTo(201);
    String change = json(Map.of("permissions", List.of("audit.read")));

    for (String path :
        List.of("/api/t/" + b + "/roles/key-accounts", "/api/t/" + a + "/roles/key-accounts")) {
      assertThat(api.get(path, adminB).status()).as("GET " + path).isEqualTo(404);
      assertThat(api.put(path, adminB, change).status()).as("PUT " + path).isEqualTo(404);
      assertThat(delete(path, adminB).status()).as("DELETE " + path).isEqualTo(404);
    }
    assertThat(api.get("/api/t/" + b + "/roles", adminB).json().findValuesAsText("id"))
        .doesNotContain("key-accounts");
    assertThat(
            fields(
                api.post(
                    "/api/t/" + b + "/users",
                    adminB,
                    Map.of(
                        "email",
                        "k@" + b + ".example",
                        "name",
                        "K",
                        "roles",
                        List.of("key-accounts")))))
        .containsExactly("roles[0]");
    JsonNode intact = api.get("/api/t/" + a + "/roles/key-accounts", adminA).json();
    assertThat(intact.get("version").asLong()).isEqualTo(created.json().get("version").asLong());
    assertThat(texts(intact.get("permissions"))).containsExactly("users.read");
    assertThat(group(a, "key-accounts")).isTrue();
  }

  @Test
  void aRoleManagerGrantsNoPermissionTheyDoNotHold() throws Exception {
    String slug = Tenants.uniqueSlug("steward");
    String admin = tenants.subscribeAndSignInAdmin(slug);
    String roles = "/api/t/" + slug + "/roles";
    assertThat(
            api.post(
                    roles,
                    admin,
                    Map.of(
                        "name",
                        "role-steward",
                        "permissions",
                        List.of("roles.manage", "settings.read")))
                .status())
        .isEqualTo(201);
    PlatformApi.Answer steward =
        api.post(
            "/api/t/" + slug + "/users",
            admin,
            Map.of(
                "email",
                "stew@" + slug + ".example",
                "name",
                "Stew Ard",
                "roles",
                List.of("role-steward")));
    String token =
        tenants.signIn(slug, steward.json().get("id").asText(), "stew@" + slug + ".example");

    PlatformApi.Answer beyond = api.post(roles, token, definition("trail-readers", "audit.read"));
    assertThat(beyond.status()).isEqualTo(403);
    assertThat(beyond.json().get("detail").asText()).contains("audit.read");
    assertThat(api.post(roles, token, definition("policy-readers", "settings.read")).status())
        .isEqualTo(201);
    assertThat(
            api.put(
                    roles + "/policy-readers",
                    token,
                    json(Map.of("permissions", List.of("settings.read", "users.manage"))))
                .status())
        .isEqualTo(403);
    assertThat(
            api.put(roles + "/policy-readers", token, json(Map.of("permissions", List.of())))
                .status())
        .isEqualTo(200);
    assertThat(api.get(roles + "/trail-readers", admin).status()).isEqualTo(404);
  }

  private static Map<String, Object> definition(String name, String permission) {
    return Map.of("name", name, "permissions", List.of(permission));
  }

  private static String json(Map<String, Object> body) throws Exception {
    return JSON.writeValueAsString(body);
  }

  private PlatformApi.Answer delete(String path, String token) throws Exception {
    return api.call("DELETE", path, token, null);
  }

  /** Whether the role's group exists in the identity provider. */
  private boolean group(String slug, String role) {
    try {
      stack
          .identity()
          .keycloak()
          .realm(Realms.SALES)
          .getGroupByPath(IdentityLayout.roleGroupPath(slug, role));
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  private String clientToken(String clientId, String secret) throws Exception {
    PlatformApi.Answer answer =
        api.form(
            stack.settings().keycloakUrl() + "/realms/sales/protocol/openid-connect/token",
            Map.of(
                "grant_type",
                "client_credentials",
                "client_id",
                clientId,
                "client_secret",
                secret));
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
    return answer.json().get("access_token").asText();
  }

  private static List<String> fields(PlatformApi.Answer answer) {
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    return answer.json().get("errors").findValuesAsText("field");
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    if (array != null) {
      array.forEach(t -> texts.add(t.asText()));
    }
    return texts;
  }
}
