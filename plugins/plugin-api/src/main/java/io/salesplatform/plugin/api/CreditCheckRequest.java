package io.salesplatform.plugin.api;

import java.util.Objects;

/**
 * What a credit check is asked about.
 *
 * @param customerId the customer's identifier within the tenant
 * @param customerName the customer's registered name, for providers that look it up
 * @param countryCode the customer's ISO 3166 country code, or {@code null}
 * @param requestedAmount the amount of the deal being assessed
 * @param currentExposure what the customer already owes or has committed under open contracts
 */
public record CreditCheckRequest(
    String customerId,
    String customerName,
    String countryCode,
    Money requestedAmount,
    Money currentExposure) {

  public CreditCheckRequest {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(requestedAmount, "requestedAmount");
    Objects.requireNonNull(currentExposure, "currentExposure");
  }
}
