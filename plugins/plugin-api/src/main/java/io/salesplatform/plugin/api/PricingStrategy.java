package io.salesplatform.plugin.api;

import org.pf4j.ExtensionPoint;

/** Prices a quote under a tenant's pricing policy (policy rule 4.4). */
public interface PricingStrategy extends ExtensionPoint {

  /**
   * Prices every line of a quote. The result must cover each requested line, in order, in the
   * request's currency.
   */
  PriceResult price(PriceRequest request, PluginContext context);
}
