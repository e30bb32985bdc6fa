package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.salesplatform.tenant.config.TenantRole;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The isolation matrix: every tenant endpoint the platform publishes in its OpenAPI document,
 * called by tenant B's people in every role against tenant A's addresses and resource ids, answers
 * 404 and never a byte of A's data. Endpoints are discovered, so a new one is covered without
 * anyone remembering to add it.
 */
@ExtendWith(DeployedStack.class)
class CrossTenantIsolationTest {

  private static final String TENANT_PREFIX = "/api/t/{tenant}";

  private final Stack stack;
  private final PlatformApi api;
  private final Tenants tenants;

  CrossTenantIsolationTest(Stack stack) {
    this.stack = stack;
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  /** The victim on one tier, the intruder on the other. */
  @ParameterizedTest
  @EnumSource(Tenants.Tier.class)
  void noTenantEndpointGivesAnotherTenantsPeopleAnything(Tenants.Tier victimTier) throws Exception {
    String a = Tenants.uniqueSlug("victim");
    String adminA = tenants.subscribeAndSignInAdmin(a, victimTier);
    String companyA = "Company " + a;
    String b = Tenants.uniqueSlug("intruder");
    tenants.subscribeAndSignInAdmin(
        b, victimTier == Tenants.Tier.POOLED ? Tenants.Tier.DEDICATED_REALM : Tenants.Tier.POOLED);
    Map<String, String> intruders = peopleInEveryRole(b);

    List<Endpoint> endpoints = tenantEndpoints();
    assertThat(endpoints)
        .extracting(Endpoint::path)
        .contains(TENANT_PREFIX + "/me", TENANT_PREFIX + "/settings", TENANT_PREFIX + "/audit");

    // A's real resource ids, so that each address names something that exists in A
    String clientId =
        api.post(
                "/api/t/" + a + "/clients",
                adminA,
                Map.of("name", "ERP", "roles", List.of("sales-rep")))
            .json()
            .get("clientId")
            .asText();
    if (victimTier == Tenants.Tier.DEDICATED_REALM) {
      assertThat(
              api.put(
                      "/api/t/" + a + "/sign-in/federations/corp",
                      adminA,
                      SignInTest.federation("Corporate sign-in", "secret"))
                  .status())
          .isEqualTo(201);
    }
    // held by one of A's people, so that A's own admin probing DELETE does not remove it
    String role = tenants.customRoleHeldBySomeone(a, adminA, "key-accounts");
    Map<String, String> ids =
        tenants.withSalesIds(
            a,
            adminA,
            Map.of(
                "{tenant}",
                a,
                "{id}",
                api.get("/api/t/" + a + "/me", adminA).json().at("/user/id").asText(),
                "{number}",
                "1",
                "{clientId}",
                clientId,
                "{alias}",
                "corp",
                "{extensionPoint}",
                "pricing",
                "{role}",
                role));

    // removals last: A's admin probing a DELETE really removes what the other probes name
    endpoints.sort(java.util.Comparator.comparing(e -> e.method().equals("DELETE")));
    List<String> leaks = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      String path = endpoint.path();
      for (Map.Entry<String, String> id : ids.entrySet()) {
        path = path.replace(id.getKey(), id.getValue());
      }
      assertThat(path).as("a path parameter the matrix has no id of A for").doesNotContain("{");
      // A's own admin reaches the same address, so the matrix probes something real
      PlatformApi.Answer own = tenants.probe(endpoint.method(), path, adminA);
      assertThat(own.status()).as("A's admin on " + endpoint).isNotIn(404, 401);
      for (Map.Entry<String, String> intruder : intruders.entrySet()) {
        PlatformApi.Answer answer = tenants.probe(endpoint.method(), path, intruder.getValue());
        if (answer.status() != 404 || answer.raw().body().contains(companyA)) {
          leaks.add(
              endpoint
                  + " as "
                  + intruder.getKey()
                  + " of "
                  + b
                  + ": "
                  + answer.status()
                  + " "
                  + answer.raw().body());
        }
      }
    }
    assertThat(leaks).as("answers to another tenant's people").isEmpty();
  }

  @Test
  void noPlatformEndpointServesATenantsPeople() throws Exception {
    String b = Tenants.uniqueSlug("climber");
    tenants.subscribeAndSignInAdmin(b);
    Map<String, String> people = peopleInEveryRole(b);

    List<String> leaks = new ArrayList<>();
    for (Endpoint endpoint : endpoints(p -> p.startsWith("/api/platform/"))) {
      String path = endpoint.path().replace("{slug}", "demo").replaceAll("\\{[^}]+}", "1");
      for (Map.Entry<String, String> person : people.entrySet()) {
        PlatformApi.Answer answer = tenants.probe(endpoint.method(), path, person.getValue());
        if (answer.status() != 403) {
          leaks.add(endpoint + " as " + person.getKey() + ": " + answer.status());
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  /** Tokens of tenant {@code slug}'s people, one per standard role. */
  private Map<String, String> peopleInEveryRole(String slug) throws Exception {
    Map<String, String> tokens = new LinkedHashMap<>();
    for (TenantRole role : TenantRole.values()) {
      tokens.put(role.id(), tenants.signInWithRole(slug, role));
    }
    return tokens;
  }

  private List<Endpoint> tenantEndpoints() throws Exception {
    return endpoints(p -> p.startsWith(TENANT_PREFIX));
  }

  private List<Endpoint> endpoints(java.util.function.Predicate<String> which) throws Exception {
    JsonNode document =
        api.send(
                HttpRequest.newBuilder(URI.create(stack.settings().platformUrl() + "/openapi"))
                    .header("Accept", "application/json"))
            .json();
    List<Endpoint> endpoints = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      if (!which.test(path.getKey())) {
        continue;
      }
      path.getValue()
          .fieldNames()
          .forEachRemaining(
              method -> {
                if (List.of("get", "put", "post", "patch", "delete").contains(method)) {
                  endpoints.add(new Endpoint(method.toUpperCase(), path.getKey()));
                }
              });
    }
    return endpoints;
  }

  /** One published operation. */
  record Endpoint(String method, String path) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }
}
