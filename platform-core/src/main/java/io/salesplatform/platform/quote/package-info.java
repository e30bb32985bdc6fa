/**
 * Quotes (policy 4.4, 5.3): lines from the catalogue priced by the tenant's pricing plugin, kept in
 * numbered versions, approved by a manager when prices or discounts are outside policy, sent once
 * the customer's credit allows it, and answered by the customer within their validity.
 */
package io.salesplatform.platform.quote;
