package io.salesplatform.platform.pricing;

import java.math.BigDecimal;
import java.util.List;

/** Quote lines to price as the tenant's pricing policy would, without making a quote. */
public class PricePreviewRequest {

  /** The customer the quote is for. */
  public String customerId;

  /** The customer's segment, such as {@code key-account}; optional. */
  public String customerSegment;

  /** The day prices apply (ISO date); the tenant's today when left out. */
  public String pricingDate;

  /** The quote's currency (ISO 4217); the tenant's currency when left out. */
  public String currency;

  /** The lines, at least one. */
  public List<Line> lines;

  /** One line to price; amounts are in the request's currency. */
  public static class Line {

    /** The product. */
    public String productId;

    /** The product's stock-keeping unit. */
    public String sku;

    /** How many, more than 0. */
    public BigDecimal quantity;

    /** The list price of one unit. */
    public BigDecimal listPrice;

    /** What one unit costs the company; optional, needed for margins. */
    public BigDecimal unitCost;

    /** The discount the rep asks for, in percent; optional. */
    public BigDecimal requestedDiscountPercent;
  }
}
