/**
 * Satisfaction surveys (policy 4.5, 5.6, 6.2): issued to a customer's contact with a signed
 * single-use link, designed and scored by the tenant's survey plugin, answered without a login, and
 * summed up per customer, rep and period.
 */
package io.salesplatform.platform.survey;
