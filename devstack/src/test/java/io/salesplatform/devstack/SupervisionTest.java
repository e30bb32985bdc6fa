package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salesplatform.tenant.config.TenantRole;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Supervision through the API with real roles (policy 8.1, 8.2): sales managers schedule
 * inspections for inspectors, only the named inspector conducts one along its checklist and records
 * findings, overdue inspections and findings are listed; everyone raises feedback and sees their
 * own, managers see and answer all of it, and anonymous feedback hides its raiser.
 */
@ExtendWith(DeployedStack.class)
class SupervisionTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PlatformApi api;
  private final Tenants tenants;

  private String base;
  private String manager;
  private String inspector;
  private String inspectorId;
  private String rep;
  private String repId;
  private String marketing;

  SupervisionTest(Stack stack) {
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @BeforeEach
  void company() throws IOException {
    String slug = Tenants.uniqueSlug("supervised");
    tenants.subscribeAndSignInAdmin(slug);
    base = "/api/t/" + slug;
    manager = tenants.signInWithRole(slug, TenantRole.SALES_MANAGER);
    inspector = tenants.signInWithRole(slug, TenantRole.INSPECTOR);
    inspectorId = api.get(base + "/me", inspector).json().at("/user/id").asText();
    rep = tenants.signInWithRole(slug, TenantRole.SALES_REP);
    repId = api.get(base + "/me", rep).json().at("/user/id").asText();
    marketing = tenants.signInWithRole(slug, TenantRole.MARKETING);
  }

  @Test
  void managersScheduleInspectionsThatOnlyTheirInspectorConducts() throws Exception {
    assertThat(api.post(base + "/inspections", manager, plan(repId, "2030-01-10")).status())
        .as("a rep's roles do not allow inspecting")
        .isEqualTo(400);
    assertThat(api.post(base + "/inspections", inspector, plan(inspectorId, "2030-01-10")).status())
        .isEqualTo(403);
    PlatformApi.Answer scheduled =
        api.post(base + "/inspections", manager, plan(inspectorId, "2030-01-10"));
    assertThat(scheduled.status()).as(scheduled.raw().body()).isEqualTo(201);
    JsonNode inspection = scheduled.json();
    String path = base + "/inspections/" + inspection.get("id").asText();
    assertThat(inspection.get("status").asText()).isEqualTo("scheduled");
    assertThat(inspection.at("/inspector/id").asText()).isEqualTo(inspectorId);
    assertThat(inspection.get("checklist")).hasSize(2);

    String results =
        "{\"items\":[{\"result\":\"pass\"},{\"result\":\"fail\",\"notes\":\"Two quotes late\"}]}";
    assertThat(
            api.call(
                    "PUT",
                    path + "/checklist",
                    manager,
                    "application/json",
                    results,
                    Map.of("If-Match", scheduled.header("ETag")))
                .status())
        .as("a manager does not conduct")
        .isEqualTo(403);
    PlatformApi.Answer partial =
        api.call(
            "PUT",
            path + "/checklist",
            inspector,
            "application/json",
            "{\"items\":[{\"result\":\"pass\"},{}]}",
            Map.of("If-Match", scheduled.header("ETag")));
    assertThat(partial.status()).as(partial.raw().body()).isEqualTo(200);
    PlatformApi.Answer early =
        api.call(
            "POST",
            path + "/complete",
            inspector,
            "application/json",
            "{}",
            Map.of("If-Match", partial.header("ETag")));
    assertThat(early.status()).isEqualTo(422);
    assertThat(early.json().get("type").asText()).endsWith("checklist-incomplete");

    PlatformApi.Answer checked =
        api.call(
            "PUT",
            path + "/checklist",
            inspector,
            "application/json",
            results,
            Map.of("If-Match", partial.header("ETag")));
    assertThat(checked.json().get("failed").asInt()).isEqualTo(1);
    Map<String, Object> finding = new HashMap<>();
    finding.put("severity", "high");
    finding.put("description", "Quotes sent after the response time");
    finding.put("responsibleId", repId);
    finding.put("dueOn", LocalDate.now().minusDays(3).toString());
    PlatformApi.Answer found = api.post(path + "/findings", inspector, finding);
    assertThat(found.status()).as(found.raw().body()).isEqualTo(201);
    PlatformApi.Answer completed =
        api.call(
            "POST",
            path + "/complete",
            inspector,
            "application/json",
            "{\"conclusion\":\"Quotes need a reminder\"}",
            Map.of("If-Match", checked.header("ETag")));
    assertThat(completed.status()).as(completed.raw().body()).isEqualTo(200);
    assertThat(completed.json().get("status").asText()).isEqualTo("completed");
    assertThat(completed.json().get("openFindings").asInt()).isEqualTo(1);
    assertThat(
            api.call(
                    "PUT",
                    path + "/checklist",
                    inspector,
                    "application/json",
                    results,
                    Map.of("If-Match", completed.header("ETag")))
                .status())
        .isEqualTo(422);

    JsonNode overdue = api.get(base + "/inspections/overdue-findings", manager).json();
    assertThat(overdue.get("total").asInt()).isEqualTo(1);
    assertThat(overdue.at("/items/0/daysOverdue").asInt()).isEqualTo(3);
    assertThat(
            api.get(base + "/inspections/overdue-findings?responsible=" + inspectorId, manager)
                .json()
                .get("total")
                .asInt())
        .isZero();

    finding.put("status", "resolved");
    PlatformApi.Answer unexplained =
        api.call(
            "PUT",
            path + "/findings/" + found.json().get("id").asText(),
            inspector,
            "application/json",
            JSON.writeValueAsString(finding),
            Map.of("If-Match", found.header("ETag")));
    assertThat(unexplained.status()).isEqualTo(400);
    finding.put("resolution", "Reminder set up for every quote");
    PlatformApi.Answer resolved =
        api.call(
            "PUT",
            path + "/findings/" + found.json().get("id").asText(),
            inspector,
            "application/json",
            JSON.writeValueAsString(finding),
            Map.of("If-Match", found.header("ETag")));
    assertThat(resolved.status()).as(resolved.raw().body()).isEqualTo(200);
    assertThat(resolved.json().get("overdue").asBoolean()).isFalse();
    assertThat(
            api.get(base + "/inspections/overdue-findings", inspector).json().get("total").asInt())
        .isZero();
    assertThat(api.get(base + "/inspections", rep).status()).isEqualTo(403);
  }

  @Test
  void inspectionsPastTheirDayAreListedAsOverdue() throws Exception {
    String yesterday = LocalDate.now().minusDays(1).toString();
    assertThat(api.post(base + "/inspections", manager, plan(inspectorId, yesterday)).status())
        .isEqualTo(201);
    assertThat(api.post(base + "/inspections", manager, plan(inspectorId, "2030-01-10")).status())
        .isEqualTo(201);

    JsonNode overdue = api.get(base + "/inspections?overdue=true", inspector).json();
    assertThat(overdue.get("total").asInt()).isEqualTo(1);
    assertThat(overdue.at("/items/0/overdue").asBoolean()).isTrue();
    assertThat(api.get(base + "/inspections?status=late", inspector).status()).isEqualTo(400);
  }

  @Test
  void everyoneRaisesFeedbackAndManagementAnswersItWithHistoryKept() throws Exception {
    PlatformApi.Answer raised =
        api.post(
            base + "/feedback",
            rep,
            Map.of(
                "category", "problem",
                "subject", "Quote form is slow",
                "text", "It takes a minute to open",
                "anonymous", true));
    assertThat(raised.status()).as(raised.raw().body()).isEqualTo(201);
    assertThat(raised.json().at("/raisedBy/id").asText()).isEqualTo(repId);
    assertThat(raised.json().get("mine").asBoolean()).isTrue();
    String path = base + "/feedback/" + raised.json().get("id").asText();
    PlatformApi.Answer named =
        api.post(
            base + "/feedback",
            marketing,
            Map.of("category", "suggestion", "subject", "Trade show list", "text", "Import it"));
    assertThat(named.status()).isEqualTo(201);

    // members see their own only; management sees all, anonymous ones without the name
    assertThat(api.get(base + "/feedback", rep).json().get("total").asInt()).isEqualTo(1);
    assertThat(api.get(path, marketing).status()).isEqualTo(404);
    JsonNode all = api.get(base + "/feedback?sort=createdAt", manager).json();
    assertThat(all.get("total").asInt()).isEqualTo(2);
    assertThat(all.at("/items/0/raisedBy").isMissingNode() || all.at("/items/0/raisedBy").isNull())
        .isTrue();
    assertThat(all.at("/items/1/raisedBy/name").asText()).isNotBlank();

    assertThat(
            api.call("POST", path + "/answers", rep, "application/json", "{}", Map.of()).status())
        .isEqualTo(403);
    PlatformApi.Answer answered =
        api.call(
            "POST",
            path + "/answers",
            manager,
            "application/json",
            "{\"answer\":\"We will look at it\",\"status\":\"accepted\"}",
            Map.of("If-Match", raised.header("ETag")));
    assertThat(answered.status()).as(answered.raw().body()).isEqualTo(200);
    PlatformApi.Answer stale =
        api.call(
            "POST",
            path + "/answers",
            manager,
            "application/json",
            "{\"answer\":\"Done\",\"status\":\"done\"}",
            Map.of("If-Match", raised.header("ETag")));
    assertThat(stale.status()).isEqualTo(409);
    PlatformApi.Answer done =
        api.call(
            "POST",
            path + "/answers",
            manager,
            "application/json",
            "{\"answer\":\"Faster now\",\"status\":\"done\"}",
            Map.of("If-Match", answered.header("ETag")));
    assertThat(done.status()).isEqualTo(200);

    JsonNode seen = api.get(path, rep).json();
    assertThat(seen.get("status").asText()).isEqualTo("done");
    assertThat(seen.get("answers").findValuesAsText("status")).containsExactly("accepted", "done");
    assertThat(api.get(base + "/feedback?status=done", manager).json().get("total").asInt())
        .isEqualTo(1);
    PlatformApi.Answer invalid =
        api.post(base + "/feedback", rep, Map.of("category", "rant", "subject", "", "text", "x"));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("category", "subject");
  }

  private static Map<String, Object> plan(String inspectorId, String day) {
    return Map.of(
        "title",
        "Quotes and visits",
        "scope",
        "company",
        "scheduledOn",
        day,
        "inspectorId",
        inspectorId,
        "checklist",
        List.of("Visits recorded with outcome", "Quotes sent within response time"));
  }
}
