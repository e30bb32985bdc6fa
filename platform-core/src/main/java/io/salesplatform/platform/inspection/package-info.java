/**
 * Inspections of the sales team's work (policy 8.1): scheduled by sales management with a scope and
 * an inspector, conducted along a checklist, with findings that someone is responsible for
 * resolving by a day.
 */
package io.salesplatform.platform.inspection;
