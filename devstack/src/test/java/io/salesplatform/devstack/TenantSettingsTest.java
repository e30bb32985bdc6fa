package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tenant's policy settings: read by everyone of the tenant, changed by its admin only, every
 * change a revision with author, reason and diff; stale changes and broken settings refused.
 */
@ExtendWith(DeployedStack.class)
class TenantSettingsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Stack stack;
  private final PlatformApi api;
  private final Tenants tenants;
  private String slug;
  private String admin;

  TenantSettingsTest(Stack stack) {
    this.stack = stack;
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @BeforeEach
  void subscribeACompany() throws Exception {
    slug = Tenants.uniqueSlug("policy");
    admin = tenants.subscribeAndSignInAdmin(slug);
  }

  @Test
  void aNewCompanyStartsAtRevisionOneWithThePlatformsDefaults() throws Exception {
    PlatformApi.Answer current = api.get(settingsPath(), admin);

    assertThat(current.status()).isEqualTo(200);
    assertThat(current.header("ETag")).isEqualTo("W/\"rev-1\"");
    assertThat(current.json().get("revision").asInt()).isEqualTo(1);
    assertThat(current.json().get("author").asText()).isEqualTo("operator");
    int sum = 0;
    for (JsonNode weight : current.json().at("/settings/appraisal/weights")) {
      sum += weight.asInt();
    }
    assertThat(sum).isEqualTo(100);
    assertThat(api.get(settingsPath() + "/revisions", admin).json().get("total").asInt())
        .isEqualTo(1);
  }

  @Test
  void everyoneOfTheCompanyReadsTheSettingsButOnlyItsAdminChangesThem() throws Exception {
    String rep = api.token(Realms.SALES, "demo-rep", "demo");
    String demoAdmin = api.token(Realms.SALES, "demo-admin", "demo");
    JsonNode demo = api.get("/api/t/demo/settings", rep).json();

    assertThat(api.get("/api/t/demo/settings", rep).status()).isEqualTo(200);
    PlatformApi.Answer byRep =
        api.put("/api/t/demo/settings", rep, change(demo, "rep tries", s -> {}));
    assertThat(byRep.status()).isEqualTo(403);
    assertThat(api.get(settingsPath(), demoAdmin).status()).isEqualTo(404);
    assertThat(api.get("/api/t/demo/settings", admin).status()).isEqualTo(404);
  }

  @Test
  void aChangeBecomesARevisionWithItsDiffAndARollbackRestoresTheOldSettings() throws Exception {
    JsonNode first = api.get(settingsPath(), admin).json();
    int revenue = first.at("/settings/appraisal/weights/salesRevenue").asInt();
    int collaboration = first.at("/settings/appraisal/weights/teamCollaboration").asInt();

    PlatformApi.Answer changed =
        api.put(
            settingsPath(),
            admin,
            change(
                first,
                "Revenue counts more this year",
                s -> {
                  weights(s).put("salesRevenue", revenue + 5);
                  weights(s).put("teamCollaboration", collaboration - 5);
                }));

    assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
    assertThat(changed.json().get("number").asInt()).isEqualTo(2);
    assertThat(changed.header("ETag")).isEqualTo("W/\"rev-2\"");
    JsonNode revision2 = api.get(settingsPath() + "/revisions/2", admin).json();
    assertThat(revision2.at("/revision/reason").asText())
        .isEqualTo("Revenue counts more this year");
    assertThat(revision2.at("/revision/author").asText()).isEqualTo("admin@" + slug + ".example");
    assertThat(revision2.at("/revision/changes").findValuesAsText("path"))
        .containsExactlyInAnyOrder(
            "appraisal.weights.salesRevenue", "appraisal.weights.teamCollaboration");
    JsonNode diff = api.get(settingsPath() + "/diff?from=1&to=2", admin).json().get("changes");
    assertThat(diff).hasSize(2);
    JsonNode history = api.get(settingsPath() + "/revisions", admin).json();
    assertThat(history.get("items").findValuesAsText("number")).containsExactly("2", "1");

    PlatformApi.Answer rolledBack =
        api.post(
            settingsPath() + "/rollback",
            admin,
            "{\"toRevision\":1,\"basedOn\":2,\"reason\":\"Back to the defaults\"}");

    assertThat(rolledBack.status()).as(rolledBack.raw().body()).isEqualTo(201);
    assertThat(rolledBack.header("Location")).endsWith("/api/t/" + slug + "/settings/revisions/3");
    JsonNode now = api.get(settingsPath(), admin).json();
    assertThat(now.get("revision").asInt()).isEqualTo(3);
    assertThat(now.get("settings")).isEqualTo(first.get("settings"));
    assertThat(rolledBack.json().get("rolledBackTo").asInt()).isEqualTo(1);
    JsonNode roundTrip = api.get(settingsPath() + "/diff?from=1&to=3", admin).json();
    assertThat(roundTrip.get("changes")).isEmpty();
    // the diff names who revised the policy in between, and why (8.4)
    assertThat(roundTrip.get("revisions").findValuesAsText("reason"))
        .containsExactly(
            "Revenue counts more this year", "Rollback to revision 1: Back to the defaults");
    assertThat(roundTrip.get("revisions").findValuesAsText("author"))
        .containsOnly("admin@" + slug + ".example");
  }

  @Test
  void aChangeBasedOnAStaleRevisionIsRefused() throws Exception {
    JsonNode first = api.get(settingsPath(), admin).json();
    assertThat(
            api.put(
                    settingsPath(),
                    admin,
                    change(first, "first edit", s -> s.put("locale", "zh-CN")))
                .status())
        .isEqualTo(200);

    PlatformApi.Answer stale =
        api.put(
            settingsPath(),
            admin,
            change(first, "second edit from old copy", s -> s.put("currency", "EUR")));
    PlatformApi.Answer staleByHeader =
        api.send(
            HttpRequest.newBuilder(URI.create(stack.settings().platformUrl() + settingsPath()))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .header("If-Match", "W/\"rev-1\"")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        withoutBasedOn(change(first, "again", s -> s.put("currency", "EUR"))))));

    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().get("type").asText()).endsWith("/stale-revision");
    assertThat(staleByHeader.status()).isEqualTo(409);
    assertThat(api.get(settingsPath(), admin).json().at("/settings/currency").asText())
        .isEqualTo(first.at("/settings/currency").asText());
  }

  @Test
  void brokenSettingsAreRefusedWithEveryViolationByPath() throws Exception {
    JsonNode first = api.get(settingsPath(), admin).json();

    PlatformApi.Answer refused =
        api.put(
            settingsPath(),
            admin,
            change(
                first,
                "careless edit",
                s -> {
                  weights(s).put("salesRevenue", weights(s).get("salesRevenue").asInt() + 10);
                  ((ObjectNode) s.get("stageDeadlines")).put("needsAnalysis", -3);
                  s.put("favouriteColour", "blue");
                }));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().get("errors").findValuesAsText("field"))
        .contains(
            "settings.appraisal.weights",
            "settings.stageDeadlines.needsAnalysis",
            "settings.favouriteColour");
    assertThat(api.get(settingsPath(), admin).json().get("revision").asInt()).isEqualTo(1);

    PlatformApi.Answer noReason =
        api.put(settingsPath(), admin, change(first, " ", s -> s.put("locale", "zh-CN")));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().get("errors").findValuesAsText("field")).containsExactly("reason");

    PlatformApi.Answer unknownPlugin =
        api.put(
            settingsPath(),
            admin,
            change(
                first,
                "try a plugin",
                s -> ((ObjectNode) s.at("/plugins/pricing")).put("pluginId", "no-such-plugin")));
    assertThat(unknownPlugin.status()).isEqualTo(400);
    assertThat(unknownPlugin.json().get("errors").findValuesAsText("field"))
        .contains("settings.plugins.pricing.pluginId");

    PlatformApi.Answer badConfiguration =
        api.put(
            settingsPath(),
            admin,
            change(
                first,
                "a credit limit in words",
                s ->
                    ((ObjectNode) s.at("/plugins/credit-check/config"))
                        .put("creditLimit", "lots")));
    assertThat(badConfiguration.status()).isEqualTo(400);
    assertThat(badConfiguration.json().get("errors").findValuesAsText("field"))
        .contains("settings.plugins.credit-check.config.creditLimit");
  }

  @Test
  void identicalSettingsMakeNoNewRevision() throws Exception {
    JsonNode first = api.get(settingsPath(), admin).json();

    PlatformApi.Answer same =
        api.put(settingsPath(), admin, change(first, "nothing really", s -> {}));

    assertThat(same.status()).isEqualTo(200);
    assertThat(same.json().get("number").asInt()).isEqualTo(1);
    assertThat(api.get(settingsPath() + "/revisions", admin).json().get("total").asInt())
        .isEqualTo(1);
  }

  private String settingsPath() {
    return "/api/t/" + slug + "/settings";
  }

  private static ObjectNode weights(ObjectNode settings) {
    return (ObjectNode) settings.at("/appraisal/weights");
  }

  /** A change body: the current settings, edited, based on their revision. */
  private static String change(
      JsonNode current, String reason, java.util.function.Consumer<ObjectNode> edit)
      throws Exception {
    ObjectNode settings = current.get("settings").deepCopy();
    edit.accept(settings);
    ObjectNode body = JSON.createObjectNode();
    body.put("basedOn", current.get("revision").asInt());
    body.put("reason", reason);
    body.set("settings", settings);
    return JSON.writeValueAsString(body);
  }

  private static String withoutBasedOn(String body) throws Exception {
    ObjectNode node = (ObjectNode) JSON.readTree(body);
    node.remove("basedOn");
    return JSON.writeValueAsString(node);
  }
}
