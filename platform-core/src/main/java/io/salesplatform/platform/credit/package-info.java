/**
 * Customer credit (policy 7.2): decisions of the tenant's credit-check plugin on the platform's own
 * figures, kept per customer, and the rules that decide whether a decision is good enough to send a
 * quote or sign a contract on.
 */
package io.salesplatform.platform.credit;
