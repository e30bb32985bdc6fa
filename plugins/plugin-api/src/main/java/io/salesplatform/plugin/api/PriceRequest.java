package io.salesplatform.plugin.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A quote to price.
 *
 * @param customerId the customer's identifier within the tenant
 * @param customerSegment the customer's segment, such as {@code enterprise}; {@code null} when the
 *     customer has none
 * @param requesterRoles the roles the person asking holds in the tenant, such as {@code sales-rep};
 *     a policy caps the discount each role may grant. Empty for a request on nobody's behalf.
 * @param pricingDate the day the prices are for, in the tenant's time zone: the quote's date, which
 *     decides which negotiated price lists are in force
 * @param currency the ISO 4217 code every amount of the quote is in
 * @param lines the lines to price, at least one, in the order the quote shows them
 */
public record PriceRequest(
    String customerId,
    @Nullable String customerSegment,
    Set<String> requesterRoles,
    LocalDate pricingDate,
    String currency,
    List<PriceLine> lines) {

  /**
   * @throws InvalidRequestException naming the field that is missing or wrong, such as {@code
   *     lines} for a quote without lines
   * @throws CurrencyMismatchException naming the line whose price is in another currency
   */
  public PriceRequest {
    Requests.text(customerId, "customerId");
    requesterRoles = Set.copyOf(Requests.present(requesterRoles, "requesterRoles"));
    Requests.present(pricingDate, "pricingDate");
    Requests.text(currency, "currency");
    Money.minorDigits(currency);
    Requests.present(lines, "lines");
    if (lines.isEmpty()) {
      throw new InvalidRequestException("lines", "a quote to price has at least one line");
    }
    List<PriceLine> checked = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      PriceLine line = Requests.present(lines.get(i), "lines[" + i + "]");
      line.listPrice().requireCurrency(currency, "lines[" + i + "].listPrice");
      if (line.unitCost() != null) {
        line.unitCost().requireCurrency(currency, "lines[" + i + "].unitCost");
      }
      checked.add(line);
    }
    lines = List.copyOf(checked);
  }
}
