/**
 * The {@code credit-limit} plugin: decides whether a deal fits within the credit limit a tenant has
 * configured, from what the customer already owes plus the deal, without calling a bureau (policy
 * rule 7.2).
 */
package io.salesplatform.plugins.credit;
