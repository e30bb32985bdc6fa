/**
 * Summaries per role in one request each: a rep's pipeline, goals, visits and findings; a manager's
 * team funnel, goal attainment and overdue items; the tenant admin's appraisal distribution, risk
 * heat map, findings and credit exposure. Each part is read through the feature that owns it.
 */
package io.salesplatform.platform.dashboard;
