package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.salesplatform.tenant.config.TenantRole;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Quarterly goals and the appraisal through the API with real roles: a goal's progress moves when a
 * contract is signed, a target far from history is flagged, and the quarter's appraisal scores the
 * rep from contracts, milestones and colleagues' ratings, explains every criterion down to its
 * records, previews other weights, and once published takes the rep's dispute and the manager's
 * answer.
 */
@ExtendWith(DeployedStack.class)
class GoalsAndAppraisalTest {

  private final PlatformApi api;
  private final Tenants tenants;
  private final Stack stack;
  private String slug;
  private String base;
  private String admin;
  private String rep;
  private String repId;
  private String peer;
  private String manager;
  private String legal;
  private String customerId;
  private String productId;
  private String quarter;

  GoalsAndAppraisalTest(Stack stack) {
    this.stack = stack;
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @BeforeEach
  void company() throws Exception {
    slug = Tenants.uniqueSlug("goals");
    admin = tenants.subscribeAndSignInAdmin(slug);
    base = "/api/t/" + slug;
    rep = tenants.signInWithRole(slug, TenantRole.SALES_REP);
    repId = api.get(base + "/me", rep).json().at("/user/id").asText();
    JsonNode colleague =
        ok(
            api.post(
                base + "/users",
                admin,
                Map.of(
                    "email",
                    "peer@" + slug + ".example",
                    "name",
                    "Pia Peer",
                    "roles",
                    List.of("sales-rep"))));
    peer = tenants.signIn(slug, colleague.get("id").asText(), colleague.get("username").asText());
    manager = tenants.signInWithRole(slug, TenantRole.SALES_MANAGER);
    legal = tenants.signInWithRole(slug, TenantRole.LEGAL);
    customerId =
        created(api.post(base + "/customers", rep, Map.of("name", "Initech", "channel", "web")));
    productId =
        created(
            api.post(
                base + "/products",
                admin,
                Map.of("sku", "CRM-SEAT", "name", "CRM seat", "listPrice", "1000.00")));
    CreditChecksTest.grantCreditLimit(api, base, admin, "100000");
    ok(
        api.post(
            base + "/customers/" + customerId + "/credit-checks",
            rep,
            Map.of("amount", "5000.00")));
    LocalDate today = today();
    quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
  }

  @Test
  void goalProgressMovesWhenAContractIsSignedAndTargetsAreJudgedAgainstHistory() throws Exception {
    JsonNode goal =
        ok(
            api.post(
                base + "/goals",
                manager,
                Map.of(
                    "quarter",
                    quarter,
                    "scope",
                    "rep",
                    "subjectId",
                    repId,
                    "revenueTarget",
                    "10000.00",
                    "newCustomerTarget",
                    2)));
    String goalPath = base + "/goals/" + goal.get("id").asText();
    assertThat(goal.at("/revenue/achieved/amount").decimalValue()).isEqualByComparingTo("0");
    assertThat(goal.at("/realism/revenue").asText()).isEqualTo("realistic");
    assertThat(goal.at("/realism").has("revenueHistory")).isFalse();

    signedContract(2);
    JsonNode progressed = api.get(goalPath, rep).json();
    assertThat(progressed.at("/revenue/achieved/amount").decimalValue())
        .isEqualByComparingTo("2000.00");
    assertThat(progressed.at("/revenue/percent").decimalValue()).isEqualByComparingTo("20.0");
    assertThat(progressed.at("/newCustomers/achieved").asLong()).isEqualTo(1);
    JsonNode company =
        ok(
            api.post(
                base + "/goals",
                admin,
                Map.of(
                    "quarter",
                    quarter,
                    "scope",
                    "company",
                    "revenueTarget",
                    "50000.00",
                    "newCustomerTarget",
                    5)));
    assertThat(company.at("/revenue/achieved/amount").decimalValue())
        .isEqualByComparingTo("2000.00");

    // a contract signed last quarter becomes the rep's history: 3000.00 per quarter
    String earlier = signedContract(3);
    try (Connection db = superuser();
        PreparedStatement back =
            db.prepareStatement(
                "update contract set signed_at = signed_at - interval '100 days' where id = ?")) {
      back.setObject(1, java.util.UUID.fromString(earlier));
      assertThat(back.executeUpdate()).isEqualTo(1);
    }
    JsonNode history =
        api.get(base + "/goals/history?scope=rep&subject=" + repId + "&quarter=" + quarter, rep)
            .json();
    assertThat(history.at("/revenueHistory/amount").decimalValue())
        .as(history.toString())
        .isEqualByComparingTo("3000.00");
    assertThat(history.at("/realisticRevenue/from/amount").decimalValue())
        .isEqualByComparingTo("2700.00");
    assertThat(history.at("/realisticRevenue/to/amount").decimalValue())
        .isEqualByComparingTo("4500.00");

    JsonNode unrealistic = ok(api.put(goalPath, manager, targets(progressed, "10000.00")));
    assertThat(unrealistic.at("/realism/revenue").asText()).isEqualTo("unrealistic");
    assertThat(unrealistic.at("/realism/warnings/0").asText()).contains("333.3%", "3000.00");
    JsonNode unchallenging = ok(api.put(goalPath, manager, targets(unrealistic, "1000.00")));
    assertThat(unchallenging.at("/realism/revenue").asText()).isEqualTo("unchallenging");
    // one new customer a quarter before (the backdated contract's): a target of 1 matches it
    JsonNode realistic =
        ok(
            api.put(
                goalPath,
                manager,
                Map.of(
                    "revenueTarget",
                    "3500.00",
                    "newCustomerTarget",
                    1,
                    "version",
                    unchallenging.get("version").asLong())));
    assertThat(realistic.at("/realism/revenue").asText()).isEqualTo("realistic");
    assertThat(realistic.at("/realism/warnings").size()).isZero();

    // guards
    assertThat(api.put(goalPath, manager, targets(unrealistic, "3600.00")).status()).isEqualTo(409);
    assertThat(
            api.post(base + "/goals", rep, Map.of("quarter", quarter, "scope", "company")).status())
        .isEqualTo(403);
    PlatformApi.Answer twice =
        api.post(
            base + "/goals",
            manager,
            Map.of(
                "quarter",
                quarter,
                "scope",
                "rep",
                "subjectId",
                repId,
                "revenueTarget",
                "1.00",
                "newCustomerTarget",
                0));
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().get("type").asText()).endsWith("goal-exists");
    PlatformApi.Answer bad =
        api.post(
            base + "/goals",
            manager,
            Map.of(
                "quarter",
                "2026-Q5",
                "scope",
                "rep",
                "subjectId",
                "nobody",
                "revenueTarget",
                "-1",
                "newCustomerTarget",
                -2));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(fields(bad)).contains("quarter", "subjectId", "revenueTarget", "newCustomerTarget");
    assertThat(
            api.get(base + "/goals?quarter=" + quarter + "&scope=rep", peer)
                .json()
                .get("total")
                .asLong())
        .isEqualTo(1);
    assertThat(
            api.call(
                    "DELETE",
                    goalPath,
                    manager,
                    null,
                    null,
                    Map.of("If-Match", "\"" + realistic.get("version").asLong() + "\""))
                .status())
        .isEqualTo(204);
    assertThat(api.get(goalPath, manager).status()).isEqualTo(404);
  }

  @Test
  void theQuarterlyAppraisalScoresExplainsPreviewsAndTakesDisputes() throws Exception {
    ok(
        api.post(
            base + "/goals",
            manager,
            Map.of(
                "quarter",
                quarter,
                "scope",
                "rep",
                "subjectId",
                repId,
                "revenueTarget",
                "4000.00",
                "newCustomerTarget",
                1)));
    String contractId = signedContract(3);
    String contractPath = base + "/contracts/" + contractId;
    JsonNode milestone =
        ok(
            api.post(
                contractPath + "/milestones",
                rep,
                Map.of("title", "Go-live", "kind", "delivery", "dueOn", today().toString())));
    ok(
        api.post(
            contractPath + "/milestones/" + milestone.get("id").asText() + "/delivery",
            rep,
            Map.of("on", today().toString())));

    // colleagues rate the rep's collaboration; nobody rates themselves
    ok(api.put(base + "/appraisals/ratings/" + quarter + "/" + repId, peer, Map.of("rating", 4)));
    ok(
        api.put(
            base + "/appraisals/ratings/" + quarter + "/" + repId,
            manager,
            Map.of("rating", 5, "comment", "Shares leads")));
    PlatformApi.Answer self =
        api.put(base + "/appraisals/ratings/" + quarter + "/" + repId, rep, Map.of("rating", 5));
    assertThat(self.status()).as(self.raw().body()).isEqualTo(422);
    assertThat(
            api.put(
                    base + "/appraisals/ratings/" + quarter + "/" + repId,
                    peer,
                    Map.of("rating", 9))
                .status())
        .isEqualTo(400);

    assertThat(api.post(base + "/appraisals/runs", rep, Map.of("quarter", quarter)).status())
        .isEqualTo(403);
    JsonNode run = ok(api.post(base + "/appraisals/runs", manager, Map.of("quarter", quarter)));
    String runPath = base + "/appraisals/runs/" + run.get("id").asText();
    assertThat(run.get("settingsRevision").asInt()).isPositive();
    assertThat(run.get("published").asBoolean()).isFalse();
    assertThat(api.get(runPath, rep).status()).isEqualTo(404);

    JsonNode result = api.get(runPath + "/results/" + repId, manager).json();
    Map<String, JsonNode> criteria = new HashMap<>();
    result.get("criteria").forEach(c -> criteria.put(c.get("criterion").asText(), c));
    // 3000.00 of 4000.00 is 75 %; with the default cap of 120 % that scores 62.50
    assertThat(criteria.get("sales-revenue").get("raw").decimalValue())
        .isEqualByComparingTo("75.00");
    assertThat(criteria.get("sales-revenue").get("score").decimalValue())
        .isEqualByComparingTo("62.50");
    assertThat(criteria.get("sales-revenue").at("/records/0/id").asText()).isEqualTo(contractId);
    assertThat(criteria.get("new-customers").get("raw").decimalValue()).isEqualByComparingTo("1");
    assertThat(criteria.get("contract-fulfilment").get("raw").decimalValue())
        .isEqualByComparingTo("100.00");
    assertThat(criteria.get("team-collaboration").get("raw").decimalValue())
        .isEqualByComparingTo("4.50");
    assertThat(criteria.get("team-collaboration").at("/records").size()).isEqualTo(2);
    assertThat(criteria.get("customer-satisfaction").get("explanation").asText())
        .contains("neutral");
    assertThat(result.get("rank").asInt()).isEqualTo(1);
    assertThat(result.get("band").asText()).isNotBlank();

    // what-if: weights that do not sum to 100 are refused; others rank the reps again
    PlatformApi.Answer wrong =
        api.post(
            base + "/appraisals/what-if",
            manager,
            Map.of("quarter", quarter, "weights", weights(50, 20, 20, 20, 10)));
    assertThat(wrong.status()).isEqualTo(400);
    JsonNode whatIf =
        ok(
            api.post(
                base + "/appraisals/what-if",
                manager,
                Map.of("quarter", quarter, "weights", weights(100, 0, 0, 0, 0))));
    assertThat(whatIf.at("/reps/0/proposedScore").decimalValue()).isEqualByComparingTo("62.50");

    JsonNode published = ok(api.post(runPath + "/publish", manager, Map.of()));
    assertThat(published.get("published").asBoolean()).isTrue();
    JsonNode seen = api.get(runPath + "/results/" + repId, peer).json();
    assertThat(seen.at("/criteria/4/records/0/label").asText()).doesNotContain("manager-");
    assertThat(
            api.put(
                    base + "/appraisals/ratings/" + quarter + "/" + repId,
                    peer,
                    Map.of("rating", 3))
                .status())
        .isEqualTo(409);
    assertThat(
            api.post(runPath + "/results/" + repId + "/comments", peer, Map.of("text", "Unfair"))
                .status())
        .isEqualTo(422);
    JsonNode dispute =
        ok(
            api.post(
                runPath + "/results/" + repId + "/comments",
                rep,
                Map.of("kind", "dispute", "text", "A second contract is missing")));
    String answerPath =
        runPath + "/results/" + repId + "/comments/" + dispute.get("id").asText() + "/answer";
    assertThat(api.post(answerPath, manager, Map.of("answer", "Checked", "version", 1)).status())
        .isEqualTo(400);
    JsonNode answered =
        ok(
            api.post(
                answerPath,
                manager,
                Map.of(
                    "answer", "It was signed next quarter",
                    "decision", "dismissed",
                    "version", dispute.get("version").asLong())));
    assertThat(answered.get("decision").asText()).isEqualTo("dismissed");
    JsonNode rewards = api.get(base + "/appraisals/rewards?quarter=" + quarter, rep).json();
    assertThat(rewards.at("/outcomes/0/rep/id").asText()).isEqualTo(repId);
    assertThat(rewards.at("/outcomes/0/outcome/kind").asText()).isNotBlank();
    assertThat(api.post(base + "/appraisals/runs", manager, Map.of("quarter", "2999-Q1")).status())
        .isEqualTo(422);
  }

  /** Signs a contract of {@code seats} seats at 1000.00 for the rep's customer; its id. */
  private String signedContract(int seats) throws IOException {
    String opportunityId =
        created(
            api.post(
                base + "/opportunities",
                rep,
                Map.of("customerId", customerId, "title", "Seats", "amount", seats + "000.00")));
    return new Deals(api, base)
        .signedContract(rep, manager, legal, opportunityId, productId, seats);
  }

  private static Map<String, Object> targets(JsonNode goal, String revenue) {
    return Map.of(
        "revenueTarget",
        revenue,
        "newCustomerTarget",
        goal.at("/newCustomers/target").asInt(),
        "version",
        goal.get("version").asLong());
  }

  private static Map<String, Object> weights(int r, int s, int n, int f, int t) {
    return Map.of(
        "salesRevenue", r,
        "customerSatisfaction", s,
        "newCustomers", n,
        "contractFulfilment", f,
        "teamCollaboration", t);
  }

  private Connection superuser() throws Exception {
    return DriverManager.getConnection(stack.databaseUrl(), "postgres", "");
  }

  private LocalDate today() throws IOException {
    String zone = api.get(base + "/settings", admin).json().at("/settings/timeZone").asText();
    return LocalDate.now(ZoneId.of(zone));
  }

  private static List<String> fields(PlatformApi.Answer answer) {
    List<String> fields = new ArrayList<>();
    answer.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  private static JsonNode ok(PlatformApi.Answer answer) {
    assertThat(answer.status()).as(answer.raw().body()).isIn(200, 201);
    return answer.json();
  }

  private static String created(PlatformApi.Answer answer) {
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(201);
    return answer.json().get("id").asText();
  }
}
