/**
 * The {@code tiered-pricing} plugin: prices a quote from list prices and the discounts a rep asks
 * for, and flags for a manager's approval whatever goes beyond the discount the requester's role
 * may grant or below the tenant's margin floor (policy rule 4.4).
 */
package io.salesplatform.plugins.pricing;
