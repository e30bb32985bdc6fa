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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The opportunity pipeline through the API with real roles: stages move one at a time unless a
 * manager overrides, each stage gets an owner and a due date from the company's deadlines and is
 * kept in the history, closing needs a reason (and a signed contract to win), overdue stages and
 * the board are computed per rep and for everyone.
 */
@ExtendWith(DeployedStack.class)
class PipelineTest {

  private final Stack stack;
  private final PlatformApi api;
  private final Tenants tenants;

  private String base;
  private String admin;
  private String rep;
  private String repId;
  private String manager;
  private String managerId;
  private String customerId;

  PipelineTest(Stack stack) {
    this.stack = stack;
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @BeforeEach
  void company() throws IOException {
    String slug = Tenants.uniqueSlug("pipeline");
    admin = tenants.subscribeAndSignInAdmin(slug);
    base = "/api/t/" + slug;
    rep = tenants.signInWithRole(slug, TenantRole.SALES_REP);
    repId = api.get(base + "/me", rep).json().at("/user/id").asText();
    manager = tenants.signInWithRole(slug, TenantRole.SALES_MANAGER);
    managerId = api.get(base + "/me", manager).json().at("/user/id").asText();
    PlatformApi.Answer customer =
        api.post(base + "/customers", rep, Map.of("name", "Initech", "channel", "web"));
    assertThat(customer.status()).as(customer.raw().body()).isEqualTo(201);
    customerId = customer.json().get("id").asText();
  }

  @Test
  void anOpportunityStartsInCustomerDevelopmentDueAfterTheCompanysDeadline() throws Exception {
    PlatformApi.Answer created = open(rep, "CRM replacement", "12500");

    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    JsonNode opportunity = created.json();
    assertThat(created.header("Location"))
        .endsWith("/opportunities/" + opportunity.get("id").asText());
    assertThat(opportunity.get("stage").asText()).isEqualTo("customer-development");
    assertThat(opportunity.get("status").asText()).isEqualTo("open");
    assertThat(opportunity.at("/owner/id").asText()).isEqualTo(repId);
    assertThat(opportunity.at("/stageOwner/id").asText()).isEqualTo(repId);
    // the default deadlines allow 30 days of customer development
    assertThat(opportunity.get("stageDue").asText()).isEqualTo(today().plusDays(30).toString());
    assertThat(opportunity.at("/value/amount").decimalValue()).isEqualByComparingTo("12500.00");
    assertThat(opportunity.at("/value/currency").asText()).isEqualTo(currency());

    JsonNode stages = api.get(path(opportunity) + "/stages", rep).json();
    assertThat(stages).hasSize(1);
    assertThat(stages.at("/0/stage").asText()).isEqualTo("customer-development");

    for (Map<String, Object> bad :
        List.of(
            Map.<String, Object>of("customerId", customerId, "title", "X", "amount", "-1"),
            Map.<String, Object>of("customerId", customerId, "title", "X", "amount", "1.001"),
            Map.<String, Object>of("customerId", customerId, "title", " ", "amount", "1"),
            Map.<String, Object>of(
                "customerId", customerId, "title", "X", "amount", "1", "currency", "EURO"),
            Map.<String, Object>of("customerId", "nope", "title", "X", "amount", "1"))) {
      assertThat(api.post(base + "/opportunities", rep, bad).status())
          .as(bad.toString())
          .isEqualTo(400);
    }
  }

  @Test
  void stagesMoveOneAtATimeUnlessAManagerOverridesAndTheHistoryIsKept() throws Exception {
    JsonNode opportunity = open(rep, "CRM replacement", "12500").json();
    String path = path(opportunity);

    JsonNode moved = move(rep, path, "needs-analysis", opportunity, null);
    assertThat(moved.get("stage").asText()).isEqualTo("needs-analysis");
    assertThat(moved.get("stageDue").asText()).isEqualTo(today().plusDays(14).toString());

    PlatformApi.Answer skip = moveAnswer(rep, path, "contract-signing", moved, null);
    assertThat(skip.status()).isEqualTo(422);
    assertThat(skip.json().get("type").asText()).endsWith("/stage-move-refused");
    assertThat(skip.json().get("detail").asText()).contains("proposal-and-quote");
    PlatformApi.Answer back = moveAnswer(rep, path, "customer-development", moved, null);
    assertThat(back.status()).isEqualTo(422);
    PlatformApi.Answer stale = moveAnswer(rep, path, "proposal-and-quote", opportunity, null);
    assertThat(stale.status()).isEqualTo(409);
    PlatformApi.Answer unknown = moveAnswer(rep, path, "negotiation", moved, null);
    assertThat(unknown.status()).isEqualTo(400);

    JsonNode skipped = move(manager, path, "contract-signing", moved, managerId);
    assertThat(skipped.at("/stageOwner/id").asText()).isEqualTo(managerId);
    JsonNode backAgain = move(manager, path, "proposal-and-quote", skipped, null);
    assertThat(backAgain.at("/stageOwner/id").asText()).isEqualTo(repId);

    JsonNode stages = api.get(path + "/stages", rep).json();
    List<String> names = new ArrayList<>();
    stages.forEach(s -> names.add(s.get("stage").asText()));
    assertThat(names)
        .containsExactly(
            "customer-development", "needs-analysis", "contract-signing", "proposal-and-quote");
    assertThat(stages.at("/0/leftAt").isMissingNode() || stages.at("/0/leftAt").isNull()).isFalse();
    assertThat(stages.at("/3/leftAt").isMissingNode() || stages.at("/3/leftAt").isNull()).isTrue();
    assertThat(
            api.get(base + "/audit?action=opportunity.stage.move", admin)
                .json()
                .get("total")
                .asInt())
        .isEqualTo(3);
  }

  @Test
  void closingNeedsAReasonAndASignedContractToWinAndEndsTheMoves() throws Exception {
    JsonNode opportunity = open(rep, "CRM replacement", "12500").json();
    String path = path(opportunity);

    PlatformApi.Answer early = close(rep, path, "won", "They loved it", opportunity);
    assertThat(early.status()).isEqualTo(422);
    assertThat(early.json().get("type").asText()).endsWith("/closing-refused");
    assertThat(close(rep, path, "lost", " ", opportunity).status()).isEqualTo(400);
    assertThat(close(rep, path, "maybe", "Hm", opportunity).status()).isEqualTo(400);

    PlatformApi.Answer lost = close(rep, path, "lost", "Budget cut", opportunity);
    assertThat(lost.status()).as(lost.raw().body()).isEqualTo(200);
    assertThat(lost.json().get("status").asText()).isEqualTo("lost");
    assertThat(lost.json().get("closeReason").asText()).isEqualTo("Budget cut");
    assertThat(moveAnswer(manager, path, "needs-analysis", lost.json(), null).status())
        .isEqualTo(422);

    JsonNode second = open(rep, "Support contract", "3000").json();
    JsonNode signing = move(manager, path(second), "contract-signing", second, null);
    PlatformApi.Answer won = close(rep, path(second), "won", "Signed on the 3rd", signing);
    assertThat(won.status()).as(won.raw().body()).isEqualTo(200);
    assertThat(won.json().get("status").asText()).isEqualTo("won");
  }

  @Test
  void aRepReachesOnlyTheirOwnOpportunitiesAndAManagerEveryOne() throws Exception {
    String other = tenants.signInWithRole(slugOf(), TenantRole.MARKETING);
    JsonNode mine = open(rep, "Mine", "100").json();
    JsonNode managers = open(manager, "Managers", "200").json();

    assertThat(api.get(base + "/opportunities", rep).json().get("total").asInt()).isEqualTo(1);
    assertThat(api.get(path(managers), rep).status()).isEqualTo(404);
    assertThat(api.get(base + "/opportunities", manager).json().get("total").asInt()).isEqualTo(2);
    assertThat(api.get(base + "/opportunities?rep=" + repId, manager).json().get("total").asInt())
        .isEqualTo(1);
    assertThat(api.get(base + "/opportunities", other).json().get("total").asInt()).isEqualTo(2);
    assertThat(api.post(base + "/opportunities", other, Map.of()).status()).isEqualTo(403);

    PlatformApi.Answer handOver =
        api.put(
            path(mine),
            rep,
            json(
                Map.of(
                    "title",
                    "Mine",
                    "amount",
                    "100",
                    "ownerId",
                    managerId,
                    "version",
                    mine.get("version").asLong())));
    assertThat(handOver.status()).isEqualTo(403);
    // a stage given to someone else brings the opportunity into their reach
    JsonNode delegated = move(manager, path(managers), "needs-analysis", managers, repId);
    assertThat(api.get(path(managers), rep).status()).isEqualTo(200);
    assertThat(delegated.at("/owner/id").asText()).isEqualTo(managerId);
    assertThat(
            api.get(base + "/opportunities?sort=-amount", manager)
                .json()
                .at("/items/0/title")
                .asText())
        .isEqualTo("Managers");
    assertThat(api.get(base + "/opportunities?sort=secret", manager).status()).isEqualTo(400);
    assertThat(api.get(base + "/opportunities?stage=closing", manager).status()).isEqualTo(400);
  }

  @Test
  void overdueStagesAndTheBoardArePerRepAndForEveryone() throws Exception {
    JsonNode late = open(rep, "Late", "1000").json();
    open(rep, "On time", "250.50");
    JsonNode managers = open(manager, "Managers", "4000").json();
    move(manager, path(managers), "needs-analysis", managers, null);
    makeDue(late.get("id").asText(), today().minusDays(5));

    JsonNode mine = api.get(base + "/opportunities/overdue", rep).json();
    assertThat(mine.get("total").asInt()).isEqualTo(1);
    assertThat(mine.at("/items/0/title").asText()).isEqualTo("Late");
    assertThat(mine.at("/items/0/daysOverdue").asLong()).isEqualTo(5);
    assertThat(api.get(base + "/opportunities/overdue?rep=" + managerId, rep).status())
        .isEqualTo(403);
    assertThat(
            api.get(base + "/opportunities/overdue?rep=" + managerId, manager)
                .json()
                .get("total")
                .asInt())
        .isZero();
    assertThat(api.get(path(late), rep).json().get("stageOverdue").asBoolean()).isTrue();

    JsonNode board = api.get(base + "/opportunities/board", manager).json();
    assertThat(board.at("/stages/0/name").asText()).isEqualTo("customer-development");
    assertThat(board.at("/stages/0/count").asInt()).isEqualTo(2);
    assertThat(board.at("/stages/0/overdue").asInt()).isEqualTo(1);
    assertThat(board.at("/stages/0/amounts/0/amount").decimalValue())
        .isEqualByComparingTo("1250.50");
    assertThat(board.at("/stages/1/count").asInt()).isEqualTo(1);
    assertThat(board.at("/stages").size()).isEqualTo(6);
    assertThat(board.at("/won/count").asInt()).isZero();

    JsonNode repsBoard = api.get(base + "/opportunities/board", rep).json();
    assertThat(repsBoard.at("/stages/1/count").asInt()).isZero();
    JsonNode filtered = api.get(base + "/opportunities/board?rep=" + managerId, manager).json();
    assertThat(filtered.at("/stages/0/count").asInt()).isZero();
    assertThat(filtered.at("/stages/1/count").asInt()).isEqualTo(1);
    String tomorrow = today().plusDays(1).toString();
    JsonNode future = api.get(base + "/opportunities/board?from=" + tomorrow, manager).json();
    assertThat(future.at("/stages/0/count").asInt()).isZero();
    assertThat(api.get(base + "/opportunities/board?from=soon", manager).status()).isEqualTo(400);
  }

  private PlatformApi.Answer open(String token, String title, String amount) throws IOException {
    return api.post(
        base + "/opportunities",
        token,
        Map.of("customerId", customerId, "title", title, "amount", amount));
  }

  private JsonNode move(String token, String path, String stage, JsonNode at, String owner)
      throws IOException {
    PlatformApi.Answer moved = moveAnswer(token, path, stage, at, owner);
    assertThat(moved.status()).as(moved.raw().body()).isEqualTo(200);
    return moved.json();
  }

  private PlatformApi.Answer moveAnswer(
      String token, String path, String stage, JsonNode at, String owner) throws IOException {
    Map<String, Object> body = new HashMap<>();
    body.put("stage", stage);
    body.put("version", at.get("version").asLong());
    if (owner != null) {
      body.put("ownerId", owner);
    }
    return api.post(path + "/stage", token, body);
  }

  private PlatformApi.Answer close(
      String token, String path, String outcome, String reason, JsonNode at) throws IOException {
    return api.post(
        path + "/close",
        token,
        Map.of("outcome", outcome, "reason", reason, "version", at.get("version").asLong()));
  }

  private String path(JsonNode opportunity) {
    return base + "/opportunities/" + opportunity.get("id").asText();
  }

  private String slugOf() {
    return base.substring("/api/t/".length());
  }

  private static String json(Map<String, Object> body) throws IOException {
    return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
  }

  private LocalDate today() throws IOException {
    String zone = api.get(base + "/settings", admin).json().at("/settings/timeZone").asText();
    return LocalDate.now(ZoneId.of(zone));
  }

  private String currency() throws IOException {
    return api.get(base + "/settings", admin).json().at("/settings/currency").asText();
  }

  /** Lets time pass for one opportunity: its stage is due on {@code day}. */
  private void makeDue(String opportunityId, LocalDate day) throws SQLException {
    try (Connection superuser = DriverManager.getConnection(stack.databaseUrl(), "postgres", "");
        PreparedStatement update =
            superuser.prepareStatement("update opportunity set stage_due = ? where id = ?::uuid")) {
      update.setObject(1, day);
      update.setString(2, opportunityId);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }
}
