package io.salesplatform.plugin.api;

/** Assesses a customer's credit before a quote is sent or a contract signed (policy rule 7.2). */
public interface CreditCheckProvider extends PluginExtension {

  /**
   * Decides whether the deal fits the customer's credit.
   *
   * @throws InvalidRequestException when the request lacks what this provider needs, such as a
   *     registration number for a bureau
   * @throws InvalidConfigurationException when the tenant's configuration cannot work
   * @throws ExternalServiceException when an outside service needed for the decision failed;
   *     nothing was decided
   */
  CreditDecision check(CreditCheckRequest request, PluginContext context);
}
