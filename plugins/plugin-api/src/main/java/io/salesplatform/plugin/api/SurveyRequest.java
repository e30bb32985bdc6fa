package io.salesplatform.plugin.api;

/**
 * The occasion a survey is sent for.
 *
 * @param occasion what happened, such as {@code contract-completed} or {@code complaint-closed}
 * @param customerId the customer's identifier within the tenant
 * @param locale the language to ask in, as a BCP 47 tag such as {@code en} or {@code zh-CN}; {@code
 *     en} when given as {@code null}
 */
public record SurveyRequest(String occasion, String customerId, String locale) {

  /**
   * @throws InvalidRequestException naming the field that is missing
   */
  public SurveyRequest {
    Requests.text(occasion, "occasion");
    Requests.text(customerId, "customerId");
    locale = locale == null || locale.isBlank() ? "en" : locale;
  }
}
