package io.salesplatform.tenant.config.settings;

/**
 * The hours within which a complaint gets its first response, per severity. A more severe complaint
 * never waits longer than a milder one: critical ≤ high ≤ medium ≤ low.
 *
 * @param critical hours for a complaint that stops the customer's business: 1 to 8760
 * @param high hours for a complaint that seriously hinders the customer: 1 to 8760
 * @param medium hours for a complaint with a workaround: 1 to 8760
 * @param low hours for a remark or a minor inconvenience: 1 to 8760
 */
public record ComplaintResponseHours(int critical, int high, int medium, int low) {

  public ComplaintResponseHours {
    Rules rules = new Rules();
    rules.hours(critical, "critical");
    rules.hours(high, "high");
    rules.hours(medium, "medium");
    rules.hours(low, "low");
    rules.require(
        critical <= high,
        "high",
        "must be at least critical's " + critical + " hours, not " + high);
    rules.require(
        high <= medium, "medium", "must be at least high's " + high + " hours, not " + medium);
    rules.require(
        low >= medium, "low", "must be at least medium's " + medium + " hours, not " + low);
    rules.enforce();
  }
}
