package io.salesplatform.plugin.api;

import java.util.List;
import java.util.Objects;

/**
 * A priced quote. The totals are the sums of the lines, checked when the result is built; {@link
 * #of} computes them.
 *
 * @param currency the quote's currency, as requested
 * @param lines one priced line for each requested line, in the same order
 * @param listTotal the sum of list price times quantity over the lines
 * @param discountTotal list total less net total: what the discounts take off the quote
 * @param netTotal the sum of the line totals: what the customer pays
 * @param marginTotal the sum of the lines' margins; {@code null} when a line's cost is unknown
 * @param approvalReasons why a manager must approve the quote before it is sent; empty when no
 *     approval is needed
 */
public record PriceResult(
    String currency,
    List<PricedLine> lines,
    Money listTotal,
    Money discountTotal,
    Money netTotal,
    @Nullable Money marginTotal,
    List<ApprovalReason> approvalReasons) {

  public PriceResult {
    Objects.requireNonNull(currency, "currency");
    lines = List.copyOf(lines);
    approvalReasons = List.copyOf(approvalReasons);
    Totals expected = Totals.of(currency, lines);
    if (!expected.equals(new Totals(listTotal, discountTotal, netTotal, marginTotal))) {
      throw new IllegalArgumentException("the totals are not the sums of the lines: " + expected);
    }
  }

  /** A result whose totals are summed from {@code lines}. */
  public static PriceResult of(
      String currency, List<PricedLine> lines, List<ApprovalReason> approvalReasons) {
    Totals totals = Totals.of(currency, lines);
    return new PriceResult(
        currency,
        lines,
        totals.list(),
        totals.discount(),
        totals.net(),
        totals.margin(),
        approvalReasons);
  }

  /** Whether a manager must approve the quote before it is sent: when there is a reason to. */
  public boolean approvalRequired() {
    return !approvalReasons.isEmpty();
  }

  private record Totals(Money list, Money discount, Money net, Money margin) {

    static Totals of(String currency, List<PricedLine> lines) {
      Money list = Money.zero(currency);
      Money net = Money.zero(currency);
      Money margin = Money.zero(currency);
      boolean marginKnown = true;
      for (PricedLine line : lines) {
        if (!line.unitPrice().currency().equals(currency)) {
          throw new IllegalArgumentException(
              "line "
                  + line.sku()
                  + " is priced in "
                  + line.unitPrice().currency()
                  + ", not "
                  + currency);
        }
        list = list.plus(line.listPrice().times(line.quantity()));
        net = net.plus(line.lineTotal());
        if (line.margin() == null) {
          marginKnown = false;
        } else {
          margin = margin.plus(line.margin());
        }
      }
      return new Totals(list, list.minus(net), net, marginKnown ? margin : null);
    }
  }
}
