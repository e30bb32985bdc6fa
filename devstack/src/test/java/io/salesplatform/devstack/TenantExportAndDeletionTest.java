package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salesplatform.tenant.config.IdentityLayout;
import io.salesplatform.tenant.config.TenantRole;
import jakarta.ws.rs.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;

/**
 * The operator exports a company's complete data and then deletes the company for good: the archive
 * holds every tenant table's rows, the people and integration clients, and a trailer whose hash
 * verifies; deletion needs an export taken after the suspension, leaves no row and no identity of
 * the company behind, spares a person who also works for another company, and frees the slug. The
 * database is inspected as its superuser, whom Row-Level Security does not restrict.
 */
@ExtendWith(DeployedStack.class)
class TenantExportAndDeletionTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SUPERUSER = "postgres";

  private final Stack stack;
  private final PlatformApi api;
  private final Tenants tenants;

  TenantExportAndDeletionTest(Stack stack) {
    this.stack = stack;
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @Test
  void anExportedSuspendedCompanyIsDeletedWithAllItOwnedAndNothingElse() throws Exception {
    String slug = Tenants.uniqueSlug("leaving");
    String other = Tenants.uniqueSlug("staying");
    String admin = tenants.subscribeAndSignInAdmin(slug);
    String otherAdmin = tenants.subscribeAndSignInAdmin(other);
    String operator = tenants.operatorToken();
    String adminUsername = "admin@" + slug + ".example";
    tenants.changeCurrency(slug, admin, "EUR");
    String solo = addPerson(slug, admin, "solo@" + slug + ".example", "sales-rep");
    String sharedEmail = "consultant-of-" + slug + "@consulting.example";
    String shared = addPerson(other, otherAdmin, sharedEmail, "inspector");
    assertThat(addPerson(slug, admin, sharedEmail, "sales-rep")).isEqualTo(shared);
    PlatformApi.Answer client =
        api.post(
            "/api/t/" + slug + "/clients",
            admin,
            Map.of("name", "ERP sync", "roles", List.of("sales-rep")));
    assertThat(client.status()).as(client.raw().body()).isEqualTo(201);
    String clientId = client.json().get("clientId").asText();
    String secret = client.json().get("secret").asText();
    PlatformApi.Answer role =
        api.post(
            "/api/t/" + slug + "/roles",
            admin,
            Map.of("name", "key-accounts", "permissions", List.of("settings.read")));
    assertThat(role.status()).as(role.raw().body()).isEqualTo(201);
    PlatformApi.Answer otherRole =
        api.post(
            "/api/t/" + other + "/roles",
            otherAdmin,
            Map.of("name", "key-accounts", "permissions", List.of("audit.read")));
    assertThat(otherRole.status()).as(otherRole.raw().body()).isEqualTo(201);
    // a customer file with a recorded visit, an opportunity and a product, the customer created
    // with an idempotency key: rows of the sales tables (customers, visits, opportunities and
    // their stages, products, idempotency keys, outbox events) in both companies
    for (String[] company : new String[][] {{slug, admin}, {other, otherAdmin}}) {
      PlatformApi.Answer customer =
          api.call(
              "POST",
              "/api/t/" + company[0] + "/customers",
              company[1],
              "application/json",
              JSON.writeValueAsString(Map.of("name", "Initech", "channel", "trade-show")),
              Map.of("Idempotency-Key", "first-customer"));
      assertThat(customer.status()).as(customer.raw().body()).isEqualTo(201);
      PlatformApi.Answer visit =
          api.post(
              customer.header("Location").replaceFirst("^https?://[^/]+", "") + "/visits",
              company[1],
              Map.of("outcome", "Met the buyer"));
      assertThat(visit.status()).as(visit.raw().body()).isEqualTo(201);
      PlatformApi.Answer opportunity =
          api.post(
              "/api/t/" + company[0] + "/opportunities",
              company[1],
              Map.of(
                  "customerId", customer.json().get("id").asText(),
                  "title", "CRM",
                  "amount", "5000.00"));
      assertThat(opportunity.status()).as(opportunity.raw().body()).isEqualTo(201);
      PlatformApi.Answer product =
          api.post(
              "/api/t/" + company[0] + "/products",
              company[1],
              Map.of("sku", "CRM-SEAT", "name", "CRM seat", "listPrice", "990.00"));
      assertThat(product.status()).as(product.raw().body()).isEqualTo(201);
      // rows of the tables of teams and supervision
      tenants.supervisionIds(company[0], company[1]);
      // deals: a credit check, an accepted quote with its version, a contract and a milestone
      tenants.dealIds(
          company[0],
          company[1],
          Map.of(
              "{customerId}", customer.json().get("id").asText(),
              "{opportunityId}", opportunity.json().get("id").asText(),
              "{productId}", product.json().get("id").asText()));
      // after-sales: an issued survey; goals and the appraisal: a goal, a rating, a published run
      // with a result and a comment on it
      PlatformApi.Answer survey =
          api.post(
              "/api/t/" + company[0] + "/surveys",
              company[1],
              Map.of(
                  "customerId",
                  customer.json().get("id").asText(),
                  "contact",
                  Map.of("name", "Peter", "email", "peter@initech.example")));
      assertThat(survey.status()).as(survey.raw().body()).isEqualTo(201);
      tenants.appraisalIds(company[0], company[1]);
      // after-sales tickets: a complaint
      tenants.ticketId(company[0], company[1], customer.json().get("id").asText());
    }
    String tenantId = tenantId(slug);
    String otherId = tenantId(other);

    PlatformApi.Answer whileActive = delete(slug, operator);
    assertThat(whileActive.status()).isEqualTo(409);
    assertThat(whileActive.contentType()).startsWith("application/problem+json");
    assertThat(whileActive.json().get("detail").asText()).contains("suspended", "export");

    suspend(slug, operator);
    PlatformApi.Answer unexported = delete(slug, operator);
    assertThat(unexported.status()).isEqualTo(409);
    assertThat(unexported.json().get("type").asText()).endsWith("/export-required");
    assertThat(unexported.json().get("detail").asText())
        .contains("never been exported", "/api/platform/tenants/" + slug + "/export");

    PlatformApi.Answer export = api.get("/api/platform/tenants/" + slug + "/export", operator);

    assertThat(export.status()).as(export.raw().body()).isEqualTo(200);
    assertThat(export.contentType()).startsWith("application/x-ndjson");
    assertThat(export.header("Content-Disposition"))
        .startsWith("attachment; filename=\"" + slug + "-")
        .endsWith(".ndjson\"");
    String body = export.raw().body();
    assertThat(body).doesNotContain(secret, otherId, other);
    List<String> lines = List.of(body.split("\n"));
    JsonNode header = JSON.readTree(lines.get(0));
    assertThat(header.get("type").asText()).isEqualTo("archive");
    assertThat(header.get("format").asText()).isEqualTo("sales-platform-tenant-export");
    assertThat(header.get("version").asInt()).isEqualTo(1);
    assertThat(header.at("/tenant/id").asText()).isEqualTo(tenantId);
    assertThat(header.at("/tenant/slug").asText()).isEqualTo(slug);
    assertThat(header.at("/tenant/status").asText()).isEqualTo("SUSPENDED");
    List<String> tenantTables = tenantTables();
    List<String> archivedTables = new ArrayList<>();
    header.get("tables").forEach(t -> archivedTables.add(t.get("name").asText()));
    assertThat(archivedTables)
        .as("every table with a tenant_id column, as the catalogue lists it")
        .containsExactlyElementsOf(tenantTables);

    Map<String, Integer> rowsPerTable = new LinkedHashMap<>();
    Set<String> actions = new TreeSet<>();
    List<JsonNode> people = new ArrayList<>();
    List<JsonNode> clients = new ArrayList<>();
    for (String line : lines.subList(1, lines.size() - 1)) {
      JsonNode node = JSON.readTree(line);
      switch (node.get("type").asText()) {
        case "row" -> {
          String table = node.get("table").asText();
          rowsPerTable.merge(table, 1, Integer::sum);
          assertThat(node.at("/row/tenant_id").asText()).as(line).isEqualTo(tenantId);
          if (table.equals("audit_event")) {
            actions.add(node.at("/row/action").asText());
          }
          if (table.equals("tenant_settings_revision")) {
            assertThat(node.at("/row/settings").isObject()).as("jsonb stays JSON").isTrue();
          }
        }
        case "person" -> people.add(node.get("person"));
        case "client" -> clients.add(node.get("client"));
        default -> throw new AssertionError("unexpected line " + line);
      }
    }
    assertThat(rowsPerTable.keySet())
        .as("rows of every tenant table")
        .containsExactlyInAnyOrderElementsOf(tenantTables);
    assertThat(actions)
        .contains(
            "tenant.subscribe", "settings.change", "person.add", "client.create", "tenant.suspend");
    assertThat(people)
        .extracting(p -> p.get("username").asText())
        .containsExactlyInAnyOrder(
            adminUsername,
            "solo@" + slug + ".example",
            sharedEmail,
            "colleague@" + slug + ".example");
    JsonNode sharedPerson =
        people.stream().filter(p -> p.get("id").asText().equals(shared)).findFirst().orElseThrow();
    assertThat(texts(sharedPerson.get("roles"))).containsExactly("sales-rep");
    assertThat(sharedPerson.get("enabled").asBoolean()).isTrue();
    assertThat(clients).hasSize(1);
    assertThat(clients.get(0).get("clientId").asText()).isEqualTo(clientId);
    assertThat(texts(clients.get(0).get("roles"))).containsExactly("sales-rep");
    assertThat(clients.get(0).has("secret")).isFalse();

    JsonNode trailer = JSON.readTree(lines.get(lines.size() - 1));
    assertThat(trailer.get("type").asText()).isEqualTo("trailer");
    assertThat(trailer.get("lines").asInt()).isEqualTo(lines.size() - 1);
    for (String table : tenantTables) {
      assertThat(trailer.at("/rows/" + table).asInt()).as(table).isEqualTo(rowsPerTable.get(table));
    }
    String hashed = body.substring(0, body.length() - lines.get(lines.size() - 1).length() - 1);
    assertThat(trailer.get("sha256").asText()).isEqualTo(sha256(hashed));

    JsonNode exported = api.get("/api/platform/tenants/" + slug, operator).json();
    assertThat(Instant.parse(exported.get("exportedAt").asText()))
        .isAfter(Instant.parse(exported.get("suspendedAt").asText()));
    assertThat(auditActions(tenantId)).contains("tenant.export");

    PlatformApi.Answer deleted = delete(slug, operator);

    assertThat(deleted.status()).as(deleted.raw().body()).isEqualTo(204);
    for (String table : tenantTables()) {
      assertThat(rowsOf(table, tenantId)).as("rows left in " + table).isZero();
      assertThat(rowsOf(table, otherId)).as("rows of the other company in " + table).isPositive();
    }
    assertThat(rowsWhere("tenant", "id", tenantId)).isZero();
    assertThat(api.get("/api/platform/tenants/" + slug, operator).status()).isEqualTo(404);
    RealmResource realm = stack.identity().keycloak().realm(Realms.SALES);
    assertThat(realm.organizations().search(slug, true, 0, 10)).isEmpty();
    assertThatThrownBy(() -> realm.getGroupByPath(IdentityLayout.tenantGroupPath(slug)))
        .isInstanceOf(NotFoundException.class);
    assertThat(realm.clients().findByClientId(clientId)).isEmpty();
    assertThat(realm.users().searchByUsername(adminUsername, true)).isEmpty();
    assertThat(realm.users().searchByUsername("solo@" + slug + ".example", true)).isEmpty();
    assertThat(realm.users().get(shared).groups(0, 100, false))
        .extracting(GroupRepresentation::getPath)
        .containsExactly(IdentityLayout.roleGroupPath(other, "inspector"));
    assertThat(realm.organizations().members().getOrganizations(shared, true))
        .extracting(OrganizationRepresentation::getName)
        .containsExactly(other);
    stack.identity().setPassword(Realms.SALES, shared, Tenants.PASSWORD);
    String sharedToken = api.token(Realms.SALES, sharedEmail, Tenants.PASSWORD);
    assertThat(texts(api.get("/api/t/" + other + "/me", sharedToken).json().get("roles")))
        .containsExactly("inspector");
    assertThat(api.get("/api/t/" + other + "/settings", otherAdmin).status()).isEqualTo(200);

    PlatformApi.Answer again =
        api.post("/api/platform/tenants", operator, Tenants.subscription(slug));
    assertThat(again.status()).as("the slug is free again: " + again.raw().body()).isEqualTo(201);
  }

  @Test
  void aCompanyWithItsOwnRealmIsExportedAndDeletedWithItsRealm() throws Exception {
    String slug = Tenants.uniqueSlug("ownrealm");
    String admin = tenants.subscribeAndSignInAdmin(slug, Tenants.Tier.DEDICATED_REALM);
    String realm = Tenants.realmOf(slug);
    String operator = tenants.operatorToken();
    addPerson(slug, admin, "rep@" + slug + ".example", "sales-rep");
    String tenantId = tenantId(slug);
    suspend(slug, operator);

    PlatformApi.Answer export = api.get("/api/platform/tenants/" + slug + "/export", operator);
    assertThat(export.status()).as(export.raw().body()).isEqualTo(200);
    List<JsonNode> people = new ArrayList<>();
    for (String line : export.raw().body().split("\n")) {
      JsonNode node = JSON.readTree(line);
      if (node.get("type").asText().equals("person")) {
        people.add(node);
      }
    }
    assertThat(people)
        .extracting(p -> p.at("/person/username").asText())
        .contains("rep@" + slug + ".example", "admin@" + slug + ".example");

    PlatformApi.Answer deleted = delete(slug, operator);

    assertThat(deleted.status()).as(deleted.raw().body()).isEqualTo(204);
    for (String table : tenantTables()) {
      assertThat(rowsOf(table, tenantId)).as("rows left in " + table).isZero();
    }
    assertThat(stack.identity().keycloak().realms().findAll())
        .extracting(r -> r.getRealm())
        .doesNotContain(realm);
    assertThat(api.get("/api/platform/tenants/" + slug, operator).status()).isEqualTo(404);
  }

  @Test
  void aDeletionStoppedHalfWayIsFinishedByRepeatingIt() throws Exception {
    String slug = Tenants.uniqueSlug("stalled");
    String admin = tenants.subscribeAndSignInAdmin(slug);
    String operator = tenants.operatorToken();
    String tenantId = tenantId(slug);
    suspend(slug, operator);
    assertThat(api.get("/api/platform/tenants/" + slug + "/export", operator).status())
        .isEqualTo(200);
    // the database refuses to let go of the company's people, as a failing step would
    try (Connection superuser = superuser();
        Statement sql = superuser.createStatement()) {
      sql.execute(
          "create function hold_member() returns trigger language plpgsql as"
              + " $$ begin raise exception 'member rows held'; end $$");
      sql.execute(
          "create trigger hold_member before delete on tenant_member for each row when"
              + " (old.tenant_id = '"
              + tenantId
              + "') execute function hold_member()");
    }
    PlatformApi.Answer stalled;
    try {
      stalled = delete(slug, operator);
    } finally {
      try (Connection superuser = superuser();
          Statement sql = superuser.createStatement()) {
        sql.execute("drop trigger hold_member on tenant_member");
        sql.execute("drop function hold_member()");
      }
    }

    assertThat(stalled.status()).as(stalled.raw().body()).isEqualTo(503);
    assertThat(stalled.json().get("type").asText()).endsWith("/deletion-incomplete");
    assertThat(stalled.json().get("detail").asText()).contains("member rows held", "repeat");
    JsonNode half = api.get("/api/platform/tenants/" + slug, operator).json();
    assertThat(half.get("status").asText()).isEqualTo("DELETING");
    assertThat(half.get("deletionError").asText()).contains("member rows held");
    assertThat(rowsOf("tenant_member", tenantId)).isPositive();
    assertThat(api.get("/api/t/" + slug + "/me", admin).status()).isIn(401, 404);
    assertThat(api.get("/api/platform/tenants/" + slug + "/export", operator).status())
        .isEqualTo(409);

    PlatformApi.Answer finished = delete(slug, operator);

    assertThat(finished.status()).as(finished.raw().body()).isEqualTo(204);
    for (String table : tenantTables()) {
      assertThat(rowsOf(table, tenantId)).as("rows left in " + table).isZero();
    }
    assertThat(api.get("/api/platform/tenants/" + slug, operator).status()).isEqualTo(404);
  }

  @Test
  void onlyTheOperatorExportsOrDeletesAndOnlyCompaniesThatExist() throws Exception {
    String slug = Tenants.uniqueSlug("guarded");
    String admin = tenants.subscribeAndSignInAdmin(slug);
    String operator = tenants.operatorToken();

    assertThat(api.get("/api/platform/tenants/no-such-company/export", operator).status())
        .isEqualTo(404);
    assertThat(delete("no-such-company", operator).status()).isEqualTo(404);
    assertThat(api.get("/api/platform/tenants/" + slug + "/export", admin).status()).isEqualTo(403);
    assertThat(delete(slug, admin).status()).isEqualTo(403);
    String rep = tenants.signInWithRole(slug, TenantRole.SALES_REP);
    assertThat(api.get("/api/platform/tenants/" + slug + "/export", rep).status()).isEqualTo(403);

    // an active company is exported too, but that export does not let it be deleted
    PlatformApi.Answer active = api.get("/api/platform/tenants/" + slug + "/export", operator);
    assertThat(active.status()).isEqualTo(200);
    assertThat(JSON.readTree(active.raw().body().split("\n")[0]).at("/tenant/status").asText())
        .isEqualTo("ACTIVE");
    suspend(slug, operator);
    PlatformApi.Answer refused = delete(slug, operator);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("detail").asText()).contains("before that");
    assertThat(api.get("/api/t/" + slug + "/me", admin).status()).isEqualTo(403);
  }

  private PlatformApi.Answer delete(String slug, String token) throws Exception {
    return api.call("DELETE", "/api/platform/tenants/" + slug, token, null);
  }

  private void suspend(String slug, String operator) throws Exception {
    PlatformApi.Answer answer =
        api.post(
            "/api/platform/tenants/" + slug + "/suspend",
            operator,
            "{\"reason\":\"Contract ended\"}");
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
  }

  private String addPerson(String slug, String admin, String email, String role) throws Exception {
    PlatformApi.Answer answer =
        api.post(
            "/api/t/" + slug + "/users",
            admin,
            Map.of("email", email, "name", "Pat Person", "roles", List.of(role)));
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(201);
    return answer.json().get("id").asText();
  }

  /** Every table with a {@code tenant_id} column, from the catalogue, in name order. */
  private List<String> tenantTables() throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection superuser = superuser();
        Statement sql = superuser.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "select c.relname from pg_class c join pg_attribute a on a.attrelid = c.oid"
                    + " where a.attname = 'tenant_id' and c.relkind in ('r', 'p')"
                    + " and c.relnamespace = 'public'::regnamespace order by c.relname")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    assertThat(tables).contains("tenant_member", "audit_event", "tenant_settings_revision");
    return tables;
  }

  private long rowsOf(String table, String tenantId) throws SQLException {
    return rowsWhere(table, "tenant_id", tenantId);
  }

  private long rowsWhere(String table, String column, String tenantId) throws SQLException {
    try (Connection superuser = superuser();
        PreparedStatement count =
            superuser.prepareStatement(
                "select count(*) from \"" + table + "\" where \"" + column + "\" = ?::uuid")) {
      count.setString(1, tenantId);
      try (ResultSet result = count.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  private Set<String> auditActions(String tenantId) throws SQLException {
    Set<String> actions = new TreeSet<>();
    try (Connection superuser = superuser();
        PreparedStatement query =
            superuser.prepareStatement(
                "select action from audit_event where tenant_id = ?::uuid order by seq")) {
      query.setString(1, tenantId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          actions.add(rows.getString(1));
        }
      }
    }
    return actions;
  }

  private String tenantId(String slug) throws SQLException {
    try (Connection superuser = superuser();
        PreparedStatement query =
            superuser.prepareStatement("select id from tenant where slug = ?")) {
      query.setString(1, slug);
      try (ResultSet result = query.executeQuery()) {
        assertThat(result.next()).as("registry row of " + slug).isTrue();
        return result.getString(1);
      }
    }
  }

  /** The embedded server's superuser (local trust authentication), whom RLS does not bind. */
  private Connection superuser() throws SQLException {
    return DriverManager.getConnection(stack.databaseUrl(), SUPERUSER, "");
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(t -> texts.add(t.asText()));
    return texts;
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
