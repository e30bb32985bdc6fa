/** Conventions every resource of the REST API shares: paging of lists. */
package io.salesplatform.platform.api;
