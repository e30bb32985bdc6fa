package io.salesplatform.platform.credit;

/** A credit check to run on a customer. */
public class CreditCheckOrder {

  /** The amount of the deal to assess, a decimal such as {@code 25000.00}; 0 when left out. */
  public String amount;

  /** The deal's ISO 4217 currency; the company's currency when left out. */
  public String currency;

  /** The customer's ISO 3166-1 alpha-2 country, such as {@code DE}; optional. */
  public String countryCode;

  /** The customer's company registration or tax number, for bureaus; optional. */
  public String registrationNumber;
}
