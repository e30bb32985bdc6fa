/**
 * The audit trail (policy 2.5 and 8.1): every change of a tenant's state, recorded in the same
 * transaction as the change, append-only and chained by hash so that tampering shows. Tenant admins
 * and inspectors read it; a verification walks the chain and names the first broken link.
 */
package io.salesplatform.platform.audit;
