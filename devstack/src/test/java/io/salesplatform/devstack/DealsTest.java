package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.salesplatform.tenant.config.TenantRole;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The money side of a deal through the API with real roles: a quote priced by the company's plugin
 * needs a manager's approval, is sent only on a current credit decision and accepted; its contract
 * is signed only after legal approved its current revision (whoever asks), within the customer's
 * credit or with a manager's credit approval; signing wins the opportunity, fills the purchase
 * history and the exposure; milestones give the fulfilment rate, and the last delivery completes
 * the contract and plans a follow-up visit.
 */
@ExtendWith(DeployedStack.class)
class DealsTest {

  private final PlatformApi api;
  private final Tenants tenants;
  private String base;
  private String admin;
  private String rep;
  private String repId;
  private String manager;
  private String legal;
  private String customerId;
  private String opportunityId;
  private String productId;

  DealsTest(Stack stack) {
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @BeforeEach
  void company() throws Exception {
    String slug = Tenants.uniqueSlug("deals");
    admin = tenants.subscribeAndSignInAdmin(slug);
    base = "/api/t/" + slug;
    rep = tenants.signInWithRole(slug, TenantRole.SALES_REP);
    repId = api.get(base + "/me", rep).json().at("/user/id").asText();
    manager = tenants.signInWithRole(slug, TenantRole.SALES_MANAGER);
    legal = tenants.signInWithRole(slug, TenantRole.LEGAL);
    customerId =
        created(
            api.post(
                base + "/customers",
                rep,
                Map.of(
                    "name",
                    "Initech",
                    "channel",
                    "web",
                    "contacts",
                    List.of(Map.of("name", "Bill Lumbergh", "email", "bill@initech.example")))));
    opportunityId =
        created(
            api.post(
                base + "/opportunities",
                rep,
                Map.of("customerId", customerId, "title", "CRM", "amount", "5000.00")));
    productId =
        created(
            api.post(
                base + "/products",
                admin,
                Map.of("sku", "CRM-SEAT", "name", "CRM seat", "listPrice", "1000.00")));
  }

  @Test
  void aQuoteGoesFromPricingThroughApprovalAndCreditToAContractThatLegalMustApprove()
      throws Exception {
    CreditChecksTest.grantCreditLimit(api, base, admin, "50000");

    // a 15% discount is more than a rep may grant (10% by default): a manager must approve
    PlatformApi.Answer made =
        api.post(
            base + "/quotes",
            rep,
            Map.of(
                "opportunityId",
                opportunityId,
                "lines",
                List.of(Map.of("productId", productId, "quantity", 5, "discountPercent", 15))));
    assertThat(made.status()).as(made.raw().body()).isEqualTo(201);
    JsonNode quote = made.json();
    String quoteId = quote.get("id").asText();
    assertThat(quote.get("status").asText()).isEqualTo("pending-approval");
    assertThat(quote.at("/current/number").asInt()).isEqualTo(1);
    assertThat(quote.at("/current/pluginId").asText()).isEqualTo("tiered-pricing");
    assertThat(quote.at("/current/settingsRevision").asInt()).isPositive();
    assertThat(quote.at("/current/listTotal").decimalValue()).isEqualByComparingTo("5000.00");
    assertThat(quote.at("/current/netTotal").decimalValue())
        .isLessThan(quote.at("/current/listTotal").decimalValue());
    assertThat(quote.at("/current/approvalReasons").toString())
        .contains("discount-above-role-limit");
    assertThat(quote.get("responseDue").asText()).isNotBlank();

    assertThat(problem(api.post(base + "/quotes/" + quoteId + "/send", rep, version(quote))))
        .isEqualTo("approval-required");
    assertThat(
            api.post(base + "/quotes/" + quoteId + "/approval", rep, decision(quote, "approve"))
                .status())
        .isEqualTo(403);
    PlatformApi.Answer approved =
        api.post(base + "/quotes/" + quoteId + "/approval", manager, decision(quote, "approve"));
    assertThat(approved.status()).as(approved.raw().body()).isEqualTo(200);
    quote = approved.json();
    assertThat(quote.get("status").asText()).isEqualTo("approved");

    // the company demands a current credit decision before a quote is sent
    assertThat(problem(api.post(base + "/quotes/" + quoteId + "/send", rep, version(quote))))
        .isEqualTo("credit-decision-missing");
    PlatformApi.Answer checked =
        api.post(
            base + "/customers/" + customerId + "/credit-checks",
            rep,
            Map.of("amount", quote.at("/total/amount").asText()));
    assertThat(checked.json().get("decision").asText())
        .as(checked.raw().body())
        .isEqualTo("approve");
    PlatformApi.Answer sent = api.post(base + "/quotes/" + quoteId + "/send", rep, version(quote));
    assertThat(sent.status()).as(sent.raw().body()).isEqualTo(200);
    quote = sent.json();
    assertThat(quote.get("status").asText()).isEqualTo("sent");
    assertThat(quote.get("validUntil").asText()).isEqualTo(today().plusDays(30).toString());
    PlatformApi.Answer accepted =
        api.post(
            base + "/quotes/" + quoteId + "/response",
            rep,
            Map.of("answer", "accepted", "version", quote.get("version").asLong()));
    assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
    assertThat(api.get(base + "/quotes/" + quoteId + "/versions/1", rep).status()).isEqualTo(200);

    PlatformApi.Answer drafted =
        api.post(base + "/contracts", rep, Map.of("quoteId", quoteId, "terms", "Net 30"));
    assertThat(drafted.status()).as(drafted.raw().body()).isEqualTo(201);
    JsonNode contract = drafted.json();
    String contractId = contract.get("id").asText();
    String contractPath = base + "/contracts/" + contractId;
    assertThat(contract.get("status").asText()).isEqualTo("in-review");
    assertThat(contract.at("/value/amount").decimalValue())
        .isEqualByComparingTo(quote.at("/total/amount").decimalValue());
    assertThat(api.post(base + "/contracts", rep, Map.of("quoteId", quoteId)).status())
        .isEqualTo(409);

    // unreviewed: refused for the rep and for the tenant admin alike
    assertThat(problem(api.post(contractPath + "/sign", rep, signature(contract))))
        .isEqualTo("contract-not-approved");
    assertThat(problem(api.post(contractPath + "/sign", admin, signature(contract))))
        .isEqualTo("contract-not-approved");
    assertThat(api.post(contractPath + "/review", rep, review(contract, "approve", null)).status())
        .isEqualTo(403);
    contract =
        ok(
            api.post(
                contractPath + "/review", legal, review(contract, "request-changes", "Add SLA")));
    assertThat(contract.get("status").asText()).isEqualTo("changes-requested");
    assertThat(problem(api.post(contractPath + "/sign", admin, signature(contract))))
        .isEqualTo("contract-not-approved");
    contract =
        ok(
            api.put(
                contractPath,
                rep,
                "{\"terms\": \"Net 30, SLA 99.9%\", \"version\": "
                    + contract.get("version").asLong()
                    + "}"));
    assertThat(contract.get("revision").asInt()).isEqualTo(2);
    contract = ok(api.post(contractPath + "/submit", rep, version(contract)));
    contract = ok(api.post(contractPath + "/review", legal, review(contract, "approve", null)));
    assertThat(contract.get("status").asText()).isEqualTo("approved");
    PlatformApi.Answer signed = api.post(contractPath + "/sign", rep, signature(contract));
    assertThat(signed.status()).as(signed.raw().body()).isEqualTo(200);
    contract = signed.json();
    assertThat(contract.get("status").asText()).isEqualTo("signed");

    JsonNode opportunity = api.get(base + "/opportunities/" + opportunityId, rep).json();
    assertThat(opportunity.get("status").asText()).isEqualTo("won");
    assertThat(opportunity.get("stage").asText()).isEqualTo("implementation-and-tracking");
    assertThat(opportunity.at("/value/amount").decimalValue())
        .isEqualByComparingTo(contract.at("/value/amount").decimalValue());
    JsonNode file = api.get(base + "/customers/" + customerId, rep).json();
    assertThat(file.at("/purchaseHistory/0/number").asInt())
        .isEqualTo(contract.get("number").asInt());
    assertThat(file.at("/purchaseHistory/0/status").asText()).isEqualTo("signed");
    assertThat(file.at("/creditProfile/exposure/amount").decimalValue())
        .isEqualByComparingTo(contract.at("/value/amount").decimalValue());

    // milestones: one delivery overdue, then delivered on time and late; the last completes
    LocalDate today = today();
    String install = milestone(contractPath, "Install", "delivery", today.minusDays(2), null);
    milestone(contractPath, "First invoice", "invoice", today.plusDays(10), "1000.00");
    String training = milestone(contractPath, "Training", "delivery", today.minusDays(1), null);
    JsonNode overdue = api.get(base + "/contracts/overdue-milestones", rep).json();
    assertThat(overdue.get("total").asInt()).isEqualTo(2);
    assertThat(overdue.at("/items/0/milestone/id").asText()).isEqualTo(install);
    ok(
        api.post(
            contractPath + "/milestones/" + install + "/delivery",
            rep,
            Map.of("on", today.minusDays(3).toString())));
    JsonNode fulfilment = api.get(base + "/contracts/fulfilment?rep=" + repId, manager).json();
    assertThat(fulfilment.at("/0/due").asInt()).isEqualTo(2);
    assertThat(fulfilment.at("/0/onTime").asInt()).isEqualTo(1);
    assertThat(fulfilment.at("/0/rate").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(api.get(contractPath, rep).json().get("status").asText()).isEqualTo("signed");

    ok(api.post(contractPath + "/milestones/" + training + "/delivery", rep, Map.of()));
    JsonNode completed = api.get(contractPath, rep).json();
    assertThat(completed.get("status").asText()).isEqualTo("completed");
    assertThat(completed.at("/fulfilment/rate").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(api.get(base + "/customers/" + customerId, rep).json().get("nextVisit").asText())
        .isEqualTo(today.plusDays(7).toString());
    assertThat(api.get(base + "/opportunities/" + opportunityId, rep).json().get("stage").asText())
        .isEqualTo("after-sales");
    // completion sends the customer's contact a satisfaction survey through the survey plugin
    JsonNode surveys =
        api.get(base + "/surveys?trigger=contract-completion&customer=" + customerId, rep).json();
    assertThat(surveys.get("total").asLong()).as(surveys.toString()).isEqualTo(1);
    assertThat(surveys.toString()).contains("bill@initech.example");
    List<String> actions = new ArrayList<>();
    api.get(base + "/audit?limit=100", admin)
        .json()
        .get("items")
        .forEach(e -> actions.add(e.get("action").asText()));
    assertThat(actions)
        .contains(
            "quote.create",
            "quote.approve",
            "quote.send",
            "quote.accept",
            "contract.create",
            "contract.review",
            "contract.amend",
            "contract.sign",
            "contract.complete",
            "customer.visit.plan");
  }

  @Test
  void signingBeyondTheCustomersCreditLimitNeedsAManagersCreditApproval() throws Exception {
    CreditChecksTest.grantCreditLimit(api, base, admin, "500");
    // asked about no deal, the customer is approved within its 500 limit
    assertThat(
            api.post(base + "/customers/" + customerId + "/credit-checks", rep, Map.of())
                .json()
                .get("decision")
                .asText())
        .isEqualTo("approve");
    JsonNode contract = approvedContract();
    String contractPath = base + "/contracts/" + contract.get("id").asText();

    assertThat(problem(api.post(contractPath + "/sign", rep, signature(contract))))
        .isEqualTo("credit-approval-required");
    assertThat(
            api.post(contractPath + "/credit-approval", rep, Map.of("comment", "ok", "version", 1))
                .status())
        .isEqualTo(403);
    contract =
        ok(
            api.post(
                contractPath + "/credit-approval",
                manager,
                Map.of(
                    "comment",
                    "Long-standing customer",
                    "version",
                    contract.get("version").asLong())));
    assertThat(contract.at("/creditApproval/current").asBoolean()).isTrue();
    PlatformApi.Answer signed = api.post(contractPath + "/sign", rep, signature(contract));
    assertThat(signed.status()).as(signed.raw().body()).isEqualTo(200);
  }

  /** A contract of a 1000.00 quote, sent and accepted, that legal approved. */
  private JsonNode approvedContract() throws IOException {
    Deals deals = new Deals(api, base);
    JsonNode quote = deals.send(rep, deals.quote(rep, opportunityId, productId, 1));
    deals.accept(rep, quote);
    return deals.review(legal, deals.contract(rep, quote), "approve");
  }

  private String milestone(
      String contractPath, String title, String kind, LocalDate due, String amount)
      throws IOException {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("title", title);
    body.put("kind", kind);
    body.put("dueOn", due.toString());
    if (amount != null) {
      body.put("amount", amount);
    }
    return created(api.post(contractPath + "/milestones", rep, body));
  }

  private static Map<String, Object> version(JsonNode resource) {
    return Map.of("version", resource.get("version").asLong());
  }

  private static Map<String, Object> decision(JsonNode quote, String decision) {
    return Map.of(
        "decision", decision, "comment", "seen", "version", quote.get("version").asLong());
  }

  private static Map<String, Object> review(JsonNode contract, String decision, String comment) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("decision", decision);
    if (comment != null) {
      body.put("comment", comment);
    }
    body.put("version", contract.get("version").asLong());
    return body;
  }

  private static Map<String, Object> signature(JsonNode contract) {
    return Map.of("signedBy", "Bill Lumbergh", "version", contract.get("version").asLong());
  }

  private static String problem(PlatformApi.Answer answer) {
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(422);
    String type = answer.json().get("type").asText();
    return type.substring(type.lastIndexOf('/') + 1);
  }

  private static JsonNode ok(PlatformApi.Answer answer) {
    assertThat(answer.status()).as(answer.raw().body()).isIn(200, 201);
    return answer.json();
  }

  private static String created(PlatformApi.Answer answer) {
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(201);
    return answer.json().get("id").asText();
  }

  private LocalDate today() throws IOException {
    String zone = api.get(base + "/settings", admin).json().at("/settings/timeZone").asText();
    return LocalDate.now(ZoneId.of(zone));
  }
}
