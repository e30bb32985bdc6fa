package io.salesplatform.plugins.credit;

import io.salesplatform.plugin.api.CreditCheckProvider;
import io.salesplatform.plugin.api.CreditCheckRequest;
import io.salesplatform.plugin.api.PluginContext;
import io.salesplatform.plugin.testkit.CreditCheckProviderConformance;
import io.salesplatform.plugin.testkit.Scenario;
import io.salesplatform.plugin.testkit.TestPluginContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The bureau provider's conformance against a local bureau that grades customers by their
 * registration number, as a real one would, always the same.
 */
class CreditBureauConformanceTest extends CreditCheckProviderConformance {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final StubBureau BUREAU = startBureau();

  @Override
  protected CreditCheckProvider extension() {
    return new CreditBureau();
  }

  @Override
  protected List<Scenario<CreditCheckRequest>> scenarios() {
    return CreditScenarios.withConfiguration(CreditBureauTest.configuration(BUREAU.url()));
  }

  @Override
  protected List<Scenario<CreditCheckRequest>> badRequests() {
    return List.of(
        Scenario.of(
            "a customer without a registration number",
            CreditBureauTest.configuration(BUREAU.url()),
            Customers.newCustomer().asking("1.00")));
  }

  @Override
  protected List<Map<String, Object>> invalidConfigurations() {
    return List.of(
        Map.of("creditLimit", 1),
        Map.of("bureau", Map.of("url", "ftp://bureau.example", "response", Map.of("score", "/s"))),
        Map.of("bureau", Map.of("url", "https://bureau.example", "response", Map.of())),
        Map.of(
            "bureau",
            Map.of("url", "https://bureau.example/{vat}", "response", Map.of("score", "/s"))),
        Map.of(
            "bureau",
            Map.of(
                "url",
                "https://bureau.example",
                "response",
                Map.of("score", "/s", "scoreRange", Map.of("min", 10, "max", 10)))));
  }

  /** A round trip to the local bureau included; on a busy build machine it takes longer. */
  @Override
  protected Duration latencyBudget() {
    return Duration.ofMillis(250);
  }

  @Override
  protected PluginContext context(Scenario<CreditCheckRequest> scenario) {
    return TestPluginContext.of(scenario.configuration()).withHttpClient(CLIENT);
  }

  private static StubBureau startBureau() {
    try {
      StubBureau bureau = new StubBureau();
      bureau.answer(
          request -> {
            String grade =
                switch (request.path().substring(request.path().lastIndexOf('/') + 1)) {
                  case "HRB%201234" -> "AA";
                  case "HRB%209" -> "A";
                  default -> "CCC";
                };
            return StubBureau.Answer.ok(
                "{\"report\": {\"id\": \"R-"
                    + grade
                    + "\", \"score\": 640, \"grade\": \""
                    + grade
                    + "\", \"limit\": 12000}}");
          });
      return bureau;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
