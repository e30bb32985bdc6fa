package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.salesplatform.tenant.config.TenantRole;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Market analyses through the API with real roles: marketing records them with findings and the
 * strategy changes that followed, the next one falls due at the company's interval, and reps read
 * them without changing anything.
 */
@ExtendWith(DeployedStack.class)
class MarketAnalysesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PlatformApi api;
  private final Tenants tenants;

  private String slug;
  private String base;
  private String admin;
  private String marketing;
  private String rep;

  MarketAnalysesTest(Stack stack) {
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @BeforeEach
  void company() throws IOException {
    slug = Tenants.uniqueSlug("market");
    admin = tenants.subscribeAndSignInAdmin(slug);
    base = "/api/t/" + slug;
    marketing = tenants.signInWithRole(slug, TenantRole.MARKETING);
    rep = tenants.signInWithRole(slug, TenantRole.SALES_REP);
  }

  @Test
  void theNextAnalysisFallsDueAtTheCompanysIntervalAfterTheLastPeriod() throws Exception {
    LocalDate today = LocalDate.now();
    JsonNode none = api.get(base + "/market-analyses/schedule", rep).json();
    assertThat(none.get("intervalDays").asInt()).isEqualTo(90);
    assertThat(none.path("lastPeriodEnd").isMissingNode() || none.get("lastPeriodEnd").isNull())
        .isTrue();
    assertThat(none.get("nextDue").asText()).isEqualTo(today.toString());

    LocalDate end = today.minusDays(100);
    PlatformApi.Answer created =
        api.call(
            "POST",
            base + "/market-analyses",
            marketing,
            "application/json",
            JSON.writeValueAsString(
                Map.of(
                    "periodFrom", end.minusDays(89).toString(),
                    "periodTo", end.toString(),
                    "summary", "Mid-market buyers delay purchases",
                    "findings", List.of("Budgets frozen", "Rivals discount by 10%"),
                    "strategyChanges",
                        List.of(
                            Map.of(
                                "decision",
                                "Offer quarterly billing",
                                "decidedOn",
                                end.plusDays(3).toString())))),
            Map.of("Idempotency-Key", "q1"));
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    JsonNode analysis = created.json();
    assertThat(analysis.at("/author/id").asText())
        .isEqualTo(api.get(base + "/me", marketing).json().at("/user/id").asText());
    assertThat(analysis.get("findings")).hasSize(2);
    assertThat(analysis.at("/strategyChanges/0/decidedOn").asText())
        .isEqualTo(end.plusDays(3).toString());

    JsonNode due = api.get(base + "/market-analyses/schedule", rep).json();
    assertThat(due.get("nextDue").asText()).isEqualTo(end.plusDays(90).toString());
    assertThat(due.get("overdue").asBoolean()).isTrue();
    assertThat(due.get("daysOverdue").asInt()).isEqualTo(10);

    // the company analyses every 120 days from now on
    JsonNode current = api.get(base + "/settings", admin).json();
    ObjectNode settings = current.get("settings").deepCopy();
    ((ObjectNode) settings.get("marketAnalysis")).put("intervalDays", 120);
    ObjectNode body = JSON.createObjectNode();
    body.put("basedOn", current.get("revision").asInt());
    body.put("reason", "Slower market");
    body.set("settings", settings);
    assertThat(api.put(base + "/settings", admin, JSON.writeValueAsString(body)).status())
        .isEqualTo(200);
    JsonNode later = api.get(base + "/market-analyses/schedule", rep).json();
    assertThat(later.get("nextDue").asText()).isEqualTo(end.plusDays(120).toString());
    assertThat(later.get("overdue").asBoolean()).isFalse();

    ((ObjectNode) settings.get("marketAnalysis")).put("intervalDays", 3);
    body.put("basedOn", current.get("revision").asInt() + 1);
    PlatformApi.Answer tooOften = api.put(base + "/settings", admin, JSON.writeValueAsString(body));
    assertThat(tooOften.status()).isEqualTo(400);
    assertThat(tooOften.raw().body()).contains("settings.marketAnalysis.intervalDays");
  }

  @Test
  void analysesAreCheckedWholeAndChangedWithTheirVersion() throws Exception {
    LocalDate today = LocalDate.now();
    PlatformApi.Answer invalid =
        api.post(
            base + "/market-analyses",
            marketing,
            "{\"periodFrom\":\""
                + today.minusDays(5)
                + "\",\"periodTo\":\""
                + today.plusDays(1)
                + "\",\"findings\":[\"\"],\"strategyChanges\":[{\"decision\":\"x\"}]}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder(
            "periodTo", "summary", "findings[0]", "strategyChanges[0].decidedOn");
    assertThat(api.get(base + "/market-analyses", rep).json().get("total").asInt()).isZero();

    Map<String, Object> content =
        Map.of(
            "periodFrom", today.minusDays(30).toString(),
            "periodTo", today.minusDays(1).toString(),
            "summary", "Stable demand");
    PlatformApi.Answer created = api.post(base + "/market-analyses", marketing, content);
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    String path = base + "/market-analyses/" + created.json().get("id").asText();
    assertThat(api.post(base + "/market-analyses", rep, content).status()).isEqualTo(403);
    assertThat(api.get(path, rep).status()).isEqualTo(200);

    PlatformApi.Answer changed =
        api.call(
            "PUT",
            path,
            marketing,
            "application/json",
            JSON.writeValueAsString(
                Map.of(
                    "periodFrom", today.minusDays(30).toString(),
                    "periodTo", today.minusDays(1).toString(),
                    "summary", "Stable demand",
                    "strategyChanges",
                        List.of(Map.of("decision", "Keep prices", "decidedOn", today.toString())))),
            Map.of("If-Match", created.header("ETag")));
    assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
    assertThat(changed.json().get("strategyChanges")).hasSize(1);
    PlatformApi.Answer stale =
        api.call(
            "PUT",
            path,
            marketing,
            "application/json",
            JSON.writeValueAsString(content),
            Map.of("If-Match", created.header("ETag")));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(
            api.get(base + "/audit?action=market-analysis.update", admin)
                .json()
                .get("total")
                .asInt())
        .isEqualTo(1);
  }
}
