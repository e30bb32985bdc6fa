/**
 * The identity provider as the platform drives it: organizations, per-tenant role groups and
 * people, through the admin API with the platform's own service account. Only subscription and
 * people management come here; requests never do.
 */
package io.salesplatform.platform.identity;
