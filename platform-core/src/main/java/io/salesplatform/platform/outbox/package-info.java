/**
 * The transactional outbox: domain events of sales resources written in the same transaction as the
 * change, for consumers that read them later.
 */
package io.salesplatform.platform.outbox;
