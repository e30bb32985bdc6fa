package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.salesplatform.tenant.config.TenantRole;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Supervision computed from real records. Automatic findings (policy 8.1): a stage and a visit past
 * their day (backdated in the database, as time would), a quote a manager approved below the margin
 * floor, and a signed contract's delivery past due; a rep sees those on their own records only.
 * Credit exposure (policy 7.2): the signed contracts against the latest credit decision, per
 * customer and per rep, equal to what the credit profile shows.
 */
@ExtendWith(DeployedStack.class)
class ComputedSupervisionTest {

  private final Stack stack;
  private final PlatformApi api;
  private final Tenants tenants;

  private String base;
  private String admin;
  private String adminId;
  private String manager;
  private String managerId;
  private String rep;
  private String repId;
  private String legal;
  private LocalDate today;
  private ZoneId zone;

  ComputedSupervisionTest(Stack stack) {
    this.stack = stack;
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @BeforeEach
  void company() throws IOException {
    String slug = Tenants.uniqueSlug("findings");
    admin = tenants.subscribeAndSignInAdmin(slug);
    base = "/api/t/" + slug;
    adminId = api.get(base + "/me", admin).json().at("/user/id").asText();
    manager = tenants.signInWithRole(slug, TenantRole.SALES_MANAGER);
    managerId = api.get(base + "/me", manager).json().at("/user/id").asText();
    rep = tenants.signInWithRole(slug, TenantRole.SALES_REP);
    repId = api.get(base + "/me", rep).json().at("/user/id").asText();
    legal = tenants.signInWithRole(slug, TenantRole.LEGAL);
    zone = ZoneId.of(api.get(base + "/settings", admin).json().at("/settings/timeZone").asText());
    today = LocalDate.now(zone);
  }

  @Test
  void everyKindIsFoundFromTheRecordsAndARepSeesOnlyThoseOnTheirOwn() throws Exception {
    // the rep's customer, whose planned visit is ten days overdue
    String customerId = customer(rep, "Initech");
    sql(
        "update customer_visit set planned_for = ? where customer_id = ?::uuid"
            + " and visited_on is null",
        today.minusDays(10),
        customerId);
    // the rep's opportunity whose stage was due 40 days ago, the admin's 3 days ago
    String lateDeal = opportunity(rep, customerId, "Late deal");
    sql("update opportunity set stage_due = ? where id = ?::uuid", today.minusDays(40), lateDeal);
    String adminCustomer = customer(admin, "Globex");
    String adminDeal = opportunity(admin, adminCustomer, "Admin's deal");
    sql("update opportunity set stage_due = ? where id = ?::uuid", today.minusDays(3), adminDeal);

    // a product sold below its cost: the pricing plugin asks for approval (margin below floor)
    String product =
        created(
            api.post(
                base + "/products",
                admin,
                Map.of(
                    "sku",
                    "HW-1",
                    "name",
                    "Appliance",
                    "listPrice",
                    "1000.00",
                    "unitCost",
                    "1200.00")));
    JsonNode quote =
        ok(
            api.post(
                base + "/quotes", rep, quoteOf(opportunity(rep, customerId, "Cheap"), product)));
    assertThat(quote.at("/current/approvalReasons").toString()).contains("margin-below-floor");
    String quoteId = quote.get("id").asText();
    ok(
        api.post(
            base + "/quotes/" + quoteId + "/approval",
            manager,
            Map.of("decision", "approve", "comment", "strategic", "version", version(quote))));

    // a signed contract whose delivery was due two days ago
    String fair =
        created(
            api.post(
                base + "/products",
                admin,
                Map.of("sku", "SW-1", "name", "Licence", "listPrice", "1000.00")));
    String contractPath = base + "/contracts/" + signedContract(rep, customerId, fair);
    String delivery =
        created(
            api.post(
                contractPath + "/milestones",
                rep,
                Map.of(
                    "title",
                    "Install",
                    "kind",
                    "delivery",
                    "dueOn",
                    today.minusDays(2).toString())));

    // a critical complaint (4 hours to respond by default) opened three days and four hours ago:
    // its response deadline passed exactly three days ago
    JsonNode ticket =
        ok(api.post(base + "/tickets", rep, TicketsTest.complaint(customerId, "critical")));
    String ticketId = ticket.get("id").asText();
    TicketsTest.backdate(stack, ticketId, Duration.ofDays(3).plusHours(4));

    JsonNode all = list("", manager);
    assertThat(all.get("total").asInt()).as(all.toString()).isEqualTo(6);
    JsonNode first = all.at("/items/0");
    assertThat(first.get("kind").asText()).isEqualTo("overdue-stage");
    assertThat(first.get("recordId").asText()).isEqualTo(lateDeal);
    assertThat(first.get("daysOverdue").asInt()).isEqualTo(40);
    assertThat(first.get("severity").asText()).isEqualTo("high");
    assertThat(first.at("/responsible/id").asText()).isEqualTo(repId);
    assertThat(first.at("/responsible/name").asText()).isNotBlank();
    assertThat(first.at("/customer/name").asText()).isEqualTo("Initech");
    assertThat(first.get("dueOn").asText()).isEqualTo(today.minusDays(40).toString());

    JsonNode visit = list("?kind=overdue-visit", manager);
    assertThat(visit.get("total").asInt()).isEqualTo(1);
    assertThat(visit.at("/items/0/customer/id").asText()).isEqualTo(customerId);
    assertThat(visit.at("/items/0/daysOverdue").asInt()).isEqualTo(10);
    assertThat(visit.at("/items/0/severity").asText()).isEqualTo("medium");

    JsonNode priced = list("?kind=quote-below-margin-floor", manager);
    assertThat(priced.get("total").asInt()).isEqualTo(1);
    assertThat(priced.at("/items/0/recordId").asText()).isEqualTo(quoteId);
    assertThat(priced.at("/items/0/approver/id").asText()).isEqualTo(managerId);
    assertThat(priced.at("/items/0/detail").asText()).isNotBlank();
    assertThat(priced.at("/items/0/dueOn").asText(null)).isNull();

    JsonNode milestone = list("?kind=milestone-past-due", manager);
    assertThat(milestone.get("total").asInt()).isEqualTo(1);
    assertThat(milestone.at("/items/0/recordId").asText()).isEqualTo(delivery);
    assertThat(milestone.at("/items/0/daysOverdue").asInt()).isEqualTo(2);
    assertThat(milestone.at("/items/0/severity").asText()).isEqualTo("low");

    JsonNode late = list("?kind=ticket-past-deadline", manager);
    assertThat(late.get("total").asInt()).isEqualTo(1);
    assertThat(late.at("/items/0/recordId").asText()).isEqualTo(ticketId);
    assertThat(late.at("/items/0/responsible/id").asText()).isEqualTo(repId);
    assertThat(late.at("/items/0/customer/id").asText()).isEqualTo(customerId);
    assertThat(late.at("/items/0/daysOverdue").asInt()).isEqualTo(3);
    assertThat(late.at("/items/0/dueOn").asText()).isEqualTo(today.minusDays(3).toString());
    assertThat(late.at("/items/0/severity").asText()).isEqualTo("low");
    assertThat(late.at("/items/0/detail").asText())
        .startsWith("No first response by the deadline")
        .contains("critical complaint");
    // answered now, but its resolution deadline (four times the response time) has passed too
    JsonNode responded =
        ok(
            api.post(
                base + "/tickets/" + ticketId + "/respond",
                rep,
                Map.of("text", "On it", "version", ticket.get("version").asLong())));
    LocalDate resolutionDay =
        Instant.parse(responded.get("resolutionDue").asText()).atZone(zone).toLocalDate();
    JsonNode unresolved = list("?kind=ticket-past-deadline", manager);
    assertThat(unresolved.get("total").asInt()).isEqualTo(1);
    assertThat(unresolved.at("/items/0/detail").asText())
        .startsWith("Not resolved by the deadline");
    assertThat(unresolved.at("/items/0/dueOn").asText()).isEqualTo(resolutionDay.toString());
    assertThat(unresolved.at("/items/0/daysOverdue").asLong())
        .isEqualTo(ChronoUnit.DAYS.between(resolutionDay, today));

    assertThat(list("?severity=high", manager).get("total").asInt()).isEqualTo(1);
    assertThat(list("?rep=" + adminId, manager).at("/items/0/recordId").asText())
        .isEqualTo(adminDeal);
    assertThat(list("?customer=" + adminCustomer, manager).get("total").asInt()).isEqualTo(1);
    assertThat(list("?sort=dueOn&limit=2", manager).at("/items/0/recordId").asText())
        .isEqualTo(lateDeal);
    assertThat(api.get(base + "/supervision/findings?kind=late", manager).status()).isEqualTo(400);
    assertThat(api.get(base + "/supervision/findings?sort=title", manager).status()).isEqualTo(400);

    // a team of the admin alone: the admin's stage only
    String team =
        created(
            api.post(
                base + "/teams",
                admin,
                Map.of("name", "North", "managerId", adminId, "memberIds", List.of(adminId))));
    assertThat(list("?team=" + team, manager).at("/items/0/recordId").asText())
        .isEqualTo(adminDeal);
    assertThat(list("?team=" + team, manager).get("total").asInt()).isEqualTo(1);

    // the rep: their own five, not the admin's stage, even when asking for the admin's
    JsonNode own = list("", rep);
    assertThat(own.get("total").asInt()).isEqualTo(5);
    assertThat(ids(own)).doesNotContain(adminDeal);
    assertThat(list("?rep=" + adminId, rep).get("total").asInt()).isZero();

    JsonNode summary = api.get(base + "/supervision/findings/summary", manager).json();
    assertThat(summary.get("total").asInt()).isEqualTo(6);
    assertThat(summary.at("/byKind/0/name").asText()).isEqualTo("overdue-stage");
    assertThat(summary.at("/byKind/0/count").asInt()).isEqualTo(2);
    assertThat(summary.at("/bySeverity/2/name").asText()).isEqualTo("high");
    assertThat(summary.at("/bySeverity/2/count").asInt()).isEqualTo(1);
    assertThat(summary.at("/byPerson/0/person/id").asText()).isEqualTo(repId);
    assertThat(summary.at("/byPerson/0/count").asInt()).isEqualTo(5);
    assertThat(summary.at("/byPerson/0/high").asInt()).isEqualTo(1);
    assertThat(api.get(base + "/supervision/findings/summary", rep).json().get("total").asInt())
        .isEqualTo(5);

    // delivered: the milestone is no finding any more
    ok(api.post(contractPath + "/milestones/" + delivery + "/delivery", rep, Map.of()));
    assertThat(list("?kind=milestone-past-due", manager).get("total").asInt()).isZero();
    // marketing reads the pipeline but holds no findings.read
    String marketing = tenants.signInWithRole(base.substring(7), TenantRole.MARKETING);
    assertThat(api.get(base + "/supervision/findings", marketing).status()).isEqualTo(403);
  }

  @Test
  void creditExposureIsTheSignedContractsAgainstTheLatestDecisionAsTheProfileShowsIt()
      throws Exception {
    String initech = customer(rep, "Initech");
    String globex = customer(admin, "Globex");
    String licence =
        created(
            api.post(
                base + "/products",
                admin,
                Map.of("sku", "SW-1", "name", "Licence", "listPrice", "1000.00")));
    signedContract(rep, initech, licence);
    signedContract(admin, globex, licence);
    customer(rep, "Never checked, never sold");

    JsonNode profile = api.get(base + "/customers/" + initech, rep).json().get("creditProfile");
    JsonNode page = exposure("", manager);
    assertThat(page.get("total").asInt()).as(page.toString()).isEqualTo(2);
    JsonNode row = byCustomer(page, initech);
    assertThat(row.at("/exposure/amount").decimalValue())
        .isEqualByComparingTo("1000.00")
        .isEqualByComparingTo(profile.at("/exposure/amount").decimalValue());
    java.math.BigDecimal limit = row.at("/latestDecision/creditLimit/amount").decimalValue();
    assertThat(limit).isEqualByComparingTo(profile.at("/creditLimit/amount").decimalValue());
    assertThat(row.at("/headroom/amount").decimalValue())
        .isEqualByComparingTo(limit.subtract(new java.math.BigDecimal("1000.00")));
    assertThat(row.get("utilisationPercent").decimalValue())
        .isEqualByComparingTo(
            new java.math.BigDecimal("100000.00").divide(limit, 1, java.math.RoundingMode.HALF_UP));
    assertThat(row.at("/latestDecision/current").asBoolean()).isTrue();
    assertThat(row.get("overLimit").asBoolean()).isFalse();
    assertThat(row.get("decisionExpired").asBoolean()).isFalse();
    assertThat(row.at("/rep/id").asText()).isEqualTo(repId);

    // the limit cut below the exposure, the decision expired: flagged, and first by utilisation
    sql(
        "update credit_check set credit_limit = 500, expires_at = ?::date where customer_id ="
            + " ?::uuid",
        today.minusDays(1),
        initech);
    page = exposure("", manager);
    assertThat(page.at("/items/0/customerId").asText()).isEqualTo(initech);
    assertThat(page.at("/items/0/overLimit").asBoolean()).isTrue();
    assertThat(page.at("/items/0/decisionExpired").asBoolean()).isTrue();
    assertThat(page.at("/items/0/utilisationPercent").decimalValue()).isEqualByComparingTo("200.0");
    assertThat(page.at("/items/0/headroom/amount").decimalValue()).isEqualByComparingTo("-500");

    // the rep: their own customer only; per rep, the sums with the over-limit count
    JsonNode own = exposure("", rep);
    assertThat(own.get("total").asInt()).isEqualTo(1);
    assertThat(own.at("/items/0/customerId").asText()).isEqualTo(initech);
    JsonNode reps = exposure("?groupBy=rep", manager);
    assertThat(reps.get("total").asInt()).isEqualTo(2);
    JsonNode repRow = reps.at("/items/0");
    assertThat(repRow.at("/rep/id").asText()).isEqualTo(repId);
    assertThat(repRow.get("customers").asInt()).isEqualTo(1);
    assertThat(repRow.at("/exposure/amount").decimalValue()).isEqualByComparingTo("1000.00");
    assertThat(repRow.get("overLimitCustomers").asInt()).isEqualTo(1);
    assertThat(repRow.get("expiredDecisions").asInt()).isEqualTo(1);
    assertThat(exposure("?groupBy=rep&rep=" + adminId, manager).at("/items/0/rep/id").asText())
        .isEqualTo(adminId);
    assertThat(api.get(base + "/credit/exposure?groupBy=team", manager).status()).isEqualTo(400);
    assertThat(api.get(base + "/credit/exposure?sort=name", manager).status()).isEqualTo(400);

    // a contract in another currency than the decision's: its own entry, exposed, undecided
    try (Connection superuser = DriverManager.getConnection(stack.databaseUrl(), "postgres", "");
        PreparedStatement update =
            superuser.prepareStatement(
                "update contract set currency = 'EUR' where customer_id = ?::uuid")) {
      update.setString(1, globex);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
    JsonNode globexOnly = exposure("?customer=" + globex, manager);
    assertThat(globexOnly.get("total").asInt()).as(globexOnly.toString()).isEqualTo(2);
    JsonNode euro = null;
    JsonNode decided = null;
    for (JsonNode entry : globexOnly.get("items")) {
      if (entry.at("/exposure/currency").asText().equals("EUR")) {
        euro = entry;
      } else {
        decided = entry;
      }
    }
    assertThat(euro).isNotNull();
    assertThat(euro.at("/exposure/amount").decimalValue()).isEqualByComparingTo("1000.00");
    assertThat(euro.has("latestDecision")).isFalse();
    assertThat(decided).isNotNull();
    assertThat(decided.has("latestDecision")).isTrue();
    assertThat(decided.at("/exposure/amount").decimalValue()).isEqualByComparingTo("0");
  }

  @Test
  void eachRolesDashboardAnswersWhatTheUnderlyingEndpointsAnswer() throws Exception {
    String initech = customer(rep, "Initech");
    sql(
        "update customer_visit set planned_for = ? where customer_id = ?::uuid"
            + " and visited_on is null",
        today.minusDays(5),
        initech);
    String soon = customer(rep, "Soon Ltd");
    sql(
        "update customer_visit set planned_for = ? where customer_id = ?::uuid"
            + " and visited_on is null",
        today.plusDays(3),
        soon);
    String late = opportunity(rep, initech, "Late deal");
    sql("update opportunity set stage_due = ? where id = ?::uuid", today.minusDays(12), late);
    opportunity(rep, soon, "Fresh deal");
    String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    ok(
        api.post(
            base + "/goals",
            admin,
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

    JsonNode mine = dashboard("rep", rep);
    assertThat(mine.at("/rep/id").asText()).isEqualTo(repId);
    assertThat(mine.get("quarter").asText()).isEqualTo(quarter);
    assertThat(mine.get("pipeline"))
        .isEqualTo(api.get(base + "/opportunities/board?rep=" + repId, rep).json());
    assertThat(mine.at("/pipeline/stages/0/count").asInt()).isEqualTo(2);
    assertThat(mine.get("goals")).hasSize(1);
    assertThat(mine.at("/goals/0/revenue"))
        .isEqualTo(
            api.get(base + "/goals?quarter=" + quarter + "&scope=rep&subject=" + repId, rep)
                .json()
                .at("/items/0/revenue"));
    assertThat(mine.at("/visits/overdue").asLong())
        .isEqualTo(1)
        .isEqualTo(api.get(base + "/visits/overdue", rep).json().get("total").asLong());
    assertThat(mine.at("/visits/dueSoon").asInt()).isEqualTo(1);
    assertThat(mine.at("/visits/next/0/customerId").asText()).isEqualTo(soon);
    assertThat(mine.get("overdueStages").asLong())
        .isEqualTo(1)
        .isEqualTo(api.get(base + "/opportunities/overdue", rep).json().get("total").asLong());
    assertThat(mine.get("findings"))
        .isEqualTo(api.get(base + "/supervision/findings/summary", rep).json());
    assertThat(api.get(base + "/dashboards/manager", rep).status()).isEqualTo(403);

    JsonNode team = dashboard("manager", manager);
    assertThat(team.get("funnel"))
        .isEqualTo(api.get(base + "/opportunities/board", manager).json());
    assertThat(team.at("/conversion/0/stage").asText()).isEqualTo("customer-development");
    assertThat(team.at("/conversion/0/reached").asInt()).isEqualTo(2);
    assertThat(team.at("/conversion/1/reached").asInt()).isZero();
    assertThat(team.at("/conversion/1/fromPreviousPercent").decimalValue())
        .isEqualByComparingTo("0");
    assertThat(team.at("/memberGoals/0/subject/id").asText()).isEqualTo(repId);
    assertThat(team.get("overdue"))
        .isEqualTo(api.get(base + "/supervision/findings/summary", manager).json());
    assertThat(team.get("topOverdue"))
        .isEqualTo(api.get(base + "/supervision/findings?limit=10", manager).json().get("items"));
    String north =
        created(
            api.post(
                base + "/teams",
                admin,
                Map.of("name", "North", "managerId", managerId, "memberIds", List.of(managerId))));
    JsonNode northern = dashboard("manager?team=" + north, manager);
    assertThat(northern.at("/funnel/stages/0/count").asInt()).isZero();
    assertThat(northern.at("/overdue/total").asInt()).isZero();
    assertThat(northern.get("memberGoals")).isEmpty();
    assertThat(api.get(base + "/dashboards/admin", manager).status()).isEqualTo(403);

    ok(
        api.post(
            base + "/risks",
            admin,
            Map.of(
                "category",
                "market",
                "title",
                "A rival cuts prices",
                "likelihood",
                3,
                "impact",
                4,
                "reviewOn",
                "2030-01-31")));
    String run = created(api.post(base + "/appraisals/runs", admin, Map.of("quarter", quarter)));
    JsonNode company = dashboard("admin", admin);
    assertThat(company.get("risks")).isEqualTo(api.get(base + "/risks/heat-map", admin).json());
    assertThat(company.at("/risks/total").asInt()).isEqualTo(1);
    assertThat(company.get("findings"))
        .isEqualTo(api.get(base + "/supervision/findings/summary", admin).json());
    assertThat(company.at("/appraisal/runId").asText()).isEqualTo(run);
    JsonNode results = api.get(base + "/appraisals/runs/" + run, admin).json();
    assertThat(company.at("/appraisal/reps").asInt())
        .isPositive()
        .isEqualTo(results.get("reps").asInt());
    long inDeciles = 0;
    for (JsonNode decile : company.at("/appraisal/deciles")) {
      inDeciles += decile.asLong();
    }
    assertThat(company.at("/appraisal/deciles")).hasSize(10);
    assertThat(inDeciles).isEqualTo(company.at("/appraisal/reps").asLong());
    assertThat(company.get("creditExposure")).isEmpty();
  }

  private JsonNode dashboard(String which, String token) throws IOException {
    PlatformApi.Answer answer = api.get(base + "/dashboards/" + which, token);
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
    return answer.json();
  }

  private JsonNode exposure(String query, String token) throws IOException {
    PlatformApi.Answer answer = api.get(base + "/credit/exposure" + query, token);
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
    return answer.json();
  }

  private static JsonNode byCustomer(JsonNode page, String customerId) {
    for (JsonNode item : page.get("items")) {
      if (item.get("customerId").asText().equals(customerId)) {
        return item;
      }
    }
    throw new AssertionError(customerId + " not in " + page);
  }

  /**
   * A contract of one licence for the customer, made by {@code token}'s holder, sent, accepted,
   * approved by legal and signed.
   */
  private String signedContract(String token, String customerId, String productId)
      throws Exception {
    CreditChecksTest.grantCreditLimit(api, base, admin, "50000");
    ok(
        api.post(
            base + "/customers/" + customerId + "/credit-checks",
            token,
            Map.of("amount", "1000.00")));
    JsonNode quote =
        ok(
            api.post(
                base + "/quotes",
                token,
                quoteOf(opportunity(token, customerId, "Deal"), productId)));
    String quotePath = base + "/quotes/" + quote.get("id").asText();
    quote = ok(api.post(quotePath + "/send", token, Map.of("version", version(quote))));
    ok(
        api.post(
            quotePath + "/response",
            token,
            Map.of("answer", "accepted", "version", version(quote))));
    JsonNode contract =
        ok(api.post(base + "/contracts", token, Map.of("quoteId", quote.get("id").asText())));
    String path = base + "/contracts/" + contract.get("id").asText();
    contract =
        ok(
            api.post(
                path + "/review",
                legal,
                Map.of("decision", "approve", "version", version(contract))));
    ok(
        api.post(
            path + "/sign",
            token,
            Map.of("signedBy", "Bill Lumbergh", "version", version(contract))));
    return contract.get("id").asText();
  }

  private static Map<String, Object> quoteOf(String opportunityId, String productId) {
    return Map.of(
        "opportunityId",
        opportunityId,
        "lines",
        List.of(Map.of("productId", productId, "quantity", 1)));
  }

  private String customer(String token, String name) throws IOException {
    return created(api.post(base + "/customers", token, Map.of("name", name, "channel", "web")));
  }

  private String opportunity(String token, String customerId, String title) throws IOException {
    return created(
        api.post(
            base + "/opportunities",
            token,
            Map.of("customerId", customerId, "title", title, "amount", "1000.00")));
  }

  private JsonNode list(String query, String token) throws IOException {
    PlatformApi.Answer answer = api.get(base + "/supervision/findings" + query, token);
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
    return answer.json();
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(i -> ids.add(i.get("recordId").asText()));
    return ids;
  }

  private void sql(String statement, LocalDate day, String id) throws SQLException {
    try (Connection superuser = DriverManager.getConnection(stack.databaseUrl(), "postgres", "");
        PreparedStatement update = superuser.prepareStatement(statement)) {
      update.setObject(1, day);
      update.setString(2, id);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  private static long version(JsonNode resource) {
    return resource.get("version").asLong();
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
