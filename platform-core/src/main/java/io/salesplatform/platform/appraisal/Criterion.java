package io.salesplatform.platform.appraisal;

/** The five criteria of policy chapter 6, in its order. */
public enum Criterion {
  SALES_REVENUE("sales-revenue"),
  CUSTOMER_SATISFACTION("customer-satisfaction"),
  NEW_CUSTOMERS("new-customers"),
  CONTRACT_FULFILMENT("contract-fulfilment"),
  TEAM_COLLABORATION("team-collaboration");

  private final String id;

  Criterion(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
