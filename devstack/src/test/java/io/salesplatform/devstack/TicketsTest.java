package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.salesplatform.tenant.config.TenantRole;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * After-sales tickets through the API: deadlines from the company's complaint settings as they were
 * when a ticket was opened, the status flow with its refusals, reach and reassignment, overdue
 * tickets, and the satisfaction survey issued when a ticket closes.
 */
@ExtendWith(DeployedStack.class)
class TicketsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Stack stack;
  private final PlatformApi api;
  private final Tenants tenants;

  private String slug;
  private String base;
  private String admin;
  private String rep;
  private String repId;
  private String manager;
  private String customerId;

  TicketsTest(Stack stack) {
    this.stack = stack;
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @BeforeEach
  void company() throws IOException {
    slug = Tenants.uniqueSlug("tickets");
    admin = tenants.subscribeAndSignInAdmin(slug);
    base = "/api/t/" + slug;
    rep = tenants.signInWithRole(slug, TenantRole.SALES_REP);
    repId = api.get(base + "/me", rep).json().at("/user/id").asText();
    manager = tenants.signInWithRole(slug, TenantRole.SALES_MANAGER);
    customerId = customer(rep, "Initech", true);
  }

  @Test
  void theResponseDeadlineFollowsTheSettingsWhenOpenedAndALaterChangeMovesNoOldDeadline()
      throws Exception {
    PlatformApi.Answer opened =
        api.call(
            "POST",
            base + "/tickets",
            rep,
            "application/json",
            JSON.writeValueAsString(complaint(customerId, "high")),
            Map.of("Idempotency-Key", "ticket-1"));
    assertThat(opened.status()).as(opened.raw().body()).isEqualTo(201);
    JsonNode ticket = opened.json();
    assertThat(ticket.get("status").asText()).isEqualTo("open");
    assertThat(ticket.at("/assignee/id").asText()).isEqualTo(repId);
    assertThat(ticket.get("responseHours").asInt()).isEqualTo(24);
    Instant openedAt = Instant.parse(ticket.get("openedAt").asText());
    assertThat(Instant.parse(ticket.get("responseDue").asText()))
        .isEqualTo(openedAt.plus(Duration.ofHours(24)));
    assertThat(Instant.parse(ticket.get("resolutionDue").asText()))
        .isEqualTo(openedAt.plus(Duration.ofHours(96)));
    PlatformApi.Answer replayed =
        api.call(
            "POST",
            base + "/tickets",
            rep,
            "application/json",
            JSON.writeValueAsString(complaint(customerId, "high")),
            Map.of("Idempotency-Key", "ticket-1"));
    assertThat(replayed.status()).isEqualTo(201);
    assertThat(replayed.json().get("id").asText()).isEqualTo(ticket.get("id").asText());
    assertThat(api.get(base + "/tickets", rep).json().get("total").asInt()).isEqualTo(1);
    assertThat(outbox("ticket.opened", ticket.get("id").asText())).hasSize(1);

    tenants.changeSettings(
        slug,
        admin,
        "High complaints within 6 hours",
        s -> ((ObjectNode) s.at("/complaints/responseHoursBySeverity")).put("high", 6));

    JsonNode old = api.get(base + "/tickets/" + ticket.get("id").asText(), rep).json();
    assertThat(old.get("responseDue").asText()).isEqualTo(ticket.get("responseDue").asText());
    assertThat(old.get("responseHours").asInt()).isEqualTo(24);
    JsonNode fresh = api.post(base + "/tickets", rep, complaint(customerId, "high")).json();
    assertThat(fresh.get("responseHours").asInt()).isEqualTo(6);
    assertThat(fresh.get("settingsRevision").asInt())
        .isGreaterThan(ticket.get("settingsRevision").asInt());
  }

  @Test
  void aTicketMovesFromOpenToClosedAndClosingSurveysTheTicketsContact() throws Exception {
    JsonNode ticket = open(rep, customerId);
    String id = ticket.get("id").asText();

    PlatformApi.Answer early = api.post(base + "/tickets/" + id + "/close", rep, version(ticket));
    assertThat(early.status()).as(early.raw().body()).isEqualTo(422);
    assertThat(early.contentType()).startsWith("application/problem+json");
    assertThat(early.json().get("detail").asText()).contains("resolved");
    PlatformApi.Answer bare = api.post(base + "/tickets/" + id + "/resolve", rep, version(ticket));
    assertThat(bare.status()).isEqualTo(400);
    assertThat(bare.raw().body()).contains("text");

    JsonNode responded = step(rep, id, "respond", ticket, "We are looking into it");
    assertThat(responded.get("status").asText()).isEqualTo("in-progress");
    assertThat(responded.hasNonNull("firstResponseAt")).isTrue();
    PlatformApi.Answer stale =
        api.post(
            base + "/tickets/" + id + "/resolve",
            rep,
            Map.of("text", "Shipped", "version", ticket.get("version").asLong()));
    assertThat(stale.status()).isEqualTo(409);

    JsonNode resolved = step(rep, id, "resolve", responded, "Shipped the missing parts");
    assertThat(resolved.get("resolution").asText()).isEqualTo("Shipped the missing parts");
    PlatformApi.Answer closed =
        api.post(base + "/tickets/" + id + "/close", rep, version(resolved));
    assertThat(closed.status()).as(closed.raw().body()).isEqualTo(200);
    assertThat(closed.json().get("status").asText()).isEqualTo("closed");
    String surveyId = closed.json().get("surveyId").asText();
    // the closing's event carries the survey it issued, and the answer's version is current
    assertThat(outbox("ticket.closed", id)).singleElement().asString().contains(surveyId);
    assertThat(api.get(base + "/tickets/" + id, rep).json().get("version").asLong())
        .isEqualTo(closed.json().get("version").asLong());
    JsonNode survey = api.get(base + "/surveys/" + surveyId, rep).json();
    assertThat(survey.get("trigger").asText()).isEqualTo("ticket-closure");
    assertThat(survey.get("subjectId").asText()).isEqualTo(id);
    assertThat(survey.at("/contact/email").asText()).isEqualTo("anna@initech.example");

    JsonNode read = api.get(base + "/tickets/" + id, rep).json();
    List<String> actions = new ArrayList<>();
    read.get("history").forEach(h -> actions.add(h.get("action").asText()));
    assertThat(actions).containsExactly("opened", "responded", "resolved", "closed");
    assertThat(read.at("/history/1/by/id").asText()).isEqualTo(repId);
    JsonNode reopened = step(rep, id, "reopen", read, "Parts broken on arrival");
    assertThat(reopened.get("status").asText()).isEqualTo("in-progress");
    assertThat(reopened.hasNonNull("resolution")).isFalse();
  }

  @Test
  void closingStillCommitsWhenNoSurveyCanBeIssuedAndTheOutboxSaysWhy() throws Exception {
    String silent = customer(rep, "Hooli", false);
    Map<String, Object> body = complaint(silent, "low");
    body.remove("contact");
    JsonNode ticket = api.post(base + "/tickets", rep, body).json();
    String id = ticket.get("id").asText();
    JsonNode resolved = step(rep, id, "resolve", ticket, "Explained the invoice");

    PlatformApi.Answer closed =
        api.post(base + "/tickets/" + id + "/close", rep, version(resolved));

    assertThat(closed.status()).as(closed.raw().body()).isEqualTo(200);
    assertThat(closed.json().get("status").asText()).isEqualTo("closed");
    assertThat(closed.json().hasNonNull("surveyId")).isFalse();
    String notIssued = outbox("survey.not-issued", id).get(0);
    JsonNode event = JSON.readTree(notIssued);
    assertThat(event.get("trigger").asText()).isEqualTo("ticket-closure");
    assertThat(event.get("customerId").asText()).isEqualTo(silent);
    assertThat(event.get("reason").asText())
        .isEqualTo("contact: required: the customer's file has no contact with an e-mail address");
    assertThat(event.get("problem").asText()).isEqualTo("invalid-request");
    assertThat(outbox("survey.not-issued", id)).hasSize(1);
    assertThat(outbox("ticket.closed", id)).hasSize(1);
  }

  @Test
  void completingAContractForACustomerWithoutAnEmailContactSaysWhyNoSurveyWasIssued()
      throws Exception {
    String silent = customer(admin, "Hooli", false);
    Map<String, String> ids = contractedDeal(silent);
    String contractId = ids.get("{contractId}");
    String contract = base + "/contracts/" + contractId;
    approveAndSign(contract);

    PlatformApi.Answer delivered =
        api.post(
            contract + "/milestones/" + ids.get("{milestoneId}") + "/delivery", admin, Map.of());

    assertThat(delivered.status()).as(delivered.raw().body()).isEqualTo(200);
    assertThat(api.get(contract, admin).json().get("status").asText()).isEqualTo("completed");
    List<String> notIssued = outbox("survey.not-issued", contractId);
    assertThat(notIssued).hasSize(1);
    JsonNode event = JSON.readTree(notIssued.get(0));
    assertThat(event.get("trigger").asText()).isEqualTo("contract-completion");
    assertThat(event.get("customerId").asText()).isEqualTo(silent);
    assertThat(event.get("reason").asText())
        .isEqualTo("contact: required: the customer's file has no contact with an e-mail address");
  }

  @Test
  void aRepReachesTheTicketsOfTheirCustomersAndThoseAssignedToThemAndOnlyManagersReassign()
      throws Exception {
    String otherRep = tenants.signInWithRole(slug, TenantRole.MARKETING);
    String colleague = addRep("colleague@" + slug + ".example");
    String managersCustomer = customer(manager, "Globex", true);
    JsonNode foreign = open(manager, managersCustomer);
    String id = foreign.get("id").asText();

    assertThat(api.get(base + "/tickets/" + id, rep).status()).isEqualTo(404);
    PlatformApi.Answer outOfReach =
        api.post(base + "/tickets", rep, complaint(managersCustomer, "high"));
    assertThat(outOfReach.status()).isEqualTo(400);
    assertThat(outOfReach.raw().body()).contains("customerId");
    assertThat(api.get(base + "/tickets/" + id, otherRep).status()).isEqualTo(200);
    assertThat(
            api.post(
                    base + "/tickets/" + id + "/assign",
                    rep,
                    Map.of("assigneeId", repId, "version", foreign.get("version").asLong()))
                .status())
        .isEqualTo(403);

    PlatformApi.Answer assigned =
        api.post(
            base + "/tickets/" + id + "/assign",
            manager,
            Map.of("assigneeId", repId, "version", foreign.get("version").asLong()));
    assertThat(assigned.status()).as(assigned.raw().body()).isEqualTo(200);
    assertThat(assigned.json().at("/assignee/id").asText()).isEqualTo(repId);
    assertThat(api.get(base + "/tickets/" + id, rep).status()).isEqualTo(200);
    assertThat(api.get(base + "/tickets?assignee=" + repId, manager).json().get("total").asInt())
        .isEqualTo(1);
    PlatformApi.Answer nobody =
        api.post(
            base + "/tickets/" + id + "/assign",
            manager,
            Map.of("assigneeId", "nobody", "version", assigned.json().get("version").asLong()));
    assertThat(nobody.status()).isEqualTo(400);
    assertThat(colleague).isNotBlank();
    assertThat(outbox("ticket.assigned", id)).hasSize(1);
  }

  @Test
  void overdueTicketsAreThoseUnansweredOrUnresolvedPastTheirDeadlines() throws Exception {
    JsonNode late = open(rep, customerId);
    JsonNode onTime = open(rep, customerId);
    String lateId = late.get("id").asText();
    backdate(lateId, Duration.ofHours(30));

    JsonNode mine = api.get(base + "/tickets/overdue", rep).json();
    assertThat(mine.get("total").asInt()).isEqualTo(1);
    assertThat(mine.at("/items/0/id").asText()).isEqualTo(lateId);
    assertThat(mine.at("/items/0/missedDeadline").asText()).isEqualTo("response");
    assertThat(api.get(base + "/tickets/overdue", manager).json().get("total").asInt())
        .isEqualTo(1);
    assertThat(api.get(base + "/tickets?overdue=true", rep).json().get("total").asInt())
        .isEqualTo(1);
    assertThat(
            api.get(base + "/tickets/" + onTime.get("id").asText(), rep)
                .json()
                .get("overdue")
                .asBoolean())
        .isFalse();
    assertThat(api.get(base + "/tickets/overdue?assignee=someone", rep).status()).isEqualTo(403);
    assertThat(api.get(base + "/tickets?severity=urgent", rep).status()).isEqualTo(400);

    JsonNode current = api.get(base + "/tickets/" + lateId, rep).json();
    step(rep, lateId, "respond", current, "Sorry for the wait");
    assertThat(api.get(base + "/tickets/overdue", rep).json().get("total").asInt()).isZero();
  }

  @Test
  void aRepeatSaleOpensFromATicketForTheCustomersRepAndFromASignedContractOnly() throws Exception {
    JsonNode ticket = open(rep, customerId);
    String ticketId = ticket.get("id").asText();
    PlatformApi.Answer fromTicket =
        api.call(
            "POST",
            base + "/tickets/" + ticketId + "/repeat-sale",
            rep,
            "application/json",
            JSON.writeValueAsString(Map.of("title", "Extra seats", "amount", "4500.00")),
            Map.of("Idempotency-Key", "repeat-1"));
    assertThat(fromTicket.status()).as(fromTicket.raw().body()).isEqualTo(201);
    JsonNode opportunity = fromTicket.json();
    assertThat(opportunity.get("origin").asText()).isEqualTo("ticket");
    assertThat(opportunity.get("originId").asText()).isEqualTo(ticketId);
    assertThat(opportunity.get("stage").asText()).isEqualTo("customer-development");
    assertThat(opportunity.at("/owner/id").asText()).isEqualTo(repId);
    assertThat(opportunity.hasNonNull("stageDue")).isTrue();
    assertThat(fromTicket.header("Location"))
        .endsWith("/api/t/" + slug + "/opportunities/" + opportunity.get("id").asText());
    PlatformApi.Answer replayed =
        api.call(
            "POST",
            base + "/tickets/" + ticketId + "/repeat-sale",
            rep,
            "application/json",
            JSON.writeValueAsString(Map.of("title", "Extra seats", "amount", "4500.00")),
            Map.of("Idempotency-Key", "repeat-1"));
    assertThat(replayed.json().get("id").asText()).isEqualTo(opportunity.get("id").asText());
    JsonNode listed = api.get(base + "/opportunities?origin=ticket", rep).json();
    assertThat(listed.get("total").asInt()).isEqualTo(1);
    assertThat(api.get(base + "/opportunities?origin=direct", rep).json().get("total").asInt())
        .isZero();
    assertThat(api.get(base + "/opportunities?origin=fair", rep).status()).isEqualTo(400);
    assertThat(outbox("opportunity.created", opportunity.get("id").asText()))
        .singleElement()
        .asString()
        .contains("\"origin\": \"ticket\"");

    String managersCustomer = customer(manager, "Globex", true);
    JsonNode foreignTicket = open(manager, managersCustomer);
    String foreign = foreignTicket.get("id").asText();
    assertThat(api.post(base + "/tickets/" + foreign + "/repeat-sale", rep, Map.of()).status())
        .isEqualTo(404);
    // handling another rep's customer's ticket does not make the customer the rep's to sell to
    PlatformApi.Answer assigned =
        api.post(
            base + "/tickets/" + foreign + "/assign",
            manager,
            Map.of("assigneeId", repId, "version", foreignTicket.get("version").asLong()));
    assertThat(assigned.status()).as(assigned.raw().body()).isEqualTo(200);
    PlatformApi.Answer notTheirs =
        api.post(base + "/tickets/" + foreign + "/repeat-sale", rep, Map.of());
    assertThat(notTheirs.status()).as(notTheirs.raw().body()).isEqualTo(422);
    assertThat(notTheirs.json().get("type").asText()).endsWith("/repeat-sale-refused");

    String adminCustomer = customer(admin, "Umbrella", true);
    String contract = base + "/contracts/" + contractedDeal(adminCustomer).get("{contractId}");
    PlatformApi.Answer unsigned = api.post(contract + "/repeat-sale", admin, Map.of());
    assertThat(unsigned.status()).as(unsigned.raw().body()).isEqualTo(422);
    assertThat(unsigned.json().get("type").asText()).endsWith("/contract-not-signed");
    approveAndSign(contract);
    PlatformApi.Answer fromContract = api.post(contract + "/repeat-sale", admin, Map.of());
    assertThat(fromContract.status()).as(fromContract.raw().body()).isEqualTo(201);
    assertThat(fromContract.json().get("origin").asText()).isEqualTo("contract");
    assertThat(fromContract.json().get("title").asText()).isEqualTo("Repeat sale to Umbrella");
  }

  /**
   * The ids of a deal the admin makes for {@code customer}: an opportunity, a product, and (by
   * {@link Tenants#dealIds}) a quote sent and accepted, its contract in review and a milestone.
   */
  private Map<String, String> contractedDeal(String customer) throws IOException {
    PlatformApi.Answer deal =
        api.post(
            base + "/opportunities",
            admin,
            Map.of("customerId", customer, "title", "CRM", "amount", "990.00"));
    assertThat(deal.status()).as(deal.raw().body()).isEqualTo(201);
    PlatformApi.Answer product =
        api.post(
            base + "/products",
            admin,
            Map.of("sku", "CRM-SEAT", "name", "CRM seat", "listPrice", "990.00"));
    assertThat(product.status()).as(product.raw().body()).isEqualTo(201);
    return tenants.dealIds(
        slug,
        admin,
        Map.of(
            "{customerId}", customer,
            "{opportunityId}", deal.json().get("id").asText(),
            "{productId}", product.json().get("id").asText()));
  }

  /** The admin approves the contract at {@code contract} (as legal may) and signs it. */
  private void approveAndSign(String contract) throws IOException {
    Deals deals = new Deals(api, base);
    deals.sign(admin, deals.review(admin, api.get(contract, admin).json(), "approve"));
  }

  private JsonNode open(String token, String customer) throws IOException {
    PlatformApi.Answer opened = api.post(base + "/tickets", token, complaint(customer, "high"));
    assertThat(opened.status()).as(opened.raw().body()).isEqualTo(201);
    return opened.json();
  }

  private JsonNode step(String token, String id, String step, JsonNode at, String text)
      throws IOException {
    PlatformApi.Answer answer =
        api.post(
            base + "/tickets/" + id + "/" + step,
            token,
            Map.of("text", text, "version", at.get("version").asLong()));
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
    return answer.json();
  }

  private static Map<String, Object> version(JsonNode at) {
    return Map.of("version", at.get("version").asLong());
  }

  static Map<String, Object> complaint(String customer, String severity) {
    Map<String, Object> body = new HashMap<>();
    body.put("customerId", customer);
    body.put("kind", "complaint");
    body.put("category", "delivery");
    body.put("severity", severity);
    body.put("subject", "Late delivery");
    body.put("description", "The go-live slipped by two weeks");
    body.put("contact", Map.of("name", "Anna", "email", "anna@initech.example"));
    return body;
  }

  private String customer(String token, String name, boolean withEmail) throws IOException {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("channel", "web");
    body.put(
        "contacts",
        List.of(
            withEmail
                ? Map.of("name", "Peter", "email", "peter@" + name.toLowerCase() + ".example")
                : Map.of("name", "Peter")));
    PlatformApi.Answer created = api.post(base + "/customers", token, body);
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    return created.json().get("id").asText();
  }

  private String addRep(String email) throws IOException {
    PlatformApi.Answer person =
        api.post(
            base + "/users",
            admin,
            Map.of("email", email, "name", "Colleague", "roles", List.of("sales-rep")));
    assertThat(person.status()).as(person.raw().body()).isEqualTo(201);
    return person.json().get("id").asText();
  }

  /** Moves a ticket's opening and deadlines back, as if it had been opened {@code ago}. */
  private void backdate(String ticketId, Duration ago) throws SQLException {
    backdate(stack, ticketId, ago);
  }

  /** Moves a ticket's opening and deadlines back in {@code stack}'s database by {@code ago}. */
  static void backdate(Stack stack, String ticketId, Duration ago) throws SQLException {
    try (Connection superuser = DriverManager.getConnection(stack.databaseUrl(), "postgres", "");
        PreparedStatement update =
            superuser.prepareStatement(
                "update ticket set opened_at = opened_at - ?::interval,"
                    + " response_due = response_due - ?::interval,"
                    + " resolution_due = resolution_due - ?::interval where id = ?")) {
      String interval = ago.toSeconds() + " seconds";
      update.setString(1, interval);
      update.setString(2, interval);
      update.setString(3, interval);
      update.setObject(4, UUID.fromString(ticketId));
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  private List<String> outbox(String type, String aggregateId) throws SQLException {
    return OutboxEvents.payloads(stack, type, aggregateId);
  }
}
