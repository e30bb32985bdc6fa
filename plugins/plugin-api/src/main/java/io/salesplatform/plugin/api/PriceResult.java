package io.salesplatform.plugin.api;

import java.util.List;
import java.util.Objects;

/**
 * A priced quote.
 *
 * @param lines one priced line for each requested line, in the same order
 * @param total the sum of the line totals
 * @param approvalRequired whether a sales manager must approve before the quote is sent
 * @param approvalReason why approval is required, for the approver to read; {@code null} if not
 */
public record PriceResult(
    List<PricedLine> lines, Money total, boolean approvalRequired, String approvalReason) {

  public PriceResult {
    lines = List.copyOf(lines);
    Objects.requireNonNull(total, "total");
  }
}
