package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.salesplatform.tenant.config.TenantRole;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorization matrix: each standard role against each tenant endpoint gets exactly what the
 * role × permission matrix says — 403 where the role lacks the endpoint's permission, and never 403
 * where it has it. Endpoints and their permissions come from the platform's own endpoint catalog,
 * the roles' permissions from its roles endpoint.
 */
@ExtendWith(DeployedStack.class)
class AuthorizationMatrixTest {

  private final PlatformApi api;
  private final Tenants tenants;

  AuthorizationMatrixTest(Stack stack) {
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @Test
  void everyRoleGetsExactlyWhatItsPermissionsAllow() throws Exception {
    String slug = Tenants.uniqueSlug("matrix");
    String admin = tenants.subscribeAndSignInAdmin(slug);
    String adminId = api.get("/api/t/" + slug + "/me", admin).json().at("/user/id").asText();
    String clientId =
        api.post(
                "/api/t/" + slug + "/clients",
                admin,
                Map.of("name", "ERP", "roles", List.of("sales-rep")))
            .json()
            .get("clientId")
            .asText();
    Map<String, String> ids =
        Map.of(
            "{tenant}",
            slug,
            "{id}",
            adminId,
            "{number}",
            "1",
            "{clientId}",
            clientId,
            "{alias}",
            "corp");

    Map<String, Set<String>> granted = new java.util.HashMap<>();
    for (JsonNode role : api.get("/api/t/" + slug + "/roles", admin).json()) {
      Set<String> permissions = new HashSet<>();
      role.get("permissions").forEach(p -> permissions.add(p.asText()));
      granted.put(role.get("id").asText(), permissions);
    }
    assertThat(granted.keySet()).hasSize(TenantRole.values().length);

    JsonNode catalog = api.get("/api/platform/endpoints", tenants.operatorToken()).json();
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (TenantRole role : TenantRole.values()) {
      String token = tenants.signInWithRole(slug, role);
      for (JsonNode endpoint : catalog) {
        String path = endpoint.get("path").asText();
        if (!path.startsWith("/api/t/{tenant}")) {
          continue;
        }
        for (Map.Entry<String, String> id : ids.entrySet()) {
          path = path.replace(id.getKey(), id.getValue());
        }
        assertThat(path).as("a path parameter the matrix has no id for").doesNotContain("{");
        String access = endpoint.get("access").asText();
        boolean allowed =
            access.equals("SIGNED_IN")
                || (access.equals("PERMISSION")
                    && granted.get(role.id()).contains(endpoint.get("requires").get(0).asText()));
        int status = tenants.probe(endpoint.get("method").asText(), path, token).status();
        checked++;
        if (allowed == (status == 403)) {
          wrong.add(
              role.id()
                  + " "
                  + endpoint.get("method").asText()
                  + " "
                  + path
                  + " -> "
                  + status
                  + " (expected "
                  + (allowed ? "not 403" : "403")
                  + ")");
        }
      }
    }
    assertThat(checked).isGreaterThan(TenantRole.values().length * 10);
    assertThat(wrong).isEmpty();
  }
}
