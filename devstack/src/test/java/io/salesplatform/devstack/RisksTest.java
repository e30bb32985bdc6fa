package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salesplatform.tenant.config.TenantRole;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The risk register through the API with real roles: managers register and rate risks, score and
 * level follow from likelihood and impact, overdue reviews are listed, the heat map counts the
 * grid, and inspectors, legal and marketing read without changing anything.
 */
@ExtendWith(DeployedStack.class)
class RisksTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PlatformApi api;
  private final Tenants tenants;

  private String base;
  private String manager;
  private String managerId;
  private String inspector;
  private String rep;

  RisksTest(Stack stack) {
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @BeforeEach
  void company() throws IOException {
    String slug = Tenants.uniqueSlug("risks");
    tenants.subscribeAndSignInAdmin(slug);
    base = "/api/t/" + slug;
    manager = tenants.signInWithRole(slug, TenantRole.SALES_MANAGER);
    managerId = api.get(base + "/me", manager).json().at("/user/id").asText();
    inspector = tenants.signInWithRole(slug, TenantRole.INSPECTOR);
    rep = tenants.signInWithRole(slug, TenantRole.SALES_REP);
  }

  @Test
  void aRiskIsScoredAndLevelledFromLikelihoodAndImpact() throws Exception {
    PlatformApi.Answer created =
        api.post(base + "/risks", manager, risk("credit", "Initech pays late", 4, 5, future()));

    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    JsonNode risk = created.json();
    assertThat(risk.get("score").asInt()).isEqualTo(20);
    assertThat(risk.get("level").asText()).isEqualTo("critical");
    assertThat(risk.get("status").asText()).isEqualTo("open");
    assertThat(risk.at("/owner/id").asText()).isEqualTo(managerId);
    assertThat(risk.get("reviewOverdue").asBoolean()).isFalse();

    Map<String, Object> lowered = risk("credit", "Initech pays late", 2, 5, future());
    lowered.put("status", "mitigating");
    lowered.put("mitigation", "Prepayment for new orders");
    PlatformApi.Answer stale =
        api.call(
            "PUT",
            base + "/risks/" + risk.get("id").asText(),
            manager,
            "application/json",
            JSON.writeValueAsString(lowered),
            Map.of("If-Match", "\"42\""));
    assertThat(stale.status()).isEqualTo(409);
    lowered.put("version", risk.get("version").asLong());
    PlatformApi.Answer changed =
        api.call(
            "PUT",
            base + "/risks/" + risk.get("id").asText(),
            manager,
            "application/json",
            JSON.writeValueAsString(lowered),
            Map.of());
    assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
    assertThat(changed.json().get("level").asText()).isEqualTo("high");
    assertThat(changed.json().get("status").asText()).isEqualTo("mitigating");

    PlatformApi.Answer invalid =
        api.post(base + "/risks", manager, risk("weather", "", 0, 6, "tomorrow"));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("category", "title", "likelihood", "impact", "reviewOn");
    assertThat(api.get(base + "/risks", inspector).json().get("total").asInt()).isEqualTo(1);
    assertThat(api.get(base + "/audit?action=risk.update", inspector).json().get("total").asInt())
        .isEqualTo(1);
  }

  @Test
  void overdueReviewsAndTheHeatMapShowWhatNeedsAttention() throws Exception {
    String yesterday = LocalDate.now().minusDays(2).toString();
    assertThat(
            api.post(base + "/risks", manager, risk("market", "Price war", 3, 4, yesterday))
                .status())
        .isEqualTo(201);
    assertThat(
            api.post(base + "/risks", manager, risk("internal", "No deputy", 3, 4, future()))
                .status())
        .isEqualTo(201);
    Map<String, Object> closed = risk("contract", "Old clause", 5, 5, yesterday);
    closed.put("status", "closed");
    assertThat(api.post(base + "/risks", manager, closed).status()).isEqualTo(201);

    JsonNode overdue = api.get(base + "/risks/overdue-reviews", inspector).json();
    assertThat(overdue.get("items").findValuesAsText("title")).containsExactly("Price war");
    assertThat(
            api.get(base + "/risks?reviewOverdue=true", inspector)
                .json()
                .get("items")
                .findValuesAsText("title"))
        .containsExactly("Price war");
    assertThat(
            api.get(base + "/risks?level=critical", inspector)
                .json()
                .get("items")
                .findValuesAsText("title"))
        .containsExactly("Old clause");
    assertThat(api.get(base + "/risks?category=market,internal", inspector).status())
        .isEqualTo(400);
    assertThat(
            api.get(base + "/risks?sort=title", inspector)
                .json()
                .get("items")
                .findValuesAsText("title"))
        .containsExactly("No deputy", "Old clause", "Price war");

    JsonNode map = api.get(base + "/risks/heat-map", inspector).json();
    assertThat(map.get("cells")).hasSize(25);
    assertThat(map.get("total").asInt()).isEqualTo(2);
    assertThat(map.at("/levels/high").asInt()).isEqualTo(2);
    assertThat(map.at("/levels/critical").asInt()).isZero();
    for (JsonNode cell : map.get("cells")) {
      int expected = cell.get("likelihood").asInt() == 3 && cell.get("impact").asInt() == 4 ? 2 : 0;
      assertThat(cell.get("count").asInt()).isEqualTo(expected);
    }
    assertThat(
            api.get(base + "/risks/heat-map?status=closed", inspector)
                .json()
                .at("/levels/critical")
                .asInt())
        .isEqualTo(1);

    assertThat(api.get(base + "/risks", rep).status()).isEqualTo(403);
    assertThat(api.post(base + "/risks", inspector, risk("market", "X", 1, 1, future())).status())
        .isEqualTo(403);
  }

  private static String future() {
    return LocalDate.now().plusDays(30).toString();
  }

  private static Map<String, Object> risk(
      String category, String title, int likelihood, int impact, String reviewOn) {
    Map<String, Object> risk = new HashMap<>();
    risk.put("category", category);
    risk.put("title", title);
    risk.put("likelihood", likelihood);
    risk.put("impact", impact);
    risk.put("reviewOn", reviewOn);
    return risk;
  }
}
