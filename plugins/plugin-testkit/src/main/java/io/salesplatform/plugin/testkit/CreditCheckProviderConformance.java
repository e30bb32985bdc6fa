package io.salesplatform.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesplatform.plugin.api.CreditCheckProvider;
import io.salesplatform.plugin.api.CreditCheckRequest;
import io.salesplatform.plugin.api.CreditDecision;
import io.salesplatform.plugin.api.PluginContext;

/**
 * Conformance of a {@link CreditCheckProvider}. Beyond what every extension must do, each decision
 * states its credit limit in the deal's currency, expires after the moment it was made, and gives
 * reasons a rep can read.
 */
public abstract class CreditCheckProviderConformance
    extends ExtensionConformance<CreditCheckProvider, CreditCheckRequest, CreditDecision> {

  @Override
  protected final CreditDecision call(
      CreditCheckProvider extension, CreditCheckRequest request, PluginContext context) {
    return extension.check(request, context);
  }

  @Override
  protected void checkResult(
      Scenario<CreditCheckRequest> scenario, CreditDecision decision, PluginContext context) {
    assertEquals(
        scenario.request().currency(),
        decision.creditLimit().currency(),
        "the credit limit is in the deal's currency");
    assertTrue(
        decision.expiresAt().isAfter(context.clock().instant()),
        "a decision expires after it is made, not at " + decision.expiresAt());
    for (String reason : decision.reasons()) {
      assertFalse(reason.isBlank(), "a reason says something");
    }
  }
}
