package io.salesplatform.plugin.api;

import java.util.List;
import java.util.Objects;

/**
 * A quote to price.
 *
 * @param currency the ISO 4217 code every amount of the quote is in
 * @param customerId the customer's identifier within the tenant
 * @param customerSegment the customer's segment (such as {@code enterprise}), or {@code null}
 * @param requestedBy the role of the person asking, so that a policy can cap what each role grants
 * @param lines the quote lines, at least one
 */
public record PriceRequest(
    String currency,
    String customerId,
    String customerSegment,
    String requestedBy,
    List<PriceLine> lines) {

  public PriceRequest {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(customerId, "customerId");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a quote has at least one line");
    }
  }
}
