/**
 * Market analyses (policy 7.3): made on the company's schedule, each with its period, findings and
 * the changes of sales strategy that followed.
 */
package io.salesplatform.platform.market;
