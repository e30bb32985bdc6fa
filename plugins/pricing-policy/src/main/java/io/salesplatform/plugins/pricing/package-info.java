/**
 * The {@code tiered-pricing} plugin (policy rules 4.4 and 5.3) with two pricing strategies: {@code
 * tiered-discounts} prices from a price book with volume tiers and customer-segment discounts;
 * {@code negotiated-prices} prices from the price lists agreed with each customer, falling back to
 * the tiered price. Both flag for a manager's approval a requested discount beyond what the
 * requester's roles may grant and a unit price below the tenant's margin floor.
 */
package io.salesplatform.plugins.pricing;
