package io.salesplatform.plugin.api;

import org.pf4j.ExtensionPoint;

/** Assesses a customer's credit before a quote is sent or a contract signed (policy rule 7.2). */
public interface CreditCheckProvider extends ExtensionPoint {

  CreditDecision check(CreditCheckRequest request, PluginContext context);
}
