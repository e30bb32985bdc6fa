package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.salesplatform.tenant.config.TenantRole;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;

/** Subscribes test companies the way the operator does, and signs their people in. */
final class Tenants {

  static final String PASSWORD = "Passw0rd-for-tests";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Stack stack;
  private final PlatformApi api;

  Tenants(Stack stack) {
    this.stack = stack;
    this.api = stack.api();
  }

  String operatorToken() throws IOException {
    return api.token(Realms.PLATFORM, "operator", "operator");
  }

  /** A slug no other test uses. */
  static String uniqueSlug(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static Map<String, Object> subscription(String slug) {
    return Map.of(
        "slug", slug,
        "name", "Company " + slug,
        "adminEmail", "admin@" + slug + ".example",
        "adminName", "Admin of " + slug);
  }

  /** A person holding {@code role} in tenant {@code slug}, signed in: their access token. */
  String signInWithRole(String slug, TenantRole role) throws IOException {
    String username = role.id() + "-of-" + slug;
    IdentityAdmin identity = stack.identity();
    String id =
        identity.ensurePerson(
            Realms.SALES, username, username + "@" + slug + ".example", "Pat", role.id(), PASSWORD);
    identity.grant(Realms.SALES, slug, id, role);
    return api.token(Realms.SALES, username, PASSWORD);
  }

  /** Calls an endpoint as a matrix probes it: GET and DELETE bare, other methods with {}. */
  PlatformApi.Answer probe(String method, String path, String token) throws IOException {
    return api.call(
        method, path, token, method.equals("GET") || method.equals("DELETE") ? null : "{}");
  }

  /** Changes the company's currency as its admin does, making a settings revision. */
  void changeCurrency(String slug, String admin, String currency) throws IOException {
    JsonNode current = api.get("/api/t/" + slug + "/settings", admin).json();
    ObjectNode body = JSON.createObjectNode();
    body.put("basedOn", current.get("revision").asInt());
    body.put("reason", "Invoices in " + currency);
    ObjectNode settings = current.get("settings").deepCopy();
    settings.put("currency", currency);
    body.set("settings", settings);
    PlatformApi.Answer answer =
        api.put("/api/t/" + slug + "/settings", admin, JSON.writeValueAsString(body));
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
  }

  /** Subscribes a company and returns its admin's access token. */
  String subscribeAndSignInAdmin(String slug) throws IOException {
    PlatformApi.Answer answer =
        api.post("/api/platform/tenants", operatorToken(), subscription(slug));
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(201);
    String username = answer.json().at("/admin/username").asText();
    stack
        .identity()
        .setPassword(Realms.SALES, stack.identity().userId(Realms.SALES, username), PASSWORD);
    return api.token(Realms.SALES, username, PASSWORD);
  }
}
