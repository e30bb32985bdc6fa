package io.salesplatform.tenant.config.settings;

/**
 * The rules that turn each criterion's raw figure into a score from 0 to 100, so that criteria
 * measured in money, counts, percentages and ratings can be weighed against each other.
 *
 * @param salesRevenue how revenue against the goal is scored
 * @param customerSatisfaction how survey scores are scored
 * @param newCustomers how the count of new customers is scored
 * @param contractFulfilment how the fulfilment rate is scored
 * @param teamCollaboration how collaboration ratings are scored
 */
public record AppraisalScoring(
    RevenueScoring salesRevenue,
    SatisfactionScoring customerSatisfaction,
    NewCustomerScoring newCustomers,
    FulfilmentScoring contractFulfilment,
    CollaborationScoring teamCollaboration) {

  public AppraisalScoring {
    Rules rules = new Rules();
    rules.present(salesRevenue, "salesRevenue");
    rules.present(customerSatisfaction, "customerSatisfaction");
    rules.present(newCustomers, "newCustomers");
    rules.present(contractFulfilment, "contractFulfilment");
    rules.present(teamCollaboration, "teamCollaboration");
    rules.enforce();
  }

  static AppraisalScoring defaults() {
    return new AppraisalScoring(
        new RevenueScoring(120),
        new SatisfactionScoring(3, 70),
        new NewCustomerScoring(5),
        new FulfilmentScoring(100),
        new CollaborationScoring(5));
  }
}
