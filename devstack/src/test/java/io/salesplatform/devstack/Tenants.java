package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.salesplatform.tenant.config.TenantRole;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Subscribes test companies the way the operator does, and signs their people in. */
final class Tenants {

  static final String PASSWORD = "Passw0rd-for-tests";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How a test company's people are kept apart. */
  enum Tier {
    /** An organization in the shared realm. */
    POOLED("pooled"),
    /** A realm of its own. */
    DEDICATED_REALM("dedicated-realm");

    final String isolation;

    Tier(String isolation) {
      this.isolation = isolation;
    }
  }

  /** The realm each company subscribed here signs in to. */
  private static final Map<String, String> REALMS = new ConcurrentHashMap<>();

  private final Stack stack;
  private final PlatformApi api;

  Tenants(Stack stack) {
    this.stack = stack;
    this.api = stack.api();
  }

  String operatorToken() throws IOException {
    return api.token(Realms.PLATFORM, "operator", "operator");
  }

  /** A slug no other test uses. */
  static String uniqueSlug(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static Map<String, Object> subscription(String slug) {
    return Map.of(
        "slug", slug,
        "name", "Company " + slug,
        "adminEmail", "admin@" + slug + ".example",
        "adminName", "Admin of " + slug);
  }

  /** The realm the company's people sign in to. */
  static String realmOf(String slug) {
    return REALMS.getOrDefault(slug, Realms.SALES);
  }

  /** A person holding {@code role} in tenant {@code slug}, signed in: their access token. */
  String signInWithRole(String slug, TenantRole role) throws IOException {
    String realm = realmOf(slug);
    String username = role.id() + "-of-" + slug;
    IdentityAdmin identity = stack.identity();
    String id =
        identity.ensurePerson(
            realm, username, username + "@" + slug + ".example", "Pat", role.id(), PASSWORD);
    identity.grant(realm, slug, id, role);
    return api.token(realm, username, PASSWORD);
  }

  /** Signs in a person whose account the platform made: their access token. */
  String signIn(String slug, String userId, String username) throws IOException {
    String realm = realmOf(slug);
    stack.identity().setPassword(realm, userId, PASSWORD);
    return api.token(realm, username, PASSWORD);
  }

  /**
   * A custom role {@code name} of tenant {@code slug} granting {@code settings.read}, held by a
   * person added for it, so that the role exists and cannot be deleted: its name.
   */
  String customRoleHeldBySomeone(String slug, String adminToken, String name) throws IOException {
    PlatformApi.Answer role =
        api.post(
            "/api/t/" + slug + "/roles",
            adminToken,
            Map.of("name", name, "permissions", List.of("settings.read")));
    assertThat(role.status()).as(role.raw().body()).isEqualTo(201);
    PlatformApi.Answer holder =
        api.post(
            "/api/t/" + slug + "/users",
            adminToken,
            Map.of(
                "email",
                name + "-holder@" + slug + ".example",
                "name",
                "Holder of " + name,
                "roles",
                List.of(name)));
    assertThat(holder.status()).as(holder.raw().body()).isEqualTo(201);
    return name;
  }

  /**
   * {@code ids} with real ids of a customer file (and its planned visit) and an opportunity that
   * the admin opens in tenant {@code slug}, for the path parameters of the sales endpoints.
   */
  Map<String, String> withSalesIds(String slug, String adminToken, Map<String, String> ids)
      throws IOException {
    PlatformApi.Answer customer =
        api.post(
            "/api/t/" + slug + "/customers",
            adminToken,
            Map.of("name", "Initech of " + slug, "channel", "web", "segment", "key"));
    assertThat(customer.status()).as(customer.raw().body()).isEqualTo(201);
    String customerId = customer.json().get("id").asText();
    String visitId =
        api.get("/api/t/" + slug + "/customers/" + customerId + "/visits", adminToken)
            .json()
            .at("/items/0/id")
            .asText();
    PlatformApi.Answer opportunity =
        api.post(
            "/api/t/" + slug + "/opportunities",
            adminToken,
            Map.of("customerId", customerId, "title", "CRM for " + slug, "amount", "1000.00"));
    assertThat(opportunity.status()).as(opportunity.raw().body()).isEqualTo(201);
    Map<String, String> all = new HashMap<>(ids);
    all.put("{customerId}", customerId);
    all.put("{visitId}", visitId);
    all.put("{opportunityId}", opportunity.json().get("id").asText());
    PlatformApi.Answer product =
        api.post(
            "/api/t/" + slug + "/products",
            adminToken,
            Map.of("sku", "CRM-SEAT", "name", "CRM seat", "listPrice", "990.00"));
    assertThat(product.status()).as(product.raw().body()).isEqualTo(201);
    all.put("{productId}", product.json().get("id").asText());
    all.putAll(dealIds(slug, adminToken, all));
    all.putAll(supervisionIds(slug, adminToken));
    // after-sales
    PlatformApi.Answer survey =
        api.post(
            "/api/t/" + slug + "/surveys",
            adminToken,
            Map.of(
                "customerId",
                customerId,
                "contact",
                Map.of("name", "Peter", "email", "peter@initech.example")));
    assertThat(survey.status()).as(survey.raw().body()).isEqualTo(201);
    all.put("{surveyId}", survey.json().at("/survey/id").asText());
    all.putAll(appraisalIds(slug, adminToken));
    // after-sales tickets
    all.put("{ticketId}", ticketId(slug, adminToken, customerId));
    return all;
  }

  /** The id of a complaint ticket the admin opens for customer {@code customerId}. */
  String ticketId(String slug, String adminToken, String customerId) throws IOException {
    PlatformApi.Answer ticket =
        api.post(
            "/api/t/" + slug + "/tickets",
            adminToken,
            Map.of(
                "customerId",
                customerId,
                "kind",
                "complaint",
                "category",
                "delivery",
                "severity",
                "high",
                "subject",
                "Late delivery",
                "description",
                "The go-live slipped by two weeks"));
    assertThat(ticket.status()).as(ticket.raw().body()).isEqualTo(201);
    return ticket.json().get("id").asText();
  }

  /**
   * Real ids for goals and appraisals in tenant {@code slug}: the admin's own rep goal for the
   * current quarter, a collaboration rating the admin gives a new colleague, a published appraisal
   * run with the admin's result, and the admin's comment on it.
   */
  Map<String, String> appraisalIds(String slug, String adminToken) throws IOException {
    String base = "/api/t/" + slug;
    String adminId = api.get(base + "/me", adminToken).json().at("/user/id").asText();
    String zone = api.get(base + "/settings", adminToken).json().at("/settings/timeZone").asText();
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of(zone));
    String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    PlatformApi.Answer goal =
        api.post(
            base + "/goals",
            adminToken,
            Map.of(
                "quarter",
                quarter,
                "scope",
                "rep",
                "subjectId",
                adminId,
                "revenueTarget",
                "1000.00",
                "newCustomerTarget",
                1));
    assertThat(goal.status()).as(goal.raw().body()).isEqualTo(201);
    PlatformApi.Answer colleague =
        api.post(
            base + "/users",
            adminToken,
            Map.of(
                "email", "colleague@" + slug + ".example",
                "name", "Colleague of " + slug,
                "roles", List.of("sales-rep")));
    assertThat(colleague.status()).as(colleague.raw().body()).isEqualTo(201);
    String colleagueId = colleague.json().get("id").asText();
    PlatformApi.Answer rating =
        api.put(
            base + "/appraisals/ratings/" + quarter + "/" + colleagueId,
            adminToken,
            Map.of("rating", 4));
    assertThat(rating.status()).as(rating.raw().body()).isEqualTo(200);
    PlatformApi.Answer run =
        api.post(base + "/appraisals/runs", adminToken, Map.of("quarter", quarter));
    assertThat(run.status()).as(run.raw().body()).isEqualTo(201);
    String runId = run.json().get("id").asText();
    PlatformApi.Answer published =
        api.post(base + "/appraisals/runs/" + runId + "/publish", adminToken, Map.of());
    assertThat(published.status()).as(published.raw().body()).isEqualTo(200);
    PlatformApi.Answer comment =
        api.post(
            base + "/appraisals/runs/" + runId + "/results/" + adminId + "/comments",
            adminToken,
            Map.of("text", "Fair"));
    assertThat(comment.status()).as(comment.raw().body()).isEqualTo(201);
    return Map.of(
        "{goalId}",
        goal.json().get("id").asText(),
        "{quarter}",
        quarter,
        "{runId}",
        runId,
        "{repId}",
        adminId,
        "{commentId}",
        comment.json().get("id").asText());
  }

  /**
   * Real ids of a quote the customer accepted, its contract and a milestone, made by the admin in
   * tenant {@code slug} from the customer, opportunity and product in {@code ids}, with a credit
   * limit granted so that the quote may be sent.
   */
  Map<String, String> dealIds(String slug, String adminToken, Map<String, String> ids)
      throws IOException {
    String base = "/api/t/" + slug;
    PlatformApi.Answer limit =
        api.put(
            base + "/plugins/credit-check",
            adminToken,
            JSON.writeValueAsString(
                Map.of(
                    "pluginId",
                    "credit-limit",
                    "version",
                    CreditChecksTest.BUNDLED,
                    "extension",
                    "internal-scorecard",
                    "config",
                    Map.of("creditLimit", 100000))));
    assertThat(limit.status()).as(limit.raw().body()).isEqualTo(200);
    PlatformApi.Answer check =
        api.post(
            base + "/customers/" + ids.get("{customerId}") + "/credit-checks",
            adminToken,
            Map.of("amount", "990.00"));
    assertThat(check.status()).as(check.raw().body()).isEqualTo(201);
    PlatformApi.Answer quote =
        api.post(
            base + "/quotes",
            adminToken,
            Map.of(
                "opportunityId",
                ids.get("{opportunityId}"),
                "lines",
                List.of(Map.of("productId", ids.get("{productId}"), "quantity", 1))));
    assertThat(quote.status()).as(quote.raw().body()).isEqualTo(201);
    String quoteId = quote.json().get("id").asText();
    PlatformApi.Answer sent =
        api.post(
            base + "/quotes/" + quoteId + "/send",
            adminToken,
            Map.of("version", quote.json().get("version").asLong()));
    assertThat(sent.status()).as(sent.raw().body()).isEqualTo(200);
    PlatformApi.Answer accepted =
        api.post(
            base + "/quotes/" + quoteId + "/response",
            adminToken,
            Map.of("answer", "accepted", "version", sent.json().get("version").asLong()));
    assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
    PlatformApi.Answer contract =
        api.post(base + "/contracts", adminToken, Map.of("quoteId", quoteId));
    assertThat(contract.status()).as(contract.raw().body()).isEqualTo(201);
    String contractId = contract.json().get("id").asText();
    PlatformApi.Answer milestone =
        api.post(
            base + "/contracts/" + contractId + "/milestones",
            adminToken,
            Map.of("title", "Go-live", "kind", "delivery", "dueOn", "2030-01-31"));
    assertThat(milestone.status()).as(milestone.raw().body()).isEqualTo(201);
    return Map.of(
        "{quoteId}",
        quoteId,
        "{contractId}",
        contractId,
        "{milestoneId}",
        milestone.json().get("id").asText());
  }

  /**
   * A team (and, as they come, the other records of teams and supervision) of company {@code slug},
   * made by its admin: a real id for each of their path parameters.
   */
  Map<String, String> supervisionIds(String slug, String adminToken) throws IOException {
    Map<String, String> ids = new HashMap<>();
    String adminId = api.get("/api/t/" + slug + "/me", adminToken).json().at("/user/id").asText();
    PlatformApi.Answer team =
        api.post(
            "/api/t/" + slug + "/teams",
            adminToken,
            Map.of(
                "name", "North of " + slug, "managerId", adminId, "memberIds", List.of(adminId)));
    assertThat(team.status()).as(team.raw().body()).isEqualTo(201);
    ids.put("{teamId}", team.json().get("id").asText());
    PlatformApi.Answer risk =
        api.post(
            "/api/t/" + slug + "/risks",
            adminToken,
            Map.of(
                "category", "market",
                "title", "A rival cuts prices",
                "likelihood", 3,
                "impact", 4,
                "reviewOn", "2030-01-31"));
    assertThat(risk.status()).as(risk.raw().body()).isEqualTo(201);
    ids.put("{riskId}", risk.json().get("id").asText());
    PlatformApi.Answer analysis =
        api.post(
            "/api/t/" + slug + "/market-analyses",
            adminToken,
            Map.of(
                "periodFrom", "2024-01-01",
                "periodTo", "2024-03-31",
                "summary", "Prices fall as rivals discount",
                "findings", List.of("Rivals discount by 10%")));
    assertThat(analysis.status()).as(analysis.raw().body()).isEqualTo(201);
    ids.put("{analysisId}", analysis.json().get("id").asText());
    PlatformApi.Answer inspection =
        api.post(
            "/api/t/" + slug + "/inspections",
            adminToken,
            Map.of(
                "title", "Follow-up visits",
                "scope", "company",
                "scheduledOn", "2030-01-15",
                "inspectorId", adminId,
                "checklist", List.of("Visits recorded with outcome")));
    assertThat(inspection.status()).as(inspection.raw().body()).isEqualTo(201);
    String inspectionId = inspection.json().get("id").asText();
    ids.put("{inspectionId}", inspectionId);
    PlatformApi.Answer finding =
        api.post(
            "/api/t/" + slug + "/inspections/" + inspectionId + "/findings",
            adminToken,
            Map.of(
                "severity", "medium",
                "description", "Two visits without outcome",
                "responsibleId", adminId,
                "dueOn", "2030-02-15"));
    assertThat(finding.status()).as(finding.raw().body()).isEqualTo(201);
    ids.put("{findingId}", finding.json().get("id").asText());
    PlatformApi.Answer feedback =
        api.post(
            "/api/t/" + slug + "/feedback",
            adminToken,
            Map.of(
                "category", "suggestion", "subject", "Shorter forms", "text", "Too many fields"));
    assertThat(feedback.status()).as(feedback.raw().body()).isEqualTo(201);
    ids.put("{feedbackId}", feedback.json().get("id").asText());
    return ids;
  }

  /** Calls an endpoint as a matrix probes it: GET and DELETE bare, other methods with {}. */
  PlatformApi.Answer probe(String method, String path, String token) throws IOException {
    return api.call(
        method, path, token, method.equals("GET") || method.equals("DELETE") ? null : "{}");
  }

  /** Changes the company's currency as its admin does, making a settings revision. */
  void changeCurrency(String slug, String admin, String currency) throws IOException {
    JsonNode current = api.get("/api/t/" + slug + "/settings", admin).json();
    ObjectNode body = JSON.createObjectNode();
    body.put("basedOn", current.get("revision").asInt());
    body.put("reason", "Invoices in " + currency);
    ObjectNode settings = current.get("settings").deepCopy();
    settings.put("currency", currency);
    body.set("settings", settings);
    PlatformApi.Answer answer =
        api.put("/api/t/" + slug + "/settings", admin, JSON.writeValueAsString(body));
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
  }

  /**
   * Changes the company's settings as its admin does, making a settings revision: {@code change}
   * edits the current settings tree.
   */
  void changeSettings(
      String slug, String admin, String reason, java.util.function.Consumer<ObjectNode> change)
      throws IOException {
    JsonNode current = api.get("/api/t/" + slug + "/settings", admin).json();
    ObjectNode body = JSON.createObjectNode();
    body.put("basedOn", current.get("revision").asInt());
    body.put("reason", reason);
    ObjectNode settings = current.get("settings").deepCopy();
    change.accept(settings);
    body.set("settings", settings);
    PlatformApi.Answer answer =
        api.put("/api/t/" + slug + "/settings", admin, JSON.writeValueAsString(body));
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
  }

  /** Subscribes a company in the shared realm and returns its admin's access token. */
  String subscribeAndSignInAdmin(String slug) throws IOException {
    return subscribeAndSignInAdmin(slug, Tier.POOLED);
  }

  /** Subscribes a company on {@code tier} and returns its admin's access token. */
  String subscribeAndSignInAdmin(String slug, Tier tier) throws IOException {
    Map<String, Object> request = new HashMap<>(subscription(slug));
    request.put("isolation", tier.isolation);
    PlatformApi.Answer answer = api.post("/api/platform/tenants", operatorToken(), request);
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(201);
    String realm = answer.json().get("realm").asText();
    REALMS.put(slug, realm);
    String username = answer.json().at("/admin/username").asText();
    stack.identity().setPassword(realm, stack.identity().userId(realm, username), PASSWORD);
    return api.token(realm, username, PASSWORD);
  }
}
