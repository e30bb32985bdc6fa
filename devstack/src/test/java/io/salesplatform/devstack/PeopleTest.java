package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A tenant admin manages the company's people through the platform: adds them with roles, finds
 * them, changes their roles, deactivates and reactivates them; the company never loses its last
 * admin, and one person can hold different roles in two companies.
 */
@ExtendWith(DeployedStack.class)
class PeopleTest {

  private final PlatformApi api;
  private final Tenants tenants;

  PeopleTest(Stack stack) {
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @ParameterizedTest
  @EnumSource(Tenants.Tier.class)
  void anAdminAddsFindsChangesDeactivatesAndReactivatesAPerson(Tenants.Tier tier) throws Exception {
    String slug = Tenants.uniqueSlug("staffed");
    String admin = tenants.subscribeAndSignInAdmin(slug, tier);
    String users = "/api/t/" + slug + "/users";

    PlatformApi.Answer added =
        api.post(
            users,
            admin,
            Map.of(
                "email",
                "rita@" + slug + ".example",
                "name",
                "Rita Rep",
                "roles",
                List.of("sales-rep")));

    assertThat(added.status()).as(added.raw().body()).isEqualTo(201);
    String id = added.json().get("id").asText();
    assertThat(added.header("Location")).endsWith(users + "/" + id);
    assertThat(roles(added.json())).containsExactly("sales-rep");
    String password = added.json().get("initialPassword").asText();
    assertThat(password).isNotBlank();
    String rita = signIn(slug, id, "rita@" + slug + ".example");
    assertThat(roles(api.get("/api/t/" + slug + "/me", rita).json())).containsExactly("sales-rep");

    JsonNode found = api.get(users + "?search=rita", admin).json();
    assertThat(found.get("items").findValuesAsText("username"))
        .containsExactly("rita@" + slug + ".example");
    assertThat(api.get(users, admin).json().get("total").asInt()).isEqualTo(2);

    PlatformApi.Answer changed =
        api.put(
            users + "/" + id + "/roles", admin, "{\"roles\":[\"sales-manager\",\"marketing\"]}");
    assertThat(changed.status()).isEqualTo(200);
    assertThat(roles(changed.json())).containsExactlyInAnyOrder("sales-manager", "marketing");
    assertThat(
            roles(
                api.get("/api/t/" + slug + "/me", signIn(slug, id, "rita@" + slug + ".example"))
                    .json()))
        .containsExactlyInAnyOrder("sales-manager", "marketing");

    PlatformApi.Answer deactivated = api.post(users + "/" + id + "/deactivate", admin, "");
    assertThat(deactivated.json().get("active").asBoolean()).isFalse();
    assertThat(roles(deactivated.json())).isEmpty();
    assertThat(
            api.get("/api/t/" + slug + "/me", signIn(slug, id, "rita@" + slug + ".example"))
                .status())
        .isEqualTo(404);

    PlatformApi.Answer reactivated = api.post(users + "/" + id + "/reactivate", admin, "");
    assertThat(reactivated.json().get("active").asBoolean()).isTrue();
    assertThat(roles(reactivated.json())).containsExactlyInAnyOrder("sales-manager", "marketing");
    assertThat(
            api.get("/api/t/" + slug + "/audit?actor=", admin)
                .json()
                .get("items")
                .findValuesAsText("action"))
        .contains("person.add", "person.roles", "person.deactivate", "person.reactivate");
  }

  @Test
  void aCompanyKeepsItsLastAdminAndRolesMustExist() throws Exception {
    String slug = Tenants.uniqueSlug("solo");
    String admin = tenants.subscribeAndSignInAdmin(slug);
    String users = "/api/t/" + slug + "/users";
    String adminId = api.get("/api/t/" + slug + "/me", admin).json().at("/user/id").asText();

    assertThat(
            api.put(users + "/" + adminId + "/roles", admin, "{\"roles\":[\"sales-rep\"]}")
                .status())
        .isEqualTo(409);
    assertThat(api.post(users + "/" + adminId + "/deactivate", admin, "").status()).isEqualTo(409);
    PlatformApi.Answer unknownRole =
        api.post(
            users,
            admin,
            Map.of("email", "x@" + slug + ".example", "name", "X", "roles", List.of("emperor")));
    assertThat(unknownRole.status()).isEqualTo(400);
    assertThat(unknownRole.json().get("errors").findValuesAsText("field"))
        .containsExactly("roles[0]");
    assertThat(
            api.post(users, admin, Map.of("email", "nope", "name", " ", "roles", List.of()))
                .json()
                .get("errors")
                .findValuesAsText("field"))
        .contains("email", "name", "roles");
  }

  @Test
  void onePersonWorksForTwoCompaniesInDifferentRoles() throws Exception {
    String a = Tenants.uniqueSlug("client-a");
    String b = Tenants.uniqueSlug("client-b");
    String adminA = tenants.subscribeAndSignInAdmin(a);
    String adminB = tenants.subscribeAndSignInAdmin(b);
    String email = "casey@" + a + ".consulting.example";

    PlatformApi.Answer inA =
        api.post(
            "/api/t/" + a + "/users",
            adminA,
            Map.of("email", email, "name", "Casey Consultant", "roles", List.of("sales-rep")));
    PlatformApi.Answer inB =
        api.post(
            "/api/t/" + b + "/users",
            adminB,
            Map.of("email", email, "name", "Casey Consultant", "roles", List.of("inspector")));

    assertThat(inB.json().get("id").asText()).isEqualTo(inA.json().get("id").asText());
    assertThat(inB.json().has("initialPassword")).isFalse();
    String casey = signIn(a, inA.json().get("id").asText(), email);
    assertThat(roles(api.get("/api/t/" + a + "/me", casey).json())).containsExactly("sales-rep");
    assertThat(roles(api.get("/api/t/" + b + "/me", casey).json())).containsExactly("inspector");
    // neither admin sees into the other's company through the person they share
    assertThat(api.get("/api/t/" + b + "/users/" + inA.json().get("id").asText(), adminA).status())
        .isEqualTo(404);
    assertThat(api.get("/api/t/" + a + "/users", casey).status()).isEqualTo(403);
  }

  private String signIn(String slug, String id, String username) throws Exception {
    return tenants.signIn(slug, id, username);
  }

  private static List<String> roles(JsonNode node) {
    List<String> roles = new ArrayList<>();
    node.get("roles").forEach(r -> roles.add(r.asText()));
    return roles;
  }
}
