package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A plugin that throws, hangs, answers null or nonsense, or whose outside service is down gets the
 * caller a problem naming the plugin and what went wrong, never a 500 or a stack trace; one that
 * keeps failing for a company has its circuit opened for that company alone. The plugin is the
 * test-only {@code misbehaving-pricing}, one extension per way of failing.
 */
@ExtendWith(DeployedStack.class)
class PluginFailuresTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PLUGIN = "misbehaving-pricing";
  private static final String VERSION = "0.1.0-SNAPSHOT";

  private final PlatformApi api;
  private final Tenants tenants;

  PluginFailuresTest(Stack stack) {
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @Test
  void aPluginThatThrowsIsABadGatewayNamingItWithoutAStackTrace() throws Exception {
    PlatformApi.Answer answer = priceWith("throws");

    assertProblem(answer, 502, "plugin-failed");
    assertThat(detail(answer))
        .contains(PLUGIN + " " + VERSION + " (throws)")
        .contains("IllegalStateException: the price book is corrupt");
    assertThat(answer.raw().body()).doesNotContain("\tat ").doesNotContain("at io.salesplatform");
  }

  @Test
  void aPluginThatHangsIsAGatewayTimeoutAfterThePlatformsBudget() throws Exception {
    long started = System.nanoTime();
    PlatformApi.Answer answer = priceWith("hangs");
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertProblem(answer, 504, "plugin-timeout");
    assertThat(detail(answer)).contains(PLUGIN).contains("did not answer within 2000 ms");
    assertThat(took).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aPluginThatAnswersNullOrNonsenseIsABadGateway() throws Exception {
    PlatformApi.Answer none = priceWith("answers-null");
    PlatformApi.Answer badTotals = priceWith("wrong-totals");
    PlatformApi.Answer dropped = priceWith("drops-lines");

    assertProblem(none, 502, "plugin-failed");
    assertThat(detail(none)).contains("(answers-null)").contains("null");
    assertProblem(badTotals, 502, "plugin-failed");
    assertThat(detail(badTotals)).contains("(wrong-totals)").contains("not the sums of the lines");
    assertProblem(dropped, 502, "plugin-failed");
    assertThat(detail(dropped)).contains("answered nonsense: priced 1 line(s) of 2 asked");
  }

  @Test
  void aPluginWhoseServiceIsDownIsUnavailableAndSaysWhichService() throws Exception {
    PlatformApi.Answer answer = priceWith("service-down");

    assertProblem(answer, 503, "plugin-unavailable");
    assertThat(detail(answer)).contains("price-service").contains("UNAVAILABLE");
  }

  @Test
  void aPluginFailingForOneCompanyOpensItsCircuitForThatCompanyAlone() throws Exception {
    String slug = Tenants.uniqueSlug("circuit");
    String admin = tenants.subscribeAndSignInAdmin(slug);
    choose(slug, admin, "throws");
    String other = Tenants.uniqueSlug("circuit-other");
    String otherAdmin = tenants.subscribeAndSignInAdmin(other);
    choose(other, otherAdmin, "throws");

    for (int i = 0; i < 5; i++) {
      assertThat(api.post(preview(slug), admin, quote()).status()).isEqualTo(502);
    }
    PlatformApi.Answer open = api.post(preview(slug), admin, quote());

    assertProblem(open, 503, "plugin-unavailable");
    assertThat(detail(open)).contains(PLUGIN).contains("circuit is open");
    assertThat(api.post(preview(other), otherAdmin, quote()).status())
        .as("the other company's circuit is closed: its call reaches the plugin")
        .isEqualTo(502);
  }

  @Test
  void aConfigurationCheckThatCrashesSavesNothing() throws Exception {
    String slug = Tenants.uniqueSlug("crashing-check");
    String admin = tenants.subscribeAndSignInAdmin(slug);
    int before = revision(slug, admin);

    PlatformApi.Answer refused =
        api.put(
            "/api/t/" + slug + "/plugins/pricing",
            admin,
            JSON.writeValueAsString(
                Map.of(
                    "pluginId",
                    PLUGIN,
                    "version",
                    VERSION,
                    "extension",
                    "check-crashes",
                    "config",
                    Map.of())));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().at("/errors/0/field").asText())
        .isEqualTo("settings.plugins.pricing.config");
    assertThat(refused.json().at("/errors/0/message").asText())
        .contains("NullPointerException: no settings cache");
    assertThat(revision(slug, admin)).isEqualTo(before);
    assertThat(api.post(preview(slug), admin, quote()).json().get("pluginId").asText())
        .isEqualTo("tiered-pricing");
  }

  @Test
  void aPluginsOutboundRequestGoesOnlyWhereTheOperatorAllows() throws Exception {
    HttpServer service = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    service.createContext(
        "/prices",
        exchange -> {
          byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    service.start();
    try {
      int port = service.getAddress().getPort();
      PlatformApi.Answer allowed =
          priceWith("calls-out", Map.of("url", "http://localhost:" + port + "/prices"));
      PlatformApi.Answer metadata =
          priceWith("calls-out", Map.of("url", "http://169.254.169.254/latest/meta-data/"));
      PlatformApi.Answer loopbackByAddress =
          priceWith("calls-out", Map.of("url", "http://127.0.0.1:" + port + "/prices"));

      assertThat(allowed.status()).as(allowed.raw().body()).isEqualTo(200);
      assertThat(allowed.json().get("extension").asText()).isEqualTo("calls-out");
      assertProblem(metadata, 502, "plugin-failed");
      assertThat(detail(metadata))
          .contains(PLUGIN + " " + VERSION + " (calls-out)")
          .contains("refused its outbound request")
          .contains("169.254.169.254:80 is not among the destinations");
      assertProblem(loopbackByAddress, 502, "plugin-failed");
      assertThat(detail(loopbackByAddress)).contains("127.0.0.1:" + port + " is not among");
    } finally {
      service.stop(0);
    }
  }

  /** A new company priced by extension {@code extension} of the misbehaving plugin. */
  private PlatformApi.Answer priceWith(String extension) throws Exception {
    return priceWith(extension, Map.of());
  }

  /** The same, with {@code config} as the company's configuration of the plugin. */
  private PlatformApi.Answer priceWith(String extension, Map<String, Object> config)
      throws Exception {
    String slug = Tenants.uniqueSlug("misbehaving");
    String admin = tenants.subscribeAndSignInAdmin(slug);
    choose(slug, admin, extension, config);
    int before = revision(slug, admin);
    PlatformApi.Answer answer = api.post(preview(slug), admin, quote());
    assertThat(revision(slug, admin)).isEqualTo(before);
    return answer;
  }

  private void choose(String slug, String admin, String extension) throws Exception {
    choose(slug, admin, extension, Map.of());
  }

  private void choose(String slug, String admin, String extension, Map<String, Object> config)
      throws Exception {
    PlatformApi.Answer chosen =
        api.put(
            "/api/t/" + slug + "/plugins/pricing",
            admin,
            JSON.writeValueAsString(
                Map.of(
                    "pluginId", PLUGIN,
                    "version", VERSION,
                    "extension", extension,
                    "config", config)));
    assertThat(chosen.status()).as(chosen.raw().body()).isEqualTo(200);
  }

  private int revision(String slug, String admin) throws Exception {
    return api.get("/api/t/" + slug + "/settings", admin).json().get("revision").asInt();
  }

  private static void assertProblem(PlatformApi.Answer answer, int status, String type) {
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(status);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
    assertThat(answer.json().get("type").asText()).endsWith("/problems/" + type);
  }

  private static String detail(PlatformApi.Answer answer) {
    return answer.json().get("detail").asText();
  }

  private static String preview(String slug) {
    return "/api/t/" + slug + "/pricing/preview";
  }

  private static String quote() throws Exception {
    return JSON.writeValueAsString(
        Map.of(
            "customerId",
            "customer-1",
            "lines",
            List.of(
                Map.of("productId", "p-1", "sku", "SKU-1", "quantity", 2, "listPrice", 100),
                Map.of("productId", "p-2", "sku", "SKU-2", "quantity", 1, "listPrice", 50))));
  }
}
