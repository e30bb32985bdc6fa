package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.salesplatform.tenant.config.TenantRole;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Credit checks through the API with real roles: the company's credit-check plugin decides on the
 * platform's figures, each decision is kept with what was sent, and the customer file shows the
 * latest one with the exposure; a company without a credit plugin gets a clear problem.
 */
@ExtendWith(DeployedStack.class)
class CreditChecksTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final String BUNDLED = "0.1.0-SNAPSHOT";

  private final PlatformApi api;
  private final Tenants tenants;
  private String slug;
  private String base;
  private String admin;
  private String rep;
  private String customerId;

  CreditChecksTest(Stack stack) {
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @BeforeEach
  void company() throws IOException {
    slug = Tenants.uniqueSlug("credit");
    admin = tenants.subscribeAndSignInAdmin(slug);
    base = "/api/t/" + slug;
    rep = tenants.signInWithRole(slug, TenantRole.SALES_REP);
    PlatformApi.Answer customer =
        api.post(base + "/customers", rep, Map.of("name", "Initech", "channel", "web"));
    assertThat(customer.status()).as(customer.raw().body()).isEqualTo(201);
    customerId = customer.json().get("id").asText();
  }

  @Test
  void theCompanysPluginDecidesAndTheDecisionIsKeptAndShownOnTheCustomerFile() throws Exception {
    grantCreditLimit(api, base, admin, "50000");

    PlatformApi.Answer checked =
        api.post(
            base + "/customers/" + customerId + "/credit-checks",
            rep,
            Map.of("amount", "12000.00", "countryCode", "DE"));

    assertThat(checked.status()).as(checked.raw().body()).isEqualTo(201);
    JsonNode decision = checked.json();
    assertThat(decision.get("decision").asText()).isEqualTo("approve");
    assertThat(decision.get("pluginId").asText()).isEqualTo("credit-limit");
    assertThat(decision.get("pluginVersion").asText()).isEqualTo(BUNDLED);
    assertThat(decision.get("extension").asText()).isEqualTo("internal-scorecard");
    assertThat(decision.at("/creditLimit/amount").decimalValue()).isPositive();
    assertThat(decision.at("/inputs/requestedAmount").decimalValue()).isEqualByComparingTo("12000");
    assertThat(decision.at("/inputs/currentExposure").decimalValue()).isZero();
    assertThat(decision.at("/inputs/countryCode").asText()).isEqualTo("DE");
    assertThat(decision.get("reasons").size()).isPositive();

    JsonNode history = api.get(base + "/customers/" + customerId + "/credit-checks", rep).json();
    assertThat(history.get("total").asInt()).isEqualTo(1);
    assertThat(history.at("/items/0/id").asText()).isEqualTo(decision.get("id").asText());
    JsonNode file = api.get(base + "/customers/" + customerId, rep).json();
    assertThat(file.at("/creditProfile/latestDecision").asText()).isEqualTo("approve");
    assertThat(file.at("/creditProfile/current").asBoolean()).isTrue();
    assertThat(file.at("/creditProfile/exposure/amount").decimalValue()).isZero();
    assertThat(file.at("/creditProfile/creditLimit/amount").decimalValue())
        .isEqualByComparingTo(decision.at("/creditLimit/amount").decimalValue());
    JsonNode audit = api.get(base + "/audit?action=credit.check", admin).json();
    assertThat(audit.get("total").asInt()).isEqualTo(1);
  }

  @Test
  void aCompanyWithoutACreditPluginGetsAClearProblemAndNothingIsKept() throws Exception {
    withoutCreditPlugin();

    PlatformApi.Answer refused =
        api.post(base + "/customers/" + customerId + "/credit-checks", rep, Map.of());

    assertThat(refused.status()).as(refused.raw().body()).isEqualTo(422);
    assertThat(refused.json().get("type").asText()).endsWith("no-credit-check-plugin");
    assertThat(
            api.get(base + "/customers/" + customerId + "/credit-checks", rep)
                .json()
                .get("total")
                .asInt())
        .isZero();
  }

  @Test
  void aCustomerOutOfReachIsUnknownAndMarketingChecksNoCredit() throws Exception {
    String otherRep = tenants.signInWithRole(slug, TenantRole.SALES_REP);
    String mine =
        api.post(base + "/customers", admin, Map.of("name", "Globex", "channel", "web"))
            .json()
            .get("id")
            .asText();
    String marketing = tenants.signInWithRole(slug, TenantRole.MARKETING);

    assertThat(api.post(base + "/customers/" + mine + "/credit-checks", rep, Map.of()).status())
        .isEqualTo(404);
    assertThat(
            api.post(base + "/customers/" + customerId + "/credit-checks", marketing, Map.of())
                .status())
        .isEqualTo(403);
    assertThat(otherRep).isNotNull();
    PlatformApi.Answer bad =
        api.post(
            base + "/customers/" + customerId + "/credit-checks",
            rep,
            Map.of("amount", "-1", "currency", "euro"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.raw().body()).contains("amount", "currency");
  }

  /** Configures the company's credit plugin with a standard limit of {@code limit}. */
  static void grantCreditLimit(PlatformApi api, String base, String admin, String limit)
      throws Exception {
    PlatformApi.Answer chosen =
        api.put(
            base + "/plugins/credit-check",
            admin,
            JSON.writeValueAsString(
                Map.of(
                    "pluginId",
                    "credit-limit",
                    "version",
                    BUNDLED,
                    "extension",
                    "internal-scorecard",
                    "config",
                    Map.of("creditLimit", Integer.parseInt(limit)),
                    "reason",
                    "credit limit " + limit)));
    assertThat(chosen.status()).as(chosen.raw().body()).isEqualTo(200);
  }

  private void withoutCreditPlugin() throws Exception {
    JsonNode current = api.get(base + "/settings", admin).json();
    ObjectNode body = JSON.createObjectNode();
    body.put("basedOn", current.get("revision").asInt());
    body.put("reason", "no credit checks");
    ObjectNode settings = current.get("settings").deepCopy();
    // a null removes the selection; an absent key would keep it
    ((ObjectNode) settings.get("plugins")).putNull("credit-check");
    ((ObjectNode) settings.get("quotes")).put("creditCheckRequiredBeforeSending", false);
    body.set("settings", settings);
    PlatformApi.Answer answer = api.put(base + "/settings", admin, JSON.writeValueAsString(body));
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
  }
}
