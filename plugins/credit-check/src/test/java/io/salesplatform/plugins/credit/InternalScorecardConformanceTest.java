package io.salesplatform.plugins.credit;

import io.salesplatform.plugin.api.CreditCheckProvider;
import io.salesplatform.plugin.api.CreditCheckRequest;
import io.salesplatform.plugin.testkit.CreditCheckProviderConformance;
import io.salesplatform.plugin.testkit.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

class InternalScorecardConformanceTest extends CreditCheckProviderConformance {

  @Override
  protected CreditCheckProvider extension() {
    return new InternalScorecard();
  }

  @Override
  protected List<Scenario<CreditCheckRequest>> scenarios() {
    List<Scenario<CreditCheckRequest>> scenarios =
        new ArrayList<>(CreditScenarios.withConfiguration(Map.of("creditLimit", 10000)));
    scenarios.add(Scenario.of("an empty configuration", Map.of(), Customers.good().asking("1.00")));
    scenarios.add(
        Scenario.of(
            "an example tenant's configuration",
            Map.of("creditLimit", 2000000, "reviewBandPercent", 15, "validityDays", 60),
            Customers.good().asking("150000.00")));
    scenarios.add(
        Scenario.of(
            "a tuned scorecard",
            Map.of(
                "creditLimit",
                10000,
                "scorecard",
                Map.of(
                    "weights",
                    Map.of("paymentHistory", 50, "overdue", 50, "exposure", 0, "tenure", 0),
                    "ratingFloors",
                    Map.of("A", 90, "B", 75, "C", 60, "D", 40),
                    "limitPercentByRating",
                    Map.of("A", 200, "E", 0),
                    "fullTenureYears",
                    3,
                    "overdueDaysTolerated",
                    30,
                    "newCustomerPaymentScore",
                    40)),
            Customers.good().owing("2000.00", "500.00", 45).asking("3000.00")));
    return scenarios;
  }

  @Override
  protected List<Map<String, Object>> invalidConfigurations() {
    return List.of(
        Map.of("creditLimit", "lots"),
        Map.of("validityDays", 0),
        Map.of("colour", "blue"),
        Map.of("scorecard", Map.of("weights", Map.of("paymentHistory", -1))),
        Map.of(
            "scorecard",
            Map.of(
                "weights", Map.of("paymentHistory", 0, "overdue", 0, "exposure", 0, "tenure", 0))),
        Map.of("scorecard", Map.of("ratingFloors", Map.of("A", 70, "B", 75))));
  }
}
