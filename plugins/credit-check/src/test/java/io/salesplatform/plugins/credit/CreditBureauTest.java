package io.salesplatform.plugins.credit;

import static io.salesplatform.plugins.credit.Customers.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesplatform.plugin.api.CreditCheckRequest;
import io.salesplatform.plugin.api.CreditDecision;
import io.salesplatform.plugin.api.CreditDecision.Outcome;
import io.salesplatform.plugin.api.CreditRating;
import io.salesplatform.plugin.api.ExternalServiceException;
import io.salesplatform.plugin.api.ExternalServiceException.Failure;
import io.salesplatform.plugin.api.InvalidConfigurationException;
import io.salesplatform.plugin.api.InvalidRequestException;
import io.salesplatform.plugin.testkit.TestPluginContext;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bureau extension against a bureau on a local port that answers as each test needs. */
class CreditBureauTest {

  static final String KEY = "s3cret-bureau-key";
  static final String REPORT =
      "{\"report\": {\"id\": \"R-2025-0042\", \"score\": 812, \"grade\": \"AA\", \"limit\": 25000}}";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static StubBureau bureau;

  private final CreditBureau extension = new CreditBureau();

  @BeforeAll
  static void startTheBureau() throws IOException {
    bureau = new StubBureau();
  }

  @AfterAll
  static void stopTheBureau() {
    bureau.close();
  }

  @BeforeEach
  void forgetEarlierRequests() {
    bureau.forget();
    bureau.answer(StubBureau.Answer.ok(REPORT));
  }

  /** A bureau reached by GET with the country and registration number in the path. */
  static Map<String, Object> configuration(String url) {
    Map<String, Object> response = new HashMap<>();
    response.put("score", "/report/score");
    response.put("scoreRange", Map.of("min", 0, "max", 1000));
    response.put("rating", "/report/grade");
    response.put("ratingMap", Map.of("AAA", "A", "AA", "B", "A", "C", "BBB", "D", "CCC", "E"));
    response.put("creditLimit", "/report/limit");
    response.put("reference", "/report/id");
    return Map.of(
        "creditLimit",
        10000,
        "bureau",
        Map.of(
            "url",
            url + "/reports/{countryCode}/{registrationNumber}",
            "method",
            "GET",
            "apiKey",
            KEY,
            "timeoutMillis",
            5000,
            "response",
            response));
  }

  @Test
  void theBureausAnswerIsMappedOntoTheDecision() {
    CreditDecision decision =
        check(configuration(bureau.url()), Customers.good().asking("3000.00"));

    assertThat(decision.rating()).isEqualTo(CreditRating.B);
    assertThat(decision.score()).isEqualTo(81);
    assertThat(decision.creditLimit()).isEqualTo(eur("25000.00"));
    assertThat(decision.reference()).isEqualTo("R-2025-0042");
    assertThat(decision.outcome()).isEqualTo(Outcome.APPROVE);
    assertThat(decision.reasons())
        .containsExactly(
            "Approved: exposure 2000.00 EUR plus this deal's 3000.00 EUR comes to 5000.00 EUR,"
                + " 20% of the 25000.00 EUR credit limit.",
            "Credit bureau 127.0.0.1: rating B, score 81 of 100, report R-2025-0042.");
  }

  @Test
  void theRequestNamesTheCustomerInThePathAndCarriesTheKey() {
    check(configuration(bureau.url()), Customers.good().registeredAs("HRB 1234/B").asking("1"));

    assertThat(bureau.received())
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.method()).isEqualTo("GET");
              assertThat(request.path()).isEqualTo("/reports/DE/HRB%201234%2FB");
              assertThat(request.header("X-API-Key")).isEqualTo(KEY);
              assertThat(request.header("Accept")).isEqualTo("application/json");
            });
  }

  @Test
  void aPostCarriesTheCustomerAndTheDealAsJson() throws Exception {
    Map<String, Object> configuration = withBureau(bureau.url(), "method", "POST");
    configuration = withBureau(configuration, "url", bureau.url() + "/checks");
    configuration = withBureau(configuration, "apiKeyHeader", "Authorization");
    configuration = withBureau(configuration, "apiKey", "Bearer " + KEY);

    check(configuration, Customers.good().asking("3000.00"));

    StubBureau.Received request = bureau.received().get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.header("Authorization")).isEqualTo("Bearer " + KEY);
    assertThat(request.header("Content-Type")).isEqualTo("application/json");
    Object body = Json.parse(request.body());
    assertThat(Json.at(body, "/customerId")).isEqualTo("customer-1");
    assertThat(Json.at(body, "/registrationNumber")).isEqualTo("HRB 1234");
    assertThat(Json.at(body, "/requestedAmount/amount").toString()).isEqualTo("3000.00");
    assertThat(Json.at(body, "/requestedAmount/currency")).isEqualTo("EUR");
  }

  @Test
  void withoutAGradeTheScoreIsRatedAndWithoutALimitTheGrantedOneApplies() {
    Map<String, Object> response = new HashMap<>();
    response.put("score", "/report/score");
    response.put("scoreRange", Map.of("min", 0, "max", 1000));
    Map<String, Object> configuration = withBureau(bureau.url(), "response", response);

    CreditDecision decision =
        check(configuration, Customers.good().granted("8000.00").asking("3000.00"));

    // 812 of 1000 is 81 of 100: rating A from 80.
    assertThat(decision.rating()).isEqualTo(CreditRating.A);
    assertThat(decision.creditLimit()).isEqualTo(eur("8000.00"));
    assertThat(decision.reference()).isNull();
  }

  @Test
  void aGradeOfEIsRejected() {
    bureau.answer(
        StubBureau.Answer.ok("{\"report\": {\"score\": 100, \"grade\": \"CCC\", \"limit\": 0}}"));

    CreditDecision decision = check(configuration(bureau.url()), Customers.good().asking("1.00"));

    assertThat(decision.outcome()).isEqualTo(Outcome.REJECT);
    assertThat(decision.rating()).isEqualTo(CreditRating.E);
  }

  @Test
  void aBureauThatDoesNotAnswerInTimeFailsAsATimeoutWithoutWaiting() {
    bureau.answer(new StubBureau.Answer(200, REPORT, 8000));
    Map<String, Object> impatient = withBureau(bureau.url(), "timeoutMillis", 300);
    long started = System.nanoTime();

    assertThatThrownBy(() -> check(impatient, Customers.good().asking("1")))
        .isInstanceOfSatisfying(
            ExternalServiceException.class,
            e -> {
              assertThat(e.failure()).isEqualTo(Failure.TIMEOUT);
              assertThat(e.service()).isEqualTo("127.0.0.1");
            })
        .hasMessageContaining("did not answer within 300 ms");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(4000));
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 429})
  void aBureauThatCannotServeNowIsUnavailable(int status) {
    bureau.answer(new StubBureau.Answer(status, "{\"error\": \"busy\"}", 0));

    assertThatThrownBy(() -> check(configuration(bureau.url()), Customers.good().asking("1")))
        .isInstanceOfSatisfying(
            ExternalServiceException.class,
            e -> assertThat(e.failure()).isEqualTo(Failure.UNAVAILABLE))
        .hasMessageContaining("answered " + status);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404})
  void aBureauThatRefusesTheRequestPointsAtTheSettingsWithoutShowingTheKey(int status) {
    bureau.answer(new StubBureau.Answer(status, "", 0));

    assertThatThrownBy(() -> check(configuration(bureau.url()), Customers.good().asking("1")))
        .isInstanceOfSatisfying(
            ExternalServiceException.class, e -> assertThat(e.failure()).isEqualTo(Failure.REFUSED))
        .hasMessageContaining("refused the request with " + status)
        .hasMessageContaining("check its endpoint and key")
        .message()
        .doesNotContain(KEY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<html>Service temporarily unavailable</html>",
        "{\"report\": {\"score\": 812, \"grade\": \"AA\"",
        "",
      })
  void anAnswerThatIsNotJsonIsMalformed(String body) {
    bureau.answer(StubBureau.Answer.ok(body));

    assertThatThrownBy(() -> check(configuration(bureau.url()), Customers.good().asking("1")))
        .isInstanceOfSatisfying(
            ExternalServiceException.class,
            e -> assertThat(e.failure()).isEqualTo(Failure.MALFORMED_RESPONSE))
        .hasMessageContaining("its answer is not JSON");
  }

  @Test
  void anAnswerWithoutTheMappedFiguresIsMalformedAndNamesWhatIsMissing() {
    assertMalformed("{\"report\": {\"score\": 812}}", "no grade at /report/grade");
    assertMalformed(
        "{\"report\": {\"score\": \"high\", \"grade\": \"AA\"}}", "no number at /report/score");
    assertMalformed(
        "{\"report\": {\"score\": 1200, \"grade\": \"AA\"}}", "off the configured scale 0 to 1000");
    assertMalformed(
        "{\"report\": {\"score\": 812, \"grade\": \"ZZ\", \"limit\": 1}}",
        "grade 'ZZ' is not in the configured ratingMap");
    assertMalformed(
        "{\"report\": {\"score\": 812, \"grade\": \"AA\", \"limit\": -5}}",
        "credit limit at /report/limit is negative");
  }

  @Test
  void aBureauThatCannotBeReachedIsUnavailable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    assertThatThrownBy(
            () ->
                check(
                    configuration("http://127.0.0.1:" + closedPort), Customers.good().asking("1")))
        .isInstanceOfSatisfying(
            ExternalServiceException.class,
            e -> assertThat(e.failure()).isEqualTo(Failure.UNAVAILABLE))
        .hasMessageContaining("cannot be reached");
  }

  @Test
  void aCustomerWithoutTheRegistrationNumberTheBureauNeedsIsABadRequestAndNothingIsSent() {
    assertThatThrownBy(
            () ->
                check(configuration(bureau.url()), Customers.good().registeredAs(null).asking("1")))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.field()).isEqualTo("registrationNumber"));
    assertThat(bureau.received()).isEmpty();
  }

  @Test
  void aBureauSectionWithoutEndpointOrMappingIsAConfigurationError() {
    assertThatThrownBy(() -> check(Map.of("creditLimit", 1), Customers.good().asking("1")))
        .isInstanceOfSatisfying(
            InvalidConfigurationException.class, e -> assertThat(e.path()).isEqualTo("bureau.url"));
    assertThatThrownBy(
            () ->
                check(withBureau(bureau.url(), "response", Map.of()), Customers.good().asking("1")))
        .isInstanceOfSatisfying(
            InvalidConfigurationException.class,
            e -> assertThat(e.path()).isEqualTo("bureau.response.score"));
    assertThatThrownBy(
            () ->
                check(
                    withBureau(bureau.url(), "url", bureau.url() + "/{vatNumber}"),
                    Customers.good().asking("1")))
        .isInstanceOfSatisfying(
            InvalidConfigurationException.class, e -> assertThat(e.path()).isEqualTo("bureau.url"))
        .hasMessageContaining("{vatNumber} is not one of");
  }

  private void assertMalformed(String body, String message) {
    bureau.answer(StubBureau.Answer.ok(body));
    assertThatThrownBy(() -> check(configuration(bureau.url()), Customers.good().asking("1")))
        .isInstanceOfSatisfying(
            ExternalServiceException.class,
            e -> assertThat(e.failure()).isEqualTo(Failure.MALFORMED_RESPONSE))
        .hasMessageContaining(message);
  }

  private CreditDecision check(Map<String, Object> configuration, CreditCheckRequest request) {
    return extension.check(request, TestPluginContext.of(configuration).withHttpClient(CLIENT));
  }

  private static Map<String, Object> withBureau(String url, String key, Object value) {
    return withBureau(configuration(url), key, value);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> withBureau(
      Map<String, Object> configuration, String key, Object value) {
    Map<String, Object> copy = new HashMap<>(configuration);
    Map<String, Object> section = new HashMap<>((Map<String, Object>) copy.get("bureau"));
    section.put(key, value);
    copy.put("bureau", section);
    return copy;
  }
}
