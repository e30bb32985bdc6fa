package io.salesplatform.devstack;

import static io.salesplatform.devstack.Deals.created;
import static io.salesplatform.devstack.Deals.ok;
import static io.salesplatform.devstack.Deals.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.salesplatform.tenant.config.TenantRole;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One customer from first contact to the after-sales survey and a repeat sale, through the API,
 * each step taken by the role the sales policy names: the rep opens the file, visits, moves the
 * opportunity and quotes; the manager approves the discount; the company's policy holds the quote
 * back until a credit decision; legal approves the contract before anyone (the tenant admin too)
 * may sign; the signature moves the rep's goal; the last delivery completes the contract, plans the
 * follow-up visit and surveys the customer, who answers through the public link; a complaint is
 * overdue by this company's own deadlines (not by another company's) and closes with a survey; the
 * ticket opens a repeat sale that shows its origin.
 */
@ExtendWith(DeployedStack.class)
class CustomerJourneyTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Stack stack;
  private final PlatformApi api;
  private final Tenants tenants;

  CustomerJourneyTest(Stack stack) {
    this.stack = stack;
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @Test
  void aCustomerGoesFromFirstContactThroughADealToAfterSalesAndARepeatSale() throws Exception {
    String slug = Tenants.uniqueSlug("journey");
    String admin = tenants.subscribeAndSignInAdmin(slug);
    String base = "/api/t/" + slug;
    String rep = tenants.signInWithRole(slug, TenantRole.SALES_REP);
    String repId = api.get(base + "/me", rep).json().at("/user/id").asText();
    String manager = tenants.signInWithRole(slug, TenantRole.SALES_MANAGER);
    String legal = tenants.signInWithRole(slug, TenantRole.LEGAL);
    Deals deals = new Deals(api, base);
    LocalDate today = today(base, admin);

    // the company's policy: a credit decision before any quote is sent, high complaints within 4 h
    tenants.changeSettings(
        slug,
        admin,
        "Credit before quotes; high complaints answered within 4 hours",
        s -> {
          ((ObjectNode) s.get("quotes")).put("creditCheckRequiredBeforeSending", true);
          ((ObjectNode) s.at("/complaints/responseHoursBySeverity")).put("high", 4);
        });
    CreditChecksTest.grantCreditLimit(api, base, admin, "50000");
    String productId =
        created(
            api.post(
                base + "/products",
                admin,
                Map.of("sku", "CRM-SEAT", "name", "CRM seat", "listPrice", "1000.00")));

    // first contact: the rep opens the customer's file with a contact and records a visit
    String customerId =
        created(
            api.post(
                base + "/customers",
                rep,
                Map.of(
                    "name",
                    "Initech",
                    "channel",
                    "web",
                    "segment",
                    "key",
                    "contacts",
                    List.of(Map.of("name", "Bill Lumbergh", "email", "bill@initech.example")))));
    JsonNode visit =
        ok(
            api.post(
                base + "/customers/" + customerId + "/visits",
                rep,
                Map.of(
                    "visitedOn",
                    today.toString(),
                    "outcome",
                    "Wants a CRM for 5 people",
                    "nextStep",
                    "Analyse their needs")));
    assertThat(visit.at("/recorded/status").asText()).isEqualTo("recorded");
    assertThat(
            api.get(base + "/customers/" + customerId, rep).json().at("/assignedRep/id").asText())
        .isEqualTo(repId);

    // the opportunity goes through the stages, one at a time, by the rep
    JsonNode opportunity =
        ok(
            api.post(
                base + "/opportunities",
                rep,
                Map.of("customerId", customerId, "title", "CRM", "amount", "5000.00")));
    String opportunityId = opportunity.get("id").asText();
    String opportunityPath = base + "/opportunities/" + opportunityId;
    assertThat(opportunity.get("stage").asText()).isEqualTo("customer-development");
    assertThat(opportunity.get("origin").asText()).isEqualTo("direct");
    for (String stage : List.of("needs-analysis", "proposal-and-quote", "contract-signing")) {
      opportunity =
          ok(
              api.post(
                  opportunityPath + "/stage",
                  rep,
                  Map.of("stage", stage, "version", opportunity.get("version").asLong())));
      assertThat(opportunity.get("stage").asText()).isEqualTo(stage);
      assertThat(opportunity.at("/stageOwner/id").asText()).isEqualTo(repId);
    }

    // the quote, priced by the plugin: a 15% discount is beyond the rep's, the manager approves
    JsonNode quote = deals.quote(rep, opportunityId, productId, 5, 15);
    assertThat(quote.get("status").asText()).isEqualTo("pending-approval");
    assertThat(quote.at("/current/pluginId").asText()).isEqualTo("tiered-pricing");
    assertThat(quote.at("/current/netTotal").decimalValue())
        .isLessThan(quote.at("/current/listTotal").decimalValue());
    assertThat(deals.approval(rep, quote, "approve").status())
        .as("a rep does not approve their own discount")
        .isEqualTo(403);
    quote = ok(deals.approval(manager, quote, "approve"));
    assertThat(quote.get("status").asText()).isEqualTo("approved");

    // sending waits for a current credit decision, as the company's policy says
    assertThat(problem(deals.sending(rep, quote))).isEqualTo("credit-decision-missing");
    JsonNode checked =
        ok(
            api.post(
                base + "/customers/" + customerId + "/credit-checks",
                rep,
                Map.of("amount", quote.at("/total/amount").asText())));
    assertThat(checked.get("decision").asText()).isEqualTo("approve");
    quote = deals.send(rep, quote);
    assertThat(quote.get("status").asText()).isEqualTo("sent");
    quote = deals.accept(rep, quote);
    assertThat(quote.get("status").asText()).isEqualTo("accepted");

    // the contract: nobody signs before legal approved it, the tenant admin neither
    JsonNode contract = deals.contract(rep, quote);
    BigDecimal value = contract.at("/value/amount").decimalValue();
    assertThat(value).isEqualByComparingTo(quote.at("/total/amount").decimalValue());
    assertThat(contract.get("status").asText()).isEqualTo("in-review");
    assertThat(problem(deals.signing(rep, contract))).isEqualTo("contract-not-approved");
    assertThat(problem(deals.signing(admin, contract))).isEqualTo("contract-not-approved");
    contract = deals.review(legal, contract, "approve");
    assertThat(contract.get("status").asText()).isEqualTo("approved");

    // the rep's goal for the quarter, set by the manager before the signature
    String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
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
                "20000.00",
                "newCustomerTarget",
                2)));
    String goals = base + "/goals?quarter=" + quarter + "&scope=rep&subject=" + repId;
    BigDecimal before = achieved(goals, rep);

    contract = deals.sign(rep, contract);
    assertThat(contract.get("status").asText()).isEqualTo("signed");
    assertThat(achieved(goals, rep)).isEqualByComparingTo(before.add(value));
    assertThat(api.get(goals, rep).json().at("/items/0/newCustomers/achieved").asInt())
        .isEqualTo(1);
    assertThat(api.get(opportunityPath, rep).json().get("status").asText()).isEqualTo("won");

    // fulfilment: the last delivery completes the contract and starts after-sales
    String goLive = deals.milestone(rep, contract, "Go-live", "delivery", today.plusDays(5));
    deals.deliver(rep, contract, goLive);
    assertThat(api.get(deals.contractPath(contract), rep).json().get("status").asText())
        .isEqualTo("completed");
    assertThat(api.get(opportunityPath, rep).json().get("stage").asText()).isEqualTo("after-sales");
    assertThat(api.get(base + "/customers/" + customerId, rep).json().get("nextVisit").asText())
        .as("the follow-up visit")
        .isEqualTo(today.plusDays(7).toString());
    JsonNode surveys =
        api.get(base + "/surveys?trigger=contract-completion&customer=" + customerId, rep).json();
    assertThat(surveys.get("total").asInt()).as(surveys.toString()).isEqualTo(1);
    String surveyId = surveys.at("/items/0/id").asText();
    assertThat(surveys.at("/items/0/contact/email").asText()).isEqualTo("bill@initech.example");
    assertThat(surveys.at("/items/0/subjectId").asText()).isEqualTo(contract.get("id").asText());

    // the customer answers through the link the mail carried, without signing in
    String token = linkToken(surveyId);
    assertThat(api.get("/api/public/surveys/" + token, null).status()).isEqualTo(200);
    ok(
        api.post(
            "/api/public/surveys/" + token,
            null,
            Map.of("ratings", Map.of("recommend", 9), "comment", "Smooth go-live")));
    JsonNode answered = api.get(base + "/surveys/" + surveyId, rep).json();
    assertThat(answered.get("status").asText()).isEqualTo("answered");
    assertThat(answered.get("score").asInt()).isEqualTo(90);
    assertThat(answered.get("category").asText()).isEqualTo("promoter");

    // a complaint, overdue after 5 hours by this company's 4 hours
    JsonNode ticket =
        ok(api.post(base + "/tickets", rep, TicketsTest.complaint(customerId, "high")));
    String ticketId = ticket.get("id").asText();
    assertThat(ticket.get("responseHours").asInt()).isEqualTo(4);
    TicketsTest.backdate(stack, ticketId, Duration.ofHours(5));
    JsonNode overdue = api.get(base + "/tickets/overdue", rep).json();
    assertThat(overdue.get("total").asInt()).isEqualTo(1);
    assertThat(overdue.at("/items/0/id").asText()).isEqualTo(ticketId);
    assertThat(overdue.at("/items/0/missedDeadline").asText()).isEqualTo("response");

    // the same age of complaint in a company on the default 24 hours is not overdue
    String otherSlug = Tenants.uniqueSlug("journey-other");
    String otherAdmin = tenants.subscribeAndSignInAdmin(otherSlug);
    String otherBase = "/api/t/" + otherSlug;
    String otherCustomer =
        created(
            api.post(
                otherBase + "/customers",
                otherAdmin,
                Map.of(
                    "name",
                    "Globex",
                    "channel",
                    "web",
                    "contacts",
                    List.of(Map.of("name", "Hank Scorpio", "email", "hank@globex.example")))));
    JsonNode otherTicket =
        ok(
            api.post(
                otherBase + "/tickets", otherAdmin, TicketsTest.complaint(otherCustomer, "high")));
    assertThat(otherTicket.get("responseHours").asInt()).isEqualTo(24);
    String otherTicketId = otherTicket.get("id").asText();
    TicketsTest.backdate(stack, otherTicketId, Duration.ofHours(5));
    assertThat(api.get(otherBase + "/tickets/overdue", otherAdmin).json().get("total").asInt())
        .isZero();
    assertThat(
            api.get(otherBase + "/tickets/" + otherTicketId, otherAdmin)
                .json()
                .get("overdue")
                .asBoolean())
        .isFalse();
    assertThat(api.get(base + "/tickets/" + ticketId, rep).json().get("overdue").asBoolean())
        .isTrue();

    // responded, resolved (by the manager), closed: the closing surveys the ticket's contact
    ticket = ticketStep(base, rep, ticket, "respond", "Sorry, we are on it");
    assertThat(ticket.get("status").asText()).isEqualTo("in-progress");
    assertThat(api.get(base + "/tickets/overdue", rep).json().get("total").asInt()).isZero();
    ticket = ticketStep(base, manager, ticket, "resolve", "Shipped the missing licences");
    assertThat(ticket.get("status").asText()).isEqualTo("resolved");
    ticket = ok(api.post(base + "/tickets/" + ticketId + "/close", rep, Deals.version(ticket)));
    assertThat(ticket.get("status").asText()).isEqualTo("closed");
    JsonNode closureSurvey =
        api.get(base + "/surveys/" + ticket.get("surveyId").asText(), rep).json();
    assertThat(closureSurvey.get("trigger").asText()).isEqualTo("ticket-closure");
    assertThat(closureSurvey.get("subjectId").asText()).isEqualTo(ticketId);

    // the ticket opens a repeat sale for the customer's rep, with its origin
    JsonNode repeat =
        ok(
            api.post(
                base + "/tickets/" + ticketId + "/repeat-sale",
                rep,
                Map.of("title", "Five more seats", "amount", "5000.00")));
    JsonNode opened = api.get(base + "/opportunities/" + repeat.get("id").asText(), rep).json();
    assertThat(opened.get("origin").asText()).isEqualTo("ticket");
    assertThat(opened.get("originId").asText()).isEqualTo(ticketId);
    assertThat(opened.get("stage").asText()).isEqualTo("customer-development");
    assertThat(opened.at("/owner/id").asText()).isEqualTo(repId);
    assertThat(opened.get("customerId").asText()).isEqualTo(customerId);
  }

  /** The revenue achieved of the only goal {@code goals} lists. */
  private BigDecimal achieved(String goals, String token) throws IOException {
    JsonNode listed = api.get(goals, token).json();
    assertThat(listed.get("total").asInt()).as(listed.toString()).isEqualTo(1);
    return listed.at("/items/0/revenue/achieved/amount").decimalValue();
  }

  private JsonNode ticketStep(String base, String token, JsonNode ticket, String step, String text)
      throws IOException {
    return ok(
        api.post(
            base + "/tickets/" + ticket.get("id").asText() + "/" + step,
            token,
            Map.of("text", text, "version", ticket.get("version").asLong())));
  }

  /** The token of the link the {@code survey.issued} event gave the mail sender. */
  private String linkToken(String surveyId) throws Exception {
    List<String> issued = OutboxEvents.payloads(stack, "survey.issued", surveyId);
    assertThat(issued).hasSize(1);
    String link = JSON.readTree(issued.get(0)).get("link").asText();
    return link.substring(link.lastIndexOf('/') + 1);
  }

  private LocalDate today(String base, String admin) throws IOException {
    String zone = api.get(base + "/settings", admin).json().at("/settings/timeZone").asText();
    return LocalDate.now(ZoneId.of(zone));
  }
}
