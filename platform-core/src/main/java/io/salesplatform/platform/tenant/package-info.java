/**
 * Tenants: the subscribing companies. The operator subscribes a company here (its registry row, its
 * organization and role groups in the identity provider, its first admin), suspends and resumes it,
 * exports its complete data and finally deletes it; every request under {@code /api/t/{tenant}} is
 * bound to one tenant by {@link io.salesplatform.platform.tenant.TenantFilter}, and nothing of
 * another tenant is reachable.
 */
package io.salesplatform.platform.tenant;
