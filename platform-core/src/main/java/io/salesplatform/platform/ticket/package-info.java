/**
 * After-sales tickets (policy 4.5, 5.6): a customer's complaints and feedback with a response
 * deadline from the company's settings, an assignee, a first response and a resolution; closing one
 * surveys the customer's satisfaction, and a repeat sale may be opened from one.
 */
package io.salesplatform.platform.ticket;
