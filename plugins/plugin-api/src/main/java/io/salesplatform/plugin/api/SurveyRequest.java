package io.salesplatform.plugin.api;

import java.util.Objects;

/**
 * The occasion a survey is sent for.
 *
 * @param occasion such as {@code contract-completed} or {@code ticket-closed}
 * @param customerId the customer's identifier within the tenant
 * @param locale the language to ask in, as a BCP 47 tag such as {@code en} or {@code zh-CN}
 */
public record SurveyRequest(String occasion, String customerId, String locale) {

  public SurveyRequest {
    Objects.requireNonNull(occasion, "occasion");
    Objects.requireNonNull(customerId, "customerId");
    locale = locale == null ? "en" : locale;
  }
}
