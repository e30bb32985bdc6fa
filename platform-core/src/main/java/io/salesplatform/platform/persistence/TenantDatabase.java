package io.salesplatform.platform.persistence;

import io.salesplatform.platform.tenant.TenantContext;
import io.salesplatform.platform.tenant.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The database as the current tenant sees it. Every repository of tenant-owned data takes its
 * entity manager from here, and the first use in a transaction binds that transaction to the tenant
 * twice over: the persistence provider adds the tenant to every query and insert, and the
 * transaction-local {@code app.tenant_id} setting makes PostgreSQL's Row-Level Security show only
 * that tenant's rows, whatever a query forgets.
 */
@ApplicationScoped
public class TenantDatabase {

  static final String TENANT_PROPERTY = "eclipselink.tenant-id";
  private static final Object BOUND_TENANT = TenantDatabase.class.getName() + ".tenant";

  @PersistenceContext(unitName = "sales")
  EntityManager entityManager;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject TenantContext tenantContext;

  /** The tenant the current request works in. */
  public TenantId tenantId() {
    return tenantContext.tenantId();
  }

  /** The entity manager bound to the current tenant, within the current transaction. */
  public EntityManager entityManager() {
    TenantId tenant = tenantContext.tenantId();
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException("tenant data is read and written inside a transaction");
    }
    Object bound = transactions.getResource(BOUND_TENANT);
    if (bound == null) {
      entityManager.setProperty(TENANT_PROPERTY, tenant.toString());
      entityManager
          .createNativeQuery("select set_config('app.tenant_id', ?1, true)")
          .setParameter(1, tenant.toString())
          .getSingleResult();
      transactions.putResource(BOUND_TENANT, tenant);
    } else if (!bound.equals(tenant)) {
      throw new IllegalStateException("one transaction serves one tenant");
    }
    return entityManager;
  }
}
