package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.salesplatform.tenant.config.TenantRole;
import java.util.ArrayList;
import java.util.HashMap;
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

  private final Stack stack;
  private final PlatformApi api;
  private final Tenants tenants;

  AuthorizationMatrixTest(Stack stack) {
    this.stack = stack;
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
    String role = tenants.customRoleHeldBySomeone(slug, admin, "key-accounts");
    Map<String, String> ids =
        tenants.withSalesIds(
            slug,
            admin,
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
                "corp",
                "{extensionPoint}",
                "pricing",
                "{role}",
                role));

    Map<String, Set<String>> granted = new HashMap<>();
    for (JsonNode listed : api.get("/api/t/" + slug + "/roles", admin).json()) {
      if (listed.get("standard").asBoolean()) {
        Set<String> permissions = new HashSet<>();
        listed.get("permissions").forEach(p -> permissions.add(p.asText()));
        granted.put(listed.get("id").asText(), permissions);
      }
    }
    assertThat(granted.keySet()).containsExactlyInAnyOrderElementsOf(TenantRole.ids());

    AccessMatrix matrix = new AccessMatrix(stack);
    List<String> wrong = new ArrayList<>();
    for (TenantRole standard : TenantRole.values()) {
      String token = tenants.signInWithRole(slug, standard);
      wrong.addAll(matrix.mismatches(standard.id(), token, granted.get(standard.id()), ids));
    }
    assertThat(wrong).isEmpty();
  }
}
