/**
 * The database as the platform uses it: two data sources (the schema owner, for migrations only,
 * and the application role that Row-Level Security binds), the migrations run at start-up, and the
 * tenant-bound entity manager every repository works through.
 */
package io.salesplatform.platform.persistence;
