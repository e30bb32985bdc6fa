package io.salesplatform.tenant.config.settings;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much each appraisal criterion (policy chapter 6) counts, in whole percent of the overall
 * score. The weights sum to 100, so the overall score is a weighted mean on the same 0 to 100 scale
 * as the criteria, and a rep can see exactly what each criterion contributed.
 *
 * @param salesRevenue weight of the revenue actually achieved against the quarter's goal (6.1)
 * @param customerSatisfaction weight of the customers' survey scores (6.2)
 * @param newCustomers weight of the new customers won in the quarter (6.3)
 * @param contractFulfilment weight of the fulfilment rate of signed contracts (6.4)
 * @param teamCollaboration weight of the contribution to the team's result (6.5)
 */
public record AppraisalWeights(
    int salesRevenue,
    int customerSatisfaction,
    int newCustomers,
    int contractFulfilment,
    int teamCollaboration) {

  public AppraisalWeights {
    Rules rules = new Rules();
    rules.percent(salesRevenue, "salesRevenue");
    rules.percent(customerSatisfaction, "customerSatisfaction");
    rules.percent(newCustomers, "newCustomers");
    rules.percent(contractFulfilment, "contractFulfilment");
    rules.percent(teamCollaboration, "teamCollaboration");
    int sum =
        salesRevenue + customerSatisfaction + newCustomers + contractFulfilment + teamCollaboration;
    rules.require(sum == 100, "", "the weights must sum to 100, but they sum to " + sum);
    rules.enforce();
  }

  /** Revenue first, as the policy's first criterion, with the other four sharing the rest. */
  static AppraisalWeights defaults() {
    return new AppraisalWeights(40, 20, 15, 15, 10);
  }

  /** The overall score from the five criterion scores (each 0 to 100), rounded to two decimals. */
  public BigDecimal overallScore(
      BigDecimal salesRevenueScore,
      BigDecimal customerSatisfactionScore,
      BigDecimal newCustomersScore,
      BigDecimal contractFulfilmentScore,
      BigDecimal teamCollaborationScore) {
    BigDecimal weighted =
        salesRevenueScore
            .multiply(BigDecimal.valueOf(salesRevenue))
            .add(customerSatisfactionScore.multiply(BigDecimal.valueOf(customerSatisfaction)))
            .add(newCustomersScore.multiply(BigDecimal.valueOf(newCustomers)))
            .add(contractFulfilmentScore.multiply(BigDecimal.valueOf(contractFulfilment)))
            .add(teamCollaborationScore.multiply(BigDecimal.valueOf(teamCollaboration)));
    return weighted.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
  }
}
