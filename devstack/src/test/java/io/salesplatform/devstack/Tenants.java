package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesplatform.tenant.config.TenantRole;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Subscribes test companies the way the operator does, and signs their people in. */
final class Tenants {

  static final String PASSWORD = "Passw0rd-for-tests";

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

  /** Signs in a person whose account the platform made: their access token. */
  String signIn(String userId, String username) throws IOException {
    stack.identity().setPassword(Realms.SALES, userId, PASSWORD);
    return api.token(Realms.SALES, username, PASSWORD);
  }

  /**
   * A custom role {@code name} of tenant {@code slug} granting {@code settings.read}, held by a
   * person added for it, so that the role exists and cannot be deleted: its name.
   */
  String customRoleHeldBySomeone(String slug, String adminToken, String name) throws IOException {
    PlatformApi.Answer role =
        api.post(
            "/api/t/" + slug + "/roles",
            adminToken,
            Map.of("name", name, "permissions", List.of("settings.read")));
    assertThat(role.status()).as(role.raw().body()).isEqualTo(201);
    PlatformApi.Answer holder =
        api.post(
            "/api/t/" + slug + "/users",
            adminToken,
            Map.of(
                "email",
                name + "-holder@" + slug + ".example",
                "name",
                "Holder of " + name,
                "roles",
                List.of(name)));
    assertThat(holder.status()).as(holder.raw().body()).isEqualTo(201);
    return name;
  }

  /** Calls an endpoint as a matrix probes it: GET and DELETE bare, other methods with {}. */
  PlatformApi.Answer probe(String method, String path, String token) throws IOException {
    return api.call(
        method, path, token, method.equals("GET") || method.equals("DELETE") ? null : "{}");
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
