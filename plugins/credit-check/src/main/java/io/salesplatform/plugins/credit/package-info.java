/**
 * The {@code credit-limit} plugin (policy rule 7.2) with two credit-check providers: {@code
 * internal-scorecard} rates a customer from the tenant's own figures (payment history, overdue
 * amounts, exposure against the credit limit, years as a customer) with configurable weights;
 * {@code credit-bureau} asks an outside bureau over HTTP and maps its answer. Both give a rating A
 * to E, a credit limit, approve, review or reject, and an expiry.
 */
package io.salesplatform.plugins.credit;
