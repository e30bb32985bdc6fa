package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.salesplatform.tenant.config.TenantRole;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Teams through the API with real roles: sales managers form and change them, everyone in sales
 * reads them, and the team filter narrows customers, overdue visits and the pipeline to a team's
 * manager and members, always within the caller's own reach (ADR 24).
 */
@ExtendWith(DeployedStack.class)
class TeamsTest {

  private final Stack stack;
  private final PlatformApi api;
  private final Tenants tenants;

  private String slug;
  private String base;
  private String admin;
  private String manager;
  private String managerId;
  private String rep;
  private String repId;
  private String otherRep;
  private String otherRepId;

  TeamsTest(Stack stack) {
    this.stack = stack;
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @BeforeEach
  void company() throws IOException {
    slug = Tenants.uniqueSlug("teams");
    admin = tenants.subscribeAndSignInAdmin(slug);
    base = "/api/t/" + slug;
    manager = tenants.signInWithRole(slug, TenantRole.SALES_MANAGER);
    managerId = api.get(base + "/me", manager).json().at("/user/id").asText();
    rep = tenants.signInWithRole(slug, TenantRole.SALES_REP);
    repId = api.get(base + "/me", rep).json().at("/user/id").asText();
    String email = "olga@" + slug + ".example";
    PlatformApi.Answer added =
        api.post(
            base + "/users",
            admin,
            Map.of("email", email, "name", "Olga Other", "roles", List.of("sales-rep")));
    assertThat(added.status()).as(added.raw().body()).isEqualTo(201);
    otherRepId = added.json().get("id").asText();
    otherRep = tenants.signIn(slug, otherRepId, email);
  }

  @Test
  void managersFormTeamsThatEveryoneInSalesReadsButOnlyManagersChange() throws Exception {
    PlatformApi.Answer created =
        api.call(
            "POST",
            base + "/teams",
            manager,
            "application/json",
            team("North", managerId, repId),
            Map.of("Idempotency-Key", "north-1"));

    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    String id = created.json().get("id").asText();
    assertThat(created.header("Location")).endsWith("/teams/" + id);
    assertThat(created.header("ETag")).isEqualTo("\"" + created.json().get("version") + "\"");
    assertThat(created.json().at("/manager/id").asText()).isEqualTo(managerId);
    assertThat(created.json().get("members").findValuesAsText("id")).containsExactly(repId);
    PlatformApi.Answer replayed =
        api.call(
            "POST",
            base + "/teams",
            manager,
            "application/json",
            team("North", managerId, repId),
            Map.of("Idempotency-Key", "north-1"));
    assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(replayed.json().get("id").asText()).isEqualTo(id);
    assertThat(replayed.header("ETag")).isEqualTo(created.header("ETag"));
    assertThat(api.get(base + "/teams", manager).json().get("total").asInt()).isEqualTo(1);

    assertThat(api.get(base + "/teams/" + id, rep).status()).isEqualTo(200);
    assertThat(api.post(base + "/teams", rep, team("Rogue", repId)).status()).isEqualTo(403);
    PlatformApi.Answer taken = api.post(base + "/teams", manager, team("north", managerId));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.json().get("type").asText()).endsWith("team-name-taken");

    PlatformApi.Answer invalid =
        api.post(base + "/teams", manager, "{\"name\":\"\",\"memberIds\":[\"nobody\"]}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("name", "managerId", "memberIds[0]");
    assertThat(api.get(base + "/teams", manager).json().get("total").asInt()).isEqualTo(1);

    // a person may be in several teams
    PlatformApi.Answer key =
        api.post(base + "/teams", manager, team("Key accounts", managerId, repId, otherRepId));
    assertThat(key.status()).as(key.raw().body()).isEqualTo(201);
    assertThat(names(api.get(base + "/teams?person=" + repId, rep), "name"))
        .containsExactly("Key accounts", "North");
    assertThat(names(api.get(base + "/teams?person=" + otherRepId, rep), "name"))
        .containsExactly("Key accounts");

    PlatformApi.Answer stale =
        api.call(
            "PUT",
            base + "/teams/" + id,
            manager,
            "application/json",
            team("North", managerId, repId, otherRepId),
            Map.of("If-Match", "\"99\""));
    assertThat(stale.status()).isEqualTo(409);
    PlatformApi.Answer changed =
        api.call(
            "PUT",
            base + "/teams/" + id,
            manager,
            "application/json",
            team("North-east", managerId, repId, otherRepId),
            Map.of("If-Match", created.header("ETag")));
    assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
    assertThat(changed.json().get("members").findValuesAsText("id"))
        .containsExactly(repId, otherRepId);

    assertThat(api.call("DELETE", base + "/teams/" + id, manager, null).status()).isEqualTo(400);
    PlatformApi.Answer dissolved =
        api.call(
            "DELETE",
            base + "/teams/" + id,
            manager,
            null,
            null,
            Map.of("If-Match", changed.header("ETag")));
    assertThat(dissolved.status()).isEqualTo(204);
    assertThat(api.get(base + "/teams/" + id, manager).status()).isEqualTo(404);

    JsonNode trail = api.get(base + "/audit?action=team.update", admin).json();
    assertThat(trail.get("total").asInt()).isEqualTo(1);
    assertThat(api.get(base + "/audit?action=team.delete", admin).json().get("total").asInt())
        .isEqualTo(1);
  }

  @Test
  void theTeamFilterNarrowsCustomersVisitsAndThePipelineToTheTeamsPeople() throws Exception {
    String north =
        api.post(base + "/teams", manager, team("North", managerId, repId))
            .json()
            .get("id")
            .asText();
    String ours = customer(rep, "Initech");
    String theirs = customer(otherRep, "Globex");
    opportunity(rep, ours, "CRM for Initech");
    opportunity(otherRep, theirs, "CRM for Globex");
    overdueVisit(ours);
    overdueVisit(theirs);

    assertThat(names(api.get(base + "/customers?team=" + north, manager), "name"))
        .containsExactly("Initech");
    assertThat(names(api.get(base + "/customers", manager), "name"))
        .containsExactly("Globex", "Initech");
    assertThat(names(api.get(base + "/visits/overdue?team=" + north, manager), "customerName"))
        .containsExactly("Initech");
    assertThat(api.get(base + "/visits/overdue", manager).json().get("total").asInt()).isEqualTo(2);
    assertThat(names(api.get(base + "/opportunities?team=" + north, manager), "title"))
        .containsExactly("CRM for Initech");
    JsonNode board = api.get(base + "/opportunities/board?team=" + north, manager).json();
    assertThat(board.at("/stages/0/count").asInt()).isEqualTo(1);
    assertThat(api.get(base + "/opportunities/overdue?team=" + north, manager).status())
        .isEqualTo(200);

    // a team is a view, never a widening: a rep outside it still sees only their own
    assertThat(api.get(base + "/customers?team=" + north, otherRep).json().get("total").asInt())
        .isZero();
    assertThat(api.get(base + "/opportunities?team=" + north, otherRep).json().get("total").asInt())
        .isZero();

    PlatformApi.Answer unknown =
        api.get(base + "/customers?team=00000000-0000-0000-0000-000000000000", manager);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("errors").findValuesAsText("field")).containsExactly("team");
    assertThat(api.get(base + "/opportunities/board?team=north", manager).status()).isEqualTo(400);
  }

  private static String team(String name, String managerId, String... memberIds) {
    StringBuilder members = new StringBuilder();
    for (String member : memberIds) {
      members.append(members.length() == 0 ? "" : ",").append('"').append(member).append('"');
    }
    return "{\"name\":\""
        + name
        + "\",\"managerId\":\""
        + managerId
        + "\",\"memberIds\":["
        + members
        + "]}";
  }

  private String customer(String token, String name) throws IOException {
    PlatformApi.Answer created =
        api.post(base + "/customers", token, Map.of("name", name, "channel", "web"));
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    return created.json().get("id").asText();
  }

  private void opportunity(String token, String customerId, String title) throws IOException {
    PlatformApi.Answer created =
        api.post(
            base + "/opportunities",
            token,
            Map.of("customerId", customerId, "title", title, "amount", "1000.00"));
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
  }

  private void overdueVisit(String customerId) throws SQLException {
    try (Connection superuser = DriverManager.getConnection(stack.databaseUrl(), "postgres", "");
        PreparedStatement update =
            superuser.prepareStatement(
                "update customer_visit set planned_for = ? where customer_id = ?::uuid"
                    + " and visited_on is null")) {
      update.setObject(1, LocalDate.now().minusDays(10));
      update.setString(2, customerId);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  private static List<String> names(PlatformApi.Answer answer, String field) {
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    answer.json().get("items").forEach(item -> names.add(item.get(field).asText()));
    names.sort(null);
    return names;
  }
}
