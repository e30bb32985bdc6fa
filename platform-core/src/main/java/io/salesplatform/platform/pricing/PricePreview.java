package io.salesplatform.platform.pricing;

import io.salesplatform.plugin.api.AppliedDiscount;
import io.salesplatform.plugin.api.ApprovalReason;
import io.salesplatform.plugin.api.Money;
import io.salesplatform.plugin.api.PriceResult;
import io.salesplatform.plugin.api.PricedLine;
import java.math.BigDecimal;
import java.util.List;

/**
 * Quote lines as the tenant's pricing policy prices them. Amounts are in {@code currency}.
 *
 * @param pluginId the plugin that priced them, or {@code null} at list price when none is selected
 * @param version its version
 * @param extension its extension's name
 * @param currency the quote's currency
 * @param lines each requested line, priced, in order
 * @param listTotal the lines at list price
 * @param discountTotal how much the discounts take off
 * @param netTotal what the customer pays
 * @param marginTotal the margin, when every line's cost is known; otherwise {@code null}
 * @param approvalRequired whether a manager must approve the quote
 * @param approvalReasons why
 */
public record PricePreview(
    String pluginId,
    String version,
    String extension,
    String currency,
    List<Line> lines,
    BigDecimal listTotal,
    BigDecimal discountTotal,
    BigDecimal netTotal,
    BigDecimal marginTotal,
    boolean approvalRequired,
    List<Reason> approvalReasons) {

  /**
   * One priced line.
   *
   * @param productId the product
   * @param sku its stock-keeping unit
   * @param quantity how many
   * @param listPrice the list price of one unit
   * @param unitPrice the price of one unit after discounts
   * @param discountPercent the discount from the list price, in percent
   * @param discounts each discount applied
   * @param lineTotal what the line costs the customer
   * @param margin the line's margin, when its cost is known
   * @param marginPercent the margin in percent of the line total
   */
  public record Line(
      String productId,
      String sku,
      BigDecimal quantity,
      BigDecimal listPrice,
      BigDecimal unitPrice,
      BigDecimal discountPercent,
      List<Discount> discounts,
      BigDecimal lineTotal,
      BigDecimal margin,
      BigDecimal marginPercent) {}

  /**
   * A discount applied to a line.
   *
   * @param kind what kind, such as {@code volume}
   * @param description for people
   * @param percent how much
   */
  public record Discount(String kind, String description, BigDecimal percent) {}

  /**
   * Why a manager must approve.
   *
   * @param code a stable code
   * @param line the line (1-based) it concerns, or {@code null} for the whole quote
   * @param message for people
   */
  public record Reason(String code, Integer line, String message) {}

  static PricePreview of(String pluginId, String version, String extension, PriceResult result) {
    return new PricePreview(
        pluginId,
        version,
        extension,
        result.currency(),
        result.lines().stream().map(PricePreview::line).toList(),
        amount(result.listTotal()),
        amount(result.discountTotal()),
        amount(result.netTotal()),
        amount(result.marginTotal()),
        result.approvalRequired(),
        result.approvalReasons().stream().map(PricePreview::reason).toList());
  }

  private static Line line(PricedLine line) {
    return new Line(
        line.productId(),
        line.sku(),
        line.quantity(),
        amount(line.listPrice()),
        amount(line.unitPrice()),
        line.discountPercent(),
        line.discounts().stream().map(PricePreview::discount).toList(),
        amount(line.lineTotal()),
        amount(line.margin()),
        line.marginPercent());
  }

  private static Discount discount(AppliedDiscount discount) {
    return new Discount(discount.kind(), discount.description(), discount.percent());
  }

  private static Reason reason(ApprovalReason reason) {
    return new Reason(reason.code(), reason.line(), reason.message());
  }

  private static BigDecimal amount(Money money) {
    return money == null ? null : money.amount();
  }
}
