/**
 * What every resource of the REST API shares: paging of lists, and the catalog of endpoints with
 * the rule that guards each.
 */
package io.salesplatform.platform.api;
