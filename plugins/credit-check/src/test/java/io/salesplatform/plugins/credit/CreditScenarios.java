package io.salesplatform.plugins.credit;

import io.salesplatform.plugin.api.CreditCheckRequest;
import io.salesplatform.plugin.testkit.Scenario;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Customers from good to bad, for the conformance of both credit providers. */
final class CreditScenarios {

  private CreditScenarios() {}

  static List<CreditCheckRequest> customers() {
    return List.of(
        Customers.good().asking("2000.00"),
        Customers.newCustomer().registeredAs("HRB 9").asking("5000.00"),
        Customers.good()
            .since(LocalDate.of(2023, 3, 1))
            .paying(10, 0, 0)
            .owing("6000.00", "1000.00", 30)
            .asking("5000.00"),
        Customers.good()
            .since(LocalDate.of(2024, 9, 1))
            .paying(10, 10, 45)
            .owing("8000.00", "8000.00", 200)
            .granted("9000.00")
            .asking("1000.00"));
  }

  static List<Scenario<CreditCheckRequest>> withConfiguration(Map<String, Object> configuration) {
    List<CreditCheckRequest> customers = customers();
    return List.of(
        Scenario.of("a good customer", configuration, customers.get(0)),
        Scenario.of("a new customer", configuration, customers.get(1)),
        Scenario.of("a deal beyond the limit", configuration, customers.get(2)),
        Scenario.of("a customer that does not pay", configuration, customers.get(3)));
  }
}
