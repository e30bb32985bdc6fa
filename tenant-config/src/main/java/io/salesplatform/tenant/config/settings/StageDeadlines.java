package io.salesplatform.tenant.config.settings;

/**
 * How many days an opportunity may stay in each of the six pipeline stages (policy 4.3 and chapter
 * 5) before the stage is overdue. A stage's due date is the day it was entered plus its deadline.
 *
 * @param customerDevelopment days to qualify a prospect found through research, fairs or the web
 *     (5.1)
 * @param needsAnalysis days to understand the customer's needs (5.2)
 * @param proposalAndQuote days to prepare and deliver the proposal and quote (5.3)
 * @param contractSigning days from acceptance to a signed contract (5.4)
 * @param implementationAndTracking days to deliver the signed project (5.5)
 * @param afterSales days for the follow-up visit after completion (5.6)
 */
public record StageDeadlines(
    int customerDevelopment,
    int needsAnalysis,
    int proposalAndQuote,
    int contractSigning,
    int implementationAndTracking,
    int afterSales) {

  public StageDeadlines {
    Rules rules = new Rules();
    rules.days(customerDevelopment, "customerDevelopment");
    rules.days(needsAnalysis, "needsAnalysis");
    rules.days(proposalAndQuote, "proposalAndQuote");
    rules.days(contractSigning, "contractSigning");
    rules.days(implementationAndTracking, "implementationAndTracking");
    rules.days(afterSales, "afterSales");
    rules.enforce();
  }

  static StageDeadlines defaults() {
    return new StageDeadlines(30, 14, 10, 14, 90, 30);
  }
}
