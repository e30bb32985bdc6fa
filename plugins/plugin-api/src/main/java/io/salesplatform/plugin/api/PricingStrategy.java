package io.salesplatform.plugin.api;

/**
 * Prices a quote under a tenant's pricing policy, and says whether a manager must approve it before
 * it is sent (policy rules 4.4 and 5.3).
 */
public interface PricingStrategy extends PluginExtension {

  /**
   * Prices every line of a quote. The result covers each requested line, in order, in the request's
   * currency. A price beyond what the policy allows is not refused: it is priced as asked and
   * carries the reasons a manager must approve it.
   *
   * @throws InvalidRequestException when the quote cannot be priced as asked
   * @throws InvalidConfigurationException when the tenant's configuration cannot work
   */
  PriceResult price(PriceRequest request, PluginContext context);
}
