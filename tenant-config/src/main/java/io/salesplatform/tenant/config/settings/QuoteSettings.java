package io.salesplatform.tenant.config.settings;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules quotes follow (policy 4.4, 5.3 and 7.2).
 *
 * @param validityDays days a sent quote stays valid: 1 to 3650
 * @param responseTimeHours hours within which a quote is delivered once the customer asks for one
 *     (5.3): 1 to 8760
 * @param discountApproval the largest discount, in percent of the list price, that each role may
 *     grant without anyone's approval, keyed by role id (a standard {@link
 *     io.salesplatform.tenant.config.TenantRole} id or a custom role's id); each 0 to 100. A role
 *     not listed needs approval for any discount.
 * @param creditCheckRequiredBeforeSending whether a quote may only be sent once the tenant's credit
 *     check plugin has approved the customer (7.2); requires a {@code credit-check} plugin
 * @param creditDecisionMaxAgeDays days a credit decision stays good enough to send a quote on: 1 to
 *     3650
 */
public record QuoteSettings(
    int validityDays,
    int responseTimeHours,
    Map<String, BigDecimal> discountApproval,
    boolean creditCheckRequiredBeforeSending,
    int creditDecisionMaxAgeDays) {

  public QuoteSettings {
    Rules rules = new Rules();
    rules.days(validityDays, "validityDays");
    rules.hours(responseTimeHours, "responseTimeHours");
    if (rules.present(discountApproval, "discountApproval")) {
      discountApproval.forEach(
          (role, percent) -> {
            String path = SettingsPath.key("discountApproval", String.valueOf(role));
            rules.name(role, path, "role id");
            rules.percent(percent, path);
          });
    }
    rules.days(creditDecisionMaxAgeDays, "creditDecisionMaxAgeDays");
    rules.enforce();
    Map<String, BigDecimal> canonical = new LinkedHashMap<>();
    discountApproval.forEach((role, percent) -> canonical.put(role, Rules.canonical(percent)));
    discountApproval = Collections.unmodifiableMap(canonical);
  }

  static QuoteSettings defaults() {
    Map<String, BigDecimal> discounts = new LinkedHashMap<>();
    discounts.put("sales-rep", BigDecimal.valueOf(10));
    discounts.put("sales-manager", BigDecimal.valueOf(25));
    return new QuoteSettings(30, 48, discounts, true, 90);
  }

  /**
   * The largest discount someone holding {@code roles} may grant without approval: the most
   * generous of their roles, or zero when none of them is listed.
   */
  public BigDecimal maxDiscountWithoutApproval(Collection<String> roles) {
    return roles.stream()
        .map(discountApproval::get)
        .filter(p -> p != null)
        .max(BigDecimal::compareTo)
        .orElse(BigDecimal.ZERO);
  }
}
