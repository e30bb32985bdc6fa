package io.salesplatform.tenant.config.settings;

/**
 * How quickly customer complaints are answered (policy 4.5).
 *
 * @param responseHoursBySeverity the hours within which a complaint of each severity gets its first
 *     response
 */
public record ComplaintSettings(ComplaintResponseHours responseHoursBySeverity) {

  public ComplaintSettings {
    Rules rules = new Rules();
    rules.present(responseHoursBySeverity, "responseHoursBySeverity");
    rules.enforce();
  }

  static ComplaintSettings defaults() {
    return new ComplaintSettings(new ComplaintResponseHours(4, 24, 72, 168));
  }
}
