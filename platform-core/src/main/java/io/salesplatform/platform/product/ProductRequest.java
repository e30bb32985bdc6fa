package io.salesplatform.platform.product;

/** A product as a client sends it. */
public class ProductRequest {
  /**
   * The stock-keeping unit: 1 to 40 upper-case letters, digits, '-', '_' or '.', starting with a
   * letter or digit; unique in the company; set on creation only.
   */
  public String sku;

  /** The name, 1 to 200 characters. */
  public String name;

  /** The list price, a decimal string such as {@code 990.00}, not negative. */
  public String listPrice;

  /** The unit cost, a decimal string, not negative; optional. */
  public String unitCost;

  /** The ISO 4217 currency of both; the company's currency when absent. */
  public String currency;

  /** Whether it is offered; true when absent. */
  public Boolean active;

  /** The version a change is based on (or If-Match); not used on creation. */
  public Long version;
}
