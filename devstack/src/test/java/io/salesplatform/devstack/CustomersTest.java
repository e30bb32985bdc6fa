package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.salesplatform.tenant.config.TenantRole;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Customer files and follow-up visits through the API with real roles: a rep keeps their own
 * customers and nobody else's, a manager all of them; changes need the current version, creations
 * may be retried with an idempotency key, visits are planned at the company's interval, and CSV
 * files are imported whole or not at all.
 */
@ExtendWith(DeployedStack.class)
class CustomersTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Stack stack;
  private final PlatformApi api;
  private final Tenants tenants;

  private String slug;
  private String admin;
  private String rep;
  private String repId;
  private String otherRep;
  private String otherRepId;
  private String manager;
  private String base;

  CustomersTest(Stack stack) {
    this.stack = stack;
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @BeforeEach
  void company() throws IOException {
    slug = Tenants.uniqueSlug("customers");
    admin = tenants.subscribeAndSignInAdmin(slug);
    base = "/api/t/" + slug;
    rep = tenants.signInWithRole(slug, TenantRole.SALES_REP);
    repId = api.get(base + "/me", rep).json().at("/user/id").asText();
    manager = tenants.signInWithRole(slug, TenantRole.SALES_MANAGER);
    api.get(base + "/me", manager);
    otherRep = api.token(Realms.SALES, rep2(), Tenants.PASSWORD);
    otherRepId = api.get(base + "/me", otherRep).json().at("/user/id").asText();
  }

  /** A second rep of the company, signed in once. */
  private String rep2() throws IOException {
    String username = "second-rep-of-" + slug;
    String id =
        stack
            .identity()
            .ensurePerson(
                Realms.SALES,
                username,
                username + "@" + slug + ".example",
                "Sam",
                "sales-rep",
                Tenants.PASSWORD);
    stack.identity().grant(Realms.SALES, slug, id, TenantRole.SALES_REP);
    return username;
  }

  @Test
  void aRepOpensAFileForThemselvesWithAVisitPlannedAtTheSegmentsInterval() throws Exception {
    PlatformApi.Answer created =
        api.post(
            base + "/customers",
            rep,
            Map.of(
                "name", "Initech",
                "industry", "Software",
                "segment", "strategic",
                "channel", "trade-show",
                "developmentNotes", "Met at CeBIT, wants a demo",
                "needs", "Replace the CRM by Q3",
                "contacts",
                    List.of(
                        Map.of(
                            "name",
                            "Peter Gibbons",
                            "title",
                            "Engineer",
                            "email",
                            "peter@initech.example"))));

    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    JsonNode customer = created.json();
    String id = customer.get("id").asText();
    assertThat(created.header("Location")).endsWith(base + "/customers/" + id);
    assertThat(created.header("ETag")).isEqualTo("\"" + customer.get("version").asText() + "\"");
    assertThat(customer.at("/assignedRep/id").asText()).isEqualTo(repId);
    assertThat(customer.get("channel").asText()).isEqualTo("trade-show");
    assertThat(customer.at("/contacts/0/email").asText()).isEqualTo("peter@initech.example");
    assertThat(customer.get("purchaseHistory")).isEmpty();
    // the default settings visit strategic customers every 30 days
    assertThat(customer.get("nextVisit").asText()).isEqualTo(today().plusDays(30).toString());
    JsonNode visits = api.get(base + "/customers/" + id + "/visits", rep).json();
    assertThat(visits.get("total").asInt()).isEqualTo(1);
    assertThat(visits.at("/items/0/status").asText()).isEqualTo("planned");

    assertThat(outboxEvents(id)).containsExactly("customer.created");
    JsonNode audit = api.get(base + "/audit?action=customer.create", admin).json();
    assertThat(audit.at("/items/0/target").asText()).isEqualTo("customer:" + id);
  }

  @Test
  void aRepReachesOnlyTheirOwnCustomersAndAManagerEveryOne() throws Exception {
    String mine = create(rep, "Mine Ltd", "key", "web").get("id").asText();
    String theirs = create(otherRep, "Theirs Ltd", "key", "web").get("id").asText();

    assertThat(names(api.get(base + "/customers", rep).json())).containsExactly("Mine Ltd");
    assertThat(api.get(base + "/customers/" + theirs, rep).status()).isEqualTo(404);
    assertThat(api.get(base + "/customers/" + theirs + "/visits", rep).status()).isEqualTo(404);
    assertThat(
            api.put(base + "/customers/" + theirs, rep, body("Stolen", "key", "web", 1, null))
                .status())
        .isEqualTo(404);
    assertThat(api.get(base + "/customers/export", rep).raw().body())
        .contains("Mine Ltd")
        .doesNotContain("Theirs Ltd");

    assertThat(names(api.get(base + "/customers", manager).json()))
        .containsExactly("Mine Ltd", "Theirs Ltd");
    assertThat(names(api.get(base + "/customers?rep=" + otherRepId, manager).json()))
        .containsExactly("Theirs Ltd");

    // a rep cannot hand a customer to someone else; a manager can
    PlatformApi.Answer handOver =
        api.put(base + "/customers/" + mine, rep, body("Mine Ltd", "key", "web", 1, otherRepId));
    assertThat(handOver.status()).as(handOver.raw().body()).isEqualTo(403);
    PlatformApi.Answer reassigned =
        api.put(
            base + "/customers/" + mine, manager, body("Mine Ltd", "key", "web", 1, otherRepId));
    assertThat(reassigned.status()).as(reassigned.raw().body()).isEqualTo(200);
    assertThat(api.get(base + "/customers/" + mine, rep).status()).isEqualTo(404);
    assertThat(api.get(base + "/customers/" + mine, otherRep).status()).isEqualTo(200);
    assertThat(
            api.put(base + "/customers/" + mine, manager, body("Mine", "key", "web", 2, "nobody"))
                .json()
                .at("/errors/0/field")
                .asText())
        .isEqualTo("assignedRepId");
  }

  @Test
  void aChangeNeedsTheCurrentVersionAndAStaleOneIsRefused() throws Exception {
    JsonNode customer = create(rep, "Versioned", "standard", "web");
    String path = base + "/customers/" + customer.get("id").asText();
    long version = customer.get("version").asLong();

    PlatformApi.Answer missing = api.put(path, rep, body("Versioned", "key", "web", null, null));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().at("/errors/0/field").asText()).isEqualTo("version");

    PlatformApi.Answer first =
        api.put(path, rep, body("Versioned AG", "key", "web", version, null));
    assertThat(first.status()).as(first.raw().body()).isEqualTo(200);
    assertThat(first.json().get("version").asLong()).isEqualTo(version + 1);
    // the segment changed: the planned visit moved to the key interval (60 days)
    assertThat(first.json().get("nextVisit").asText()).isEqualTo(today().plusDays(60).toString());

    PlatformApi.Answer stale = api.put(path, rep, body("Lost update", "key", "web", version, null));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.contentType()).startsWith("application/problem+json");
    assertThat(stale.json().get("type").asText()).endsWith("/stale-version");

    PlatformApi.Answer byHeader =
        api.call(
            "PUT",
            path,
            rep,
            "application/json",
            body("Versioned GmbH", "key", "web", null, null),
            Map.of("If-Match", first.header("ETag")));
    assertThat(byHeader.status()).as(byHeader.raw().body()).isEqualTo(200);
    assertThat(api.get(path, manager).json().get("name").asText()).isEqualTo("Versioned GmbH");
  }

  @Test
  void aRepeatedIdempotencyKeyReplaysTheFirstAnswerAndCreatesNothingMore() throws Exception {
    String request = body("Once Only", "key", "referral", null, null);
    PlatformApi.Answer first = createWithKey(rep, request, "order-42");
    PlatformApi.Answer again = createWithKey(rep, request, "order-42");

    assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.header("Location")).isEqualTo(first.header("Location"));
    assertThat(again.json()).isEqualTo(first.json());
    assertThat(api.get(base + "/customers?q=once", manager).json().get("total").asInt())
        .isEqualTo(1);

    PlatformApi.Answer otherBody =
        createWithKey(rep, body("Twice", "key", "referral", null, null), "order-42");
    assertThat(otherBody.status()).isEqualTo(422);
    assertThat(otherBody.json().get("type").asText()).endsWith("/idempotency-key-reused");

    // keys are the caller's own
    PlatformApi.Answer otherCaller = createWithKey(otherRep, request, "order-42");
    assertThat(otherCaller.status()).isEqualTo(201);
    assertThat(otherCaller.header("Location")).isNotEqualTo(first.header("Location"));
    assertThat(api.get(base + "/customers?q=once", manager).json().get("total").asInt())
        .isEqualTo(2);
  }

  @Test
  void listsFilterAndSortAndRefuseWhatTheyCannotDo() throws Exception {
    create(manager, "Bravo", "key", "web");
    create(manager, "alpha", "strategic", "trade-show");
    create(manager, "Charlie", "key", "referral");

    assertThat(names(api.get(base + "/customers", manager).json()))
        .containsExactly("alpha", "Bravo", "Charlie");
    assertThat(names(api.get(base + "/customers?sort=-name", manager).json()))
        .containsExactly("Charlie", "Bravo", "alpha");
    assertThat(names(api.get(base + "/customers?segment=key&sort=name", manager).json()))
        .containsExactly("Bravo", "Charlie");
    assertThat(names(api.get(base + "/customers?channel=trade-show", manager).json()))
        .containsExactly("alpha");
    assertThat(names(api.get(base + "/customers?q=RAV", manager).json())).containsExactly("Bravo");
    JsonNode page = api.get(base + "/customers?limit=2&offset=2", manager).json();
    assertThat(page.get("total").asInt()).isEqualTo(3);
    assertThat(names(page)).containsExactly("Charlie");

    for (String bad :
        List.of(
            "sort=password", "sort=name,name", "channel=fax", "segment=Big%20Ones", "limit=0")) {
      PlatformApi.Answer refused = api.get(base + "/customers?" + bad, manager);
      assertThat(refused.status()).as(bad).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
    }
  }

  @Test
  void recordingAVisitPlansTheNextAndOverdueVisitsAreListedPerRep() throws Exception {
    String id = create(rep, "Overdue Inc", "strategic", "web").get("id").asText();
    String onTime = create(otherRep, "On Time Inc", "strategic", "web").get("id").asText();
    LocalDate longAgo = today().minusDays(100);

    PlatformApi.Answer recorded =
        api.post(
            base + "/customers/" + id + "/visits",
            rep,
            Map.of(
                "visitedOn", longAgo.toString(),
                "outcome", "Demo went well",
                "nextStep", "Send the proposal"));
    assertThat(recorded.status()).as(recorded.raw().body()).isEqualTo(201);
    assertThat(recorded.json().at("/recorded/status").asText()).isEqualTo("recorded");
    assertThat(recorded.json().at("/recorded/outcome").asText()).isEqualTo("Demo went well");
    LocalDate next = longAgo.plusDays(30);
    assertThat(recorded.json().at("/next/plannedFor").asText()).isEqualTo(next.toString());
    String visitId = recorded.json().at("/recorded/id").asText();
    assertThat(recorded.header("Location")).endsWith("/customers/" + id + "/visits/" + visitId);
    assertThat(
            api.get(base + "/customers/" + id + "/visits/" + visitId, rep)
                .json()
                .get("nextStep")
                .asText())
        .isEqualTo("Send the proposal");
    assertThat(api.get(base + "/customers/" + id + "/visits", rep).json().get("total").asInt())
        .isEqualTo(2);

    JsonNode mine = api.get(base + "/visits/overdue", rep).json();
    assertThat(mine.get("total").asInt()).isEqualTo(1);
    assertThat(mine.at("/items/0/customerId").asText()).isEqualTo(id);
    assertThat(mine.at("/items/0/daysOverdue").asLong()).isEqualTo(70);
    assertThat(api.get(base + "/visits/overdue", otherRep).json().get("total").asInt()).isZero();
    assertThat(api.get(base + "/visits/overdue?rep=" + repId, otherRep).status()).isEqualTo(403);
    assertThat(api.get(base + "/visits/overdue?rep=" + repId, manager).json().get("total").asInt())
        .isEqualTo(1);
    assertThat(api.get(base + "/visits/overdue", manager).json().get("total").asInt()).isEqualTo(1);
    assertThat(onTime).isNotEmpty();

    for (Map<String, String> bad :
        List.of(
            Map.of("outcome", " "),
            Map.of("outcome", "x", "visitedOn", today().plusDays(1).toString()),
            Map.of("outcome", "x", "visitedOn", "yesterday"))) {
      assertThat(api.post(base + "/customers/" + id + "/visits", rep, bad).status())
          .as(bad.toString())
          .isEqualTo(400);
    }
    assertThat(api.get(base + "/customers/" + id + "/visits", rep).json().get("total").asInt())
        .isEqualTo(2);
    assertThat(outboxEvents(id)).containsExactly("customer.created", "customer.visit-recorded");
  }

  @Test
  void aCsvFileIsImportedWholeOrNotAtAll() throws Exception {
    String marketing = tenants.signInWithRole(slug, TenantRole.MARKETING);
    String repName = api.get(base + "/me", rep).json().at("/user/username").asText();
    String bad =
        "name,channel,segment,assignedRep,contactName,contactEmail\r\n"
            + "Good Row,web,key,"
            + repName
            + ",Ann,ann@good.example\r\n"
            + ",fax,key,,,\r\n"
            + "Bad Rep,web,key,nobody-here,,\r\n";
    PlatformApi.Answer refused = importCsv(marketing, bad);
    assertThat(refused.status()).as(refused.raw().body()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    List<String> fields = new ArrayList<>();
    refused.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).containsExactly("rows[3].name", "rows[3].channel", "rows[4].assignedRep");
    assertThat(api.get(base + "/customers", manager).json().get("total").asInt()).isZero();

    String good =
        "name,channel,segment,assignedRep,contactName,contactEmail,notes\r\n"
            + "Good Row,web,key,"
            + repName
            + ",Ann,ann@good.example,\"Likes \"\"quotes\"\", and commas\"\r\n"
            + "Second Row,trade-show,,,,,\r\n";
    PlatformApi.Answer imported = importCsv(marketing, good);
    assertThat(imported.status()).as(imported.raw().body()).isEqualTo(201);
    assertThat(imported.json().get("imported").asInt()).isEqualTo(2);
    assertThat(names(api.get(base + "/customers", rep).json())).containsExactly("Good Row");
    JsonNode all = api.get(base + "/customers", manager).json();
    assertThat(names(all)).containsExactly("Good Row", "Second Row");
    assertThat(all.at("/items/0/notes").asText()).isEqualTo("Likes \"quotes\", and commas");
    assertThat(all.at("/items/0/nextVisit").asText()).isEqualTo(today().plusDays(60).toString());

    PlatformApi.Answer export = api.get(base + "/customers/export", manager);
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.contentType()).startsWith("text/csv");
    String[] lines = export.raw().body().split("\r\n");
    assertThat(lines[0]).startsWith("name,industry,segment,address,website,channel,assignedRep");
    assertThat(lines).hasSize(3);
    assertThat(lines[1]).startsWith("Good Row,,key,,,web," + repName + ",");

    // importing is for managers and marketing, not for reps or legal
    assertThat(importCsv(rep, good).status()).isEqualTo(403);
    String legal = tenants.signInWithRole(slug, TenantRole.LEGAL);
    assertThat(importCsv(legal, good).status()).isEqualTo(403);
  }

  private PlatformApi.Answer importCsv(String token, String csv) throws IOException {
    return api.call("POST", base + "/customers/import", token, "text/csv", csv, Map.of());
  }

  private PlatformApi.Answer createWithKey(String token, String json, String key)
      throws IOException {
    return api.call(
        "POST",
        base + "/customers",
        token,
        "application/json",
        json,
        Map.of("Idempotency-Key", key));
  }

  private JsonNode create(String token, String name, String segment, String channel)
      throws IOException {
    PlatformApi.Answer created =
        api.post(base + "/customers", token, body(name, segment, channel, null, null));
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    return created.json();
  }

  private static String body(
      String name, String segment, String channel, Number version, String assignedRepId)
      throws IOException {
    ObjectNode body = JSON.createObjectNode();
    body.put("name", name);
    body.put("segment", segment);
    body.put("channel", channel);
    if (version != null) {
      body.put("version", version.longValue());
    }
    if (assignedRepId != null) {
      body.put("assignedRepId", assignedRepId);
    }
    return JSON.writeValueAsString(body);
  }

  private static List<String> names(JsonNode page) {
    List<String> names = new ArrayList<>();
    page.get("items").forEach(c -> names.add(c.get("name").asText()));
    return names;
  }

  private LocalDate today() throws IOException {
    String zone = api.get(base + "/settings", admin).json().at("/settings/timeZone").asText();
    return LocalDate.now(ZoneId.of(zone));
  }

  /** The outbox's event types for one customer, oldest first, as the database holds them. */
  private List<String> outboxEvents(String customerId) throws SQLException {
    List<String> types = new ArrayList<>();
    try (Connection superuser = DriverManager.getConnection(stack.databaseUrl(), "postgres", "");
        PreparedStatement query =
            superuser.prepareStatement(
                "select type from outbox_event where aggregate_id = ? order by occurred_at")) {
      query.setString(1, customerId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          types.add(rows.getString(1));
        }
      }
    }
    return types;
  }
}
