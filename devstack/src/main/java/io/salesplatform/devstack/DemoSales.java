package io.salesplatform.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo company's sales (or another company's sample sales), made through the API by the people
 * the policy names, so that every screen and summary has something to show on first sign-in: a
 * catalogue, customers of each segment with contacts, opportunities at every stage, a deal through
 * quote, credit check, approval, legal review, signature and delivery, goals of the quarter, a
 * complaint and a risk. Made once: a company that has customers already is left as it is.
 */
final class DemoSales {

  private final PlatformApi api;
  private final String base;
  private final String admin;
  private final String manager;
  private final String rep;
  private final String legal;
  private final LocalDate today;

  private DemoSales(
      PlatformApi api, String slug, String admin, String manager, String rep, String legal)
      throws IOException {
    this.api = api;
    this.base = "/api/t/" + slug;
    this.admin = admin;
    this.manager = manager;
    this.rep = rep;
    this.legal = legal;
    String zone = ok(api.get(base + "/settings", admin)).at("/settings/timeZone").asText("UTC");
    this.today = LocalDate.now(ZoneId.of(zone));
  }

  /** The demo company's sales, by its admin, manager, rep and legal counsel. */
  static boolean ensureDemo(PlatformApi api) throws IOException {
    return ensure(
        api,
        DemoTenant.SLUG,
        api.token(Realms.SALES, "demo-admin", DemoTenant.PASSWORD),
        api.token(Realms.SALES, "demo-manager", DemoTenant.PASSWORD),
        api.token(Realms.SALES, "demo-rep", DemoTenant.PASSWORD),
        api.token(Realms.SALES, "demo-legal", DemoTenant.PASSWORD));
  }

  /**
   * Makes a company's sample sales, each step by the role the policy names (tokens of the company's
   * admin, a sales manager, a sales rep and legal counsel), unless it has customers already.
   *
   * @return whether it made them
   */
  static boolean ensure(
      PlatformApi api, String slug, String admin, String manager, String rep, String legal)
      throws IOException {
    DemoSales demo = new DemoSales(api, slug, admin, manager, rep, legal);
    if (ok(api.get(demo.base + "/customers?limit=1", admin)).path("total").asLong() > 0) {
      return false;
    }
    demo.make();
    return true;
  }

  private void make() throws IOException {
    String repId = ok(api.get(base + "/me", rep)).at("/user/id").asText();
    creditLimit("250000");

    String seat = product("CRM-SEAT", "CRM seat, per year", "480.00", "90.00");
    product("ONBOARDING", "Onboarding package", "6000.00", "3500.00");
    product("SUPPORT-PLUS", "Premium support, per year", "2400.00", "600.00");

    String initech =
        customer("Initech", "strategic", "software", "referral", "Bill Lumbergh", "bill");
    String globex =
        customer("Globex", "key", "manufacturing", "trade-show", "Hank Scorpio", "hank");
    String umbrella =
        customer("Umbrella Health", "standard", "healthcare", "web", "Alice Abernathy", "alice");
    String hooli = customer("Hooli", "key", "software", "market-research", "Gavin Belson", "gavin");
    visit(globex, "Reviewed their sales process; 40 users", "Send a proposal for 40 seats");

    // opportunities at each stage of the pipeline
    opportunity(hooli, "Hooli: CRM pilot", "12000.00", "customer-development");
    opportunity(umbrella, "Umbrella: field sales team", "18500.00", "needs-analysis");
    opportunity(globex, "Globex: 40 seats", "19200.00", "proposal-and-quote");

    // goals of the quarter, set by the manager before the deal is signed
    String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    goal(quarter, "company", null, "150000.00", 6);
    goal(quarter, "rep", repId, "60000.00", 3);

    // one deal from the quote to its delivery
    JsonNode deal =
        opportunity(initech, "Initech: company-wide CRM", "24000.00", "contract-signing");
    String dealId = deal.get("id").asText();
    JsonNode quote = quote(dealId, seat, 50, 12);
    if (quote.get("status").asText().equals("pending-approval")) {
      quote =
          ok(
              api.post(
                  path("quotes", quote) + "/approval",
                  manager,
                  Map.of(
                      "decision",
                      "approve",
                      "comment",
                      "Strategic account: discount agreed",
                      "version",
                      version(quote))));
    }
    ok(
        api.post(
            base + "/customers/" + initech + "/credit-checks",
            rep,
            Map.of("amount", quote.at("/total/amount").asText())));
    quote = ok(api.post(path("quotes", quote) + "/send", rep, Map.of("version", version(quote))));
    quote =
        ok(
            api.post(
                path("quotes", quote) + "/response",
                rep,
                Map.of("answer", "accepted", "version", version(quote))));
    JsonNode contract =
        ok(api.post(base + "/contracts", rep, Map.of("quoteId", quote.get("id").asText())));
    contract =
        ok(
            api.post(
                path("contracts", contract) + "/review",
                legal,
                Map.of(
                    "decision",
                    "approve",
                    "comment",
                    "Standard terms",
                    "version",
                    version(contract))));
    contract =
        ok(
            api.post(
                path("contracts", contract) + "/sign",
                rep,
                Map.of("signedBy", "Bill Lumbergh", "version", version(contract))));
    String kickOff =
        milestone(contract, "Kick-off workshop", "company-obligation", today.minusDays(1), null);
    ok(
        api.post(
            path("contracts", contract) + "/milestones/" + kickOff + "/delivery", rep, Map.of()));
    milestone(contract, "Go-live", "delivery", today.plusDays(21), null);
    BigDecimal half =
        contract
            .at("/value/amount")
            .decimalValue()
            .divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_EVEN);
    milestone(contract, "First invoice", "invoice", today.plusDays(30), half);

    // after-sales: a complaint of the signed customer, assigned to its rep
    Map<String, Object> complaint = new HashMap<>();
    complaint.put("customerId", initech);
    complaint.put("contractId", contract.get("id").asText());
    complaint.put("kind", "complaint");
    complaint.put("category", "service");
    complaint.put("severity", "medium");
    complaint.put("subject", "Data import slower than promised");
    complaint.put("description", "The import of 80,000 contacts took two days instead of hours.");
    complaint.put("contact", Map.of("name", "Bill Lumbergh", "email", "bill@initech.example"));
    ok(api.post(base + "/tickets", rep, complaint));

    // supervision: a credit risk on the pipeline's largest open deal, reviewed in two weeks
    Map<String, Object> risk = new HashMap<>();
    risk.put("category", "credit");
    risk.put("title", "Globex pays its suppliers late");
    risk.put("likelihood", 3);
    risk.put("impact", 4);
    risk.put("mitigation", "Ask for a deposit with the order");
    risk.put("reviewOn", today.plusDays(14).toString());
    ok(api.post(base + "/risks", manager, risk));
  }

  /** The company's credit scorecard with a limit a demo deal fits in. */
  private void creditLimit(String limit) throws IOException {
    for (JsonNode point : ok(api.get(base + "/plugins", admin))) {
      JsonNode selected = point.path("selected");
      if (point.path("point").asText().equals("credit-check")
          && selected.path("pluginId").asText().equals("credit-limit")) {
        Map<String, Object> config = new HashMap<>();
        selected
            .path("config")
            .fields()
            .forEachRemaining(f -> config.put(f.getKey(), f.getValue()));
        config.put("creditLimit", Integer.parseInt(limit));
        ok(
            api.put(
                base + "/plugins/credit-check",
                admin,
                Map.of(
                    "pluginId",
                    "credit-limit",
                    "version",
                    selected.path("version").asText(),
                    "extension",
                    selected.path("extension").asText(),
                    "config",
                    config,
                    "reason",
                    "Demo company: credit limit " + limit)));
      }
    }
  }

  private String product(String sku, String name, String listPrice, String unitCost)
      throws IOException {
    return id(
        api.post(
            base + "/products",
            admin,
            Map.of("sku", sku, "name", name, "listPrice", listPrice, "unitCost", unitCost)));
  }

  private String customer(
      String name, String segment, String industry, String channel, String contact, String mailbox)
      throws IOException {
    String domain = name.toLowerCase().replaceAll("[^a-z]", "") + ".example";
    return id(
        api.post(
            base + "/customers",
            rep,
            Map.of(
                "name",
                name,
                "segment",
                segment,
                "industry",
                industry,
                "channel",
                channel,
                "contacts",
                List.of(Map.of("name", contact, "email", mailbox + "@" + domain)))));
  }

  private void visit(String customerId, String outcome, String nextStep) throws IOException {
    ok(
        api.post(
            base + "/customers/" + customerId + "/visits",
            rep,
            Map.of("visitedOn", today.toString(), "outcome", outcome, "nextStep", nextStep)));
  }

  /** An opportunity of the rep's, moved stage by stage up to {@code stage}. */
  private JsonNode opportunity(String customerId, String title, String amount, String stage)
      throws IOException {
    JsonNode opportunity =
        ok(
            api.post(
                base + "/opportunities",
                rep,
                Map.of("customerId", customerId, "title", title, "amount", amount)));
    for (String next : List.of("needs-analysis", "proposal-and-quote", "contract-signing")) {
      if (opportunity.get("stage").asText().equals(stage)) {
        break;
      }
      opportunity =
          ok(
              api.post(
                  path("opportunities", opportunity) + "/stage",
                  rep,
                  Map.of("stage", next, "version", version(opportunity))));
    }
    return opportunity;
  }

  private void goal(String quarter, String scope, String subjectId, String revenue, int customers)
      throws IOException {
    Map<String, Object> goal = new HashMap<>();
    goal.put("quarter", quarter);
    goal.put("scope", scope);
    if (subjectId != null) {
      goal.put("subjectId", subjectId);
    }
    goal.put("revenueTarget", revenue);
    goal.put("newCustomerTarget", customers);
    ok(api.post(base + "/goals", manager, goal));
  }

  private JsonNode quote(String opportunityId, String productId, int quantity, int discount)
      throws IOException {
    Map<String, Object> line = new HashMap<>();
    line.put("productId", productId);
    line.put("quantity", quantity);
    line.put("discountPercent", discount);
    return ok(
        api.post(
            base + "/quotes", rep, Map.of("opportunityId", opportunityId, "lines", List.of(line))));
  }

  private String milestone(
      JsonNode contract, String title, String kind, LocalDate due, BigDecimal amount)
      throws IOException {
    Map<String, Object> milestone = new HashMap<>();
    milestone.put("title", title);
    milestone.put("kind", kind);
    milestone.put("dueOn", due.toString());
    if (amount != null) {
      milestone.put("amount", amount.toPlainString());
    }
    return id(api.post(path("contracts", contract) + "/milestones", rep, milestone));
  }

  private String path(String collection, JsonNode resource) {
    return base + "/" + collection + "/" + resource.get("id").asText();
  }

  private static long version(JsonNode resource) {
    return resource.get("version").asLong();
  }

  private static String id(PlatformApi.Answer answer) throws IOException {
    return ok(answer).get("id").asText();
  }

  private static JsonNode ok(PlatformApi.Answer answer) throws IOException {
    if (answer.status() != 200 && answer.status() != 201) {
      throw new IOException(
          "making the demo company's sales failed: "
              + answer.raw().request().method()
              + " "
              + answer.raw().request().uri().getPath()
              + " answered "
              + answer.status()
              + " "
              + answer.raw().body());
    }
    return answer.json();
  }
}
