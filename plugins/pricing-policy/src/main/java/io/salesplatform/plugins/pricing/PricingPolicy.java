package io.salesplatform.plugins.pricing;

import io.salesplatform.plugin.api.PluginConfiguration;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * A tenant's pricing policy, read from its plugin configuration.
 *
 * @param maxDiscountPercentByRole the most each role may grant without approval, in percent
 * @param marginFloorPercent the least margin over unit cost a line may keep without approval
 */
record PricingPolicy(
    Map<String, BigDecimal> maxDiscountPercentByRole, BigDecimal marginFloorPercent) {

  static final String MAX_DISCOUNT_PERCENT = "maxDiscountPercent";
  static final String MARGIN_FLOOR_PERCENT = "marginFloorPercent";

  PricingPolicy {
    maxDiscountPercentByRole = Map.copyOf(maxDiscountPercentByRole);
  }

  static PricingPolicy from(PluginConfiguration configuration) {
    Map<String, BigDecimal> caps = new HashMap<>();
    Object configured = configuration.value(MAX_DISCOUNT_PERCENT).orElse(Map.of());
    if (!(configured instanceof Map<?, ?> byRole)) {
      throw new IllegalStateException(
          MAX_DISCOUNT_PERCENT + " must map each role to a percent, but is " + configured);
    }
    byRole.forEach(
        (role, percent) -> caps.put(String.valueOf(role), new BigDecimal(String.valueOf(percent))));
    return new PricingPolicy(caps, configuration.decimal(MARGIN_FLOOR_PERCENT, BigDecimal.ZERO));
  }

  /**
   * What a role may grant without approval. A role the tenant has not listed, or a request that
   * names no role, may grant nothing: an omission must not turn into unlimited discounts.
   */
  BigDecimal maxDiscountPercent(String role) {
    return role == null
        ? BigDecimal.ZERO
        : maxDiscountPercentByRole.getOrDefault(role, BigDecimal.ZERO);
  }
}
