/**
 * Pricing by the tenant's own policy: quote lines priced by the pricing extension the tenant's
 * settings select, through the plugin host.
 */
package io.salesplatform.platform.pricing;
