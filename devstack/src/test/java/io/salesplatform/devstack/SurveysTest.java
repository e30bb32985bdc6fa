package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.salesplatform.tenant.config.TenantRole;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Satisfaction surveys through the API: a rep issues one, the customer answers through the signed
 * link without any login, the score is kept and summed up as NPS per rep; expired, reused, forged
 * and other companies' links get nothing.
 */
@ExtendWith(DeployedStack.class)
class SurveysTest {

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

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

  SurveysTest(Stack stack) {
    this.stack = stack;
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @BeforeEach
  void company() throws IOException {
    slug = Tenants.uniqueSlug("surveys");
    admin = tenants.subscribeAndSignInAdmin(slug);
    base = "/api/t/" + slug;
    rep = tenants.signInWithRole(slug, TenantRole.SALES_REP);
    repId = api.get(base + "/me", rep).json().at("/user/id").asText();
    manager = tenants.signInWithRole(slug, TenantRole.SALES_MANAGER);
    customerId = customer(rep, "Initech");
  }

  @Test
  void aCustomerAnswersThroughTheLinkWithoutLoginAndTheScoreCountsForTheRepsNps() throws Exception {
    PlatformApi.Answer issued =
        api.call(
            "POST",
            base + "/surveys",
            rep,
            "application/json",
            JSON.writeValueAsString(Map.of("customerId", customerId)),
            Map.of("Idempotency-Key", "survey-1"));
    assertThat(issued.status()).as(issued.raw().body()).isEqualTo(201);
    JsonNode survey = issued.json().get("survey");
    String link = issued.json().get("link").asText();
    assertThat(link).startsWith(stack.settings().platformUrl() + "/survey/s1.");
    assertThat(survey.get("status").asText()).isEqualTo("pending");
    assertThat(survey.get("trigger").asText()).isEqualTo("manual");
    assertThat(survey.at("/rep/id").asText()).isEqualTo(repId);
    assertThat(survey.at("/contact/email").asText()).isEqualTo("peter@initech.example");
    assertThat(survey.get("plugin").asText()).startsWith("nps-survey ");
    assertThat(survey.at("/questionnaire/questions/0/id").asText()).isEqualTo("recommend");
    // a retry with the same key issues nothing more
    PlatformApi.Answer again =
        api.call(
            "POST",
            base + "/surveys",
            rep,
            "application/json",
            JSON.writeValueAsString(Map.of("customerId", customerId)),
            Map.of("Idempotency-Key", "survey-1"));
    assertThat(again.json().at("/survey/id").asText()).isEqualTo(survey.get("id").asText());
    assertThat(api.get(base + "/surveys", rep).json().get("total").asInt()).isEqualTo(1);

    String token = link.substring(link.lastIndexOf('/') + 1);
    assertThat(outboxPayloads("survey.issued", survey.get("id").asText()))
        .singleElement()
        .satisfies(p -> assertThat(p).contains(link));
    assertThat(storedTokenColumns(survey.get("id").asText())).doesNotContain(token);

    PlatformApi.Answer page = api.send(HttpRequest.newBuilder(URI.create(link)).GET());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.raw().body()).contains("survey.js");

    PlatformApi.Answer questions = api.get("/api/public/surveys/" + token, null);
    assertThat(questions.status()).as(questions.raw().body()).isEqualTo(200);
    assertThat(questions.json().get("company").asText()).isNotBlank();
    assertThat(questions.json().at("/questionnaire/questions/0/max").asInt()).isEqualTo(10);
    assertThat(questions.json().has("customerId")).isFalse();

    PlatformApi.Answer bad =
        api.post("/api/public/surveys/" + token, null, Map.of("ratings", Map.of("recommend", 11)));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().at("/errors/0/field").asText()).isEqualTo("ratings.recommend");
    assertThat(api.post("/api/public/surveys/" + token, null, Map.of()).status()).isEqualTo(400);
    PlatformApi.Answer huge =
        api.post(
            "/api/public/surveys/" + token,
            null,
            Map.of("ratings", Map.of("recommend", 9), "comment", "x".repeat(20_000)));
    assertThat(huge.status()).isEqualTo(413);
    assertThat(
            api.get(base + "/surveys/" + survey.get("id").asText(), rep)
                .json()
                .get("status")
                .asText())
        .as("nothing half written")
        .isEqualTo("pending");

    PlatformApi.Answer answered =
        api.post(
            "/api/public/surveys/" + token,
            null,
            Map.of("ratings", Map.of("recommend", 10), "comment", "Great support"));
    assertThat(answered.status()).as(answered.raw().body()).isEqualTo(200);

    JsonNode stored = api.get(base + "/surveys/" + survey.get("id").asText(), rep).json();
    assertThat(stored.get("status").asText()).isEqualTo("answered");
    assertThat(stored.get("score").asInt()).isEqualTo(100);
    assertThat(stored.get("category").asText()).isEqualTo("promoter");
    assertThat(stored.at("/ratings/recommend").asInt()).isEqualTo(10);
    assertThat(outboxPayloads("survey.answered", survey.get("id").asText())).hasSize(1);

    // the link is used once
    PlatformApi.Answer reused =
        api.post("/api/public/surveys/" + token, null, Map.of("ratings", Map.of("recommend", 0)));
    assertThat(reused.status()).isEqualTo(410);
    assertThat(reused.json().get("type").asText()).endsWith("/survey-answered");
    assertThat(api.get("/api/public/surveys/" + token, null).status()).isEqualTo(410);

    // a second survey of another customer of the same rep, answered as a detractor
    String other = customer(rep, "Globex");
    String secondToken = tokenOf(issue(manager, other));
    api.post("/api/public/surveys/" + secondToken, null, Map.of("ratings", Map.of("recommend", 3)));

    JsonNode byRep = api.get(base + "/surveys/scores?groupBy=rep", manager).json();
    assertThat(byRep.get("groups")).hasSize(1);
    assertThat(byRep.at("/groups/0/rep/id").asText()).isEqualTo(repId);
    assertThat(byRep.at("/groups/0/responses").asInt()).isEqualTo(2);
    assertThat(byRep.at("/groups/0/metric").asText()).isEqualTo("nps");
    assertThat(byRep.at("/groups/0/metricValue").decimalValue()).isEqualByComparingTo("0");
    JsonNode byCustomer =
        api.get(base + "/surveys/scores?groupBy=customer,period&period=month", manager).json();
    assertThat(byCustomer.get("groups")).hasSize(2);
    assertThat(api.get(base + "/surveys/scores?groupBy=team", manager).status()).isEqualTo(400);
    assertThat(
            api.get(base + "/surveys?status=answered&rep=" + repId, manager)
                .json()
                .get("total")
                .asInt())
        .isEqualTo(2);
    assertThat(api.get(base + "/audit?action=survey.answer", admin).json().get("total").asInt())
        .isEqualTo(2);
  }

  @Test
  void expiredForgedAndOtherCompaniesLinksReachNothing() throws Exception {
    JsonNode issued = issue(rep, customerId);
    String token = tokenOf(issued);
    String surveyId = issued.at("/survey/id").asText();
    UUID tenantId = tenantIdOf(surveyId);

    // signed by the platform's secret, but expired
    String expired = sign(tenantId, UUID.fromString(surveyId), Instant.now().minusSeconds(60));
    PlatformApi.Answer late = api.get("/api/public/surveys/" + expired, null);
    assertThat(late.status()).isEqualTo(410);
    assertThat(late.json().get("type").asText()).endsWith("/survey-expired");
    assertThat(
            api.post(
                    "/api/public/surveys/" + expired,
                    null,
                    Map.of("ratings", Map.of("recommend", 9)))
                .status())
        .isEqualTo(410);

    // a genuine signature over claims this survey's link never had: not its link
    String unissued = sign(tenantId, UUID.fromString(surveyId), Instant.now().plusSeconds(3600));
    assertThat(api.get("/api/public/surveys/" + unissued, null).status()).isEqualTo(404);

    List<String> forged = new ArrayList<>();
    forged.add(token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BA" : "AA"));
    forged.add(token.replaceFirst("s1\\.", "s1.A"));
    forged.add("s1.nothing.here");
    forged.add(UUID.randomUUID().toString());
    for (String f : forged) {
      PlatformApi.Answer answer = api.get("/api/public/surveys/" + f, null);
      assertThat(answer.status()).as(f).isEqualTo(404);
      assertThat(answer.json().get("detail").asText()).isEqualTo("There is no such survey.");
      assertThat(
              api.post("/api/public/surveys/" + f, null, Map.of("ratings", Map.of("recommend", 9)))
                  .status())
          .isEqualTo(404);
    }

    // another company's survey id under this company's signed claims, and the reverse
    String otherSlug = Tenants.uniqueSlug("surveys-other");
    String otherAdmin = tenants.subscribeAndSignInAdmin(otherSlug);
    String otherCustomer =
        api.post(
                "/api/t/" + otherSlug + "/customers",
                otherAdmin,
                Map.of(
                    "name",
                    "Umbrella",
                    "channel",
                    "web",
                    "contacts",
                    List.of(Map.of("name", "Alice", "email", "alice@umbrella.example"))))
            .json()
            .get("id")
            .asText();
    JsonNode otherIssued =
        api.post(
                "/api/t/" + otherSlug + "/surveys", otherAdmin, Map.of("customerId", otherCustomer))
            .json();
    String otherSurvey = otherIssued.at("/survey/id").asText();
    String crossed = sign(tenantId, UUID.fromString(otherSurvey), Instant.now().plusSeconds(3600));
    assertThat(api.get("/api/public/surveys/" + crossed, null).status()).isEqualTo(404);
    assertThat(
            api.post(
                    "/api/public/surveys/" + crossed,
                    null,
                    Map.of("ratings", Map.of("recommend", 9)))
                .status())
        .isEqualTo(404);
    assertThat(
            api.get("/api/t/" + otherSlug + "/surveys/" + otherSurvey, otherAdmin)
                .json()
                .get("status")
                .asText())
        .isEqualTo("pending");
    assertThat(api.get(base + "/surveys/" + otherSurvey, admin).status()).isEqualTo(404);
    // the genuine links still work
    assertThat(api.get("/api/public/surveys/" + token, null).status()).isEqualTo(200);
    assertThat(api.get("/api/public/surveys/" + tokenOf(otherIssued), null).status())
        .isEqualTo(200);
  }

  @Test
  void aLinkUsedTooOftenIsSlowedDownAloneWhileOtherLinksAnswer() throws Exception {
    String hammered = tokenOf(issue(rep, customerId));
    String other = tokenOf(issue(rep, customerId));
    // platform.surveys.requests-per-minute is 30 by default: thirty reads pass at once
    for (int i = 0; i < 30; i++) {
      PlatformApi.Answer read = api.get("/api/public/surveys/" + hammered, null);
      assertThat(read.status()).as("read " + (i + 1)).isEqualTo(200);
    }
    PlatformApi.Answer slowed = api.get("/api/public/surveys/" + hammered, null);
    assertThat(slowed.status()).isEqualTo(429);
    assertThat(slowed.contentType()).startsWith("application/problem+json");
    assertThat(slowed.json().get("type").asText()).endsWith("/too-many-requests");
    assertThat(slowed.json().get("detail").asText()).contains("try again in");
    PlatformApi.Answer answer =
        api.post(
            "/api/public/surveys/" + hammered, null, Map.of("ratings", Map.of("recommend", 9)));
    assertThat(answer.status()).isEqualTo(429);

    assertThat(api.get("/api/public/surveys/" + other, null).status()).isEqualTo(200);
    // a forged link stays 404: it is refused before it counts against anything
    String forged =
        hammered.substring(0, hammered.length() - 2) + (hammered.endsWith("AA") ? "BA" : "AA");
    assertThat(api.get("/api/public/surveys/" + forged, null).status()).isEqualTo(404);
  }

  @Test
  void aRepSurveysOnlyTheirOwnCustomersAndBadRequestsAreRefused() throws Exception {
    String managers = customer(manager, "Hooli");
    assertThat(api.post(base + "/surveys", rep, Map.of("customerId", managers)).status())
        .isEqualTo(400);
    assertThat(
            api.post(
                    base + "/surveys",
                    rep,
                    Map.of("customerId", customerId, "contact", Map.of("name", "X", "email", "no")))
                .status())
        .isEqualTo(400);
    String bare =
        api.post(base + "/customers", rep, Map.of("name", "NoContact", "channel", "web"))
            .json()
            .get("id")
            .asText();
    assertThat(api.post(base + "/surveys", rep, Map.of("customerId", bare)).status())
        .isEqualTo(400);
    issue(manager, managers);
    assertThat(api.get(base + "/surveys", rep).json().get("total").asInt()).isZero();
    assertThat(api.get(base + "/surveys", manager).json().get("total").asInt()).isEqualTo(1);
    String legal = tenants.signInWithRole(slug, TenantRole.LEGAL);
    assertThat(api.get(base + "/surveys", legal).status()).isEqualTo(403);
  }

  private String customer(String token, String name) throws IOException {
    PlatformApi.Answer created =
        api.post(
            base + "/customers",
            token,
            Map.of(
                "name",
                name,
                "channel",
                "web",
                "contacts",
                List.of(
                    Map.of("name", "Peter", "email", "peter@" + name.toLowerCase() + ".example"))));
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    return created.json().get("id").asText();
  }

  private JsonNode issue(String token, String customer) throws IOException {
    PlatformApi.Answer issued = api.post(base + "/surveys", token, Map.of("customerId", customer));
    assertThat(issued.status()).as(issued.raw().body()).isEqualTo(201);
    return issued.json();
  }

  private static String tokenOf(JsonNode issued) {
    String link = issued.get("link").asText();
    return link.substring(link.lastIndexOf('/') + 1);
  }

  /** A token as the platform signs them (ADR 21), with the stack's secret. */
  private String sign(UUID tenant, UUID survey, Instant expires) throws Exception {
    ByteBuffer bytes = ByteBuffer.allocate(40);
    bytes.putLong(tenant.getMostSignificantBits()).putLong(tenant.getLeastSignificantBits());
    bytes.putLong(survey.getMostSignificantBits()).putLong(survey.getLeastSignificantBits());
    bytes.putLong(expires.getEpochSecond());
    Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
    String signed = "s1." + encoder.encodeToString(bytes.array());
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(
        new SecretKeySpec(
            stack.settings().secrets().surveySigningSecret().getBytes(StandardCharsets.UTF_8),
            "HmacSHA256"));
    return signed
        + "."
        + encoder.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII)));
  }

  private UUID tenantIdOf(String surveyId) throws SQLException {
    try (Connection superuser = DriverManager.getConnection(stack.databaseUrl(), "postgres", "");
        PreparedStatement select =
            superuser.prepareStatement("select tenant_id from survey where id = ?::uuid")) {
      select.setString(1, surveyId);
      try (ResultSet rows = select.executeQuery()) {
        assertThat(rows.next()).isTrue();
        return (UUID) rows.getObject(1);
      }
    }
  }

  private String storedTokenColumns(String surveyId) throws SQLException {
    try (Connection superuser = DriverManager.getConnection(stack.databaseUrl(), "postgres", "");
        PreparedStatement select =
            superuser.prepareStatement("select s::text from survey s where id = ?::uuid")) {
      select.setString(1, surveyId);
      try (ResultSet rows = select.executeQuery()) {
        assertThat(rows.next()).isTrue();
        return rows.getString(1);
      }
    }
  }

  private List<String> outboxPayloads(String type, String aggregateId) throws SQLException {
    return OutboxEvents.payloads(stack, type, aggregateId);
  }
}
