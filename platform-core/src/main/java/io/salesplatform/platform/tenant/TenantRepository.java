package io.salesplatform.platform.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tenant registry. Platform data: read before any tenant's transaction begins. */
@ApplicationScoped
public class TenantRepository {

  @PersistenceContext(unitName = "sales")
  EntityManager entityManager;

  public Optional<Tenant> findBySlug(String slug) {
    return entityManager
        .createQuery("select t from Tenant t where t.slug = :slug", Tenant.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /** The tenant with this id, such as the one a signed survey link names. */
  public Optional<Tenant> findById(UUID id) {
    return Optional.ofNullable(entityManager.find(Tenant.class, id));
  }

  /** One page of tenants in slug order. */
  public List<Tenant> page(int offset, int limit) {
    return entityManager
        .createQuery("select t from Tenant t order by t.slug", Tenant.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long count() {
    return entityManager.createQuery("select count(t) from Tenant t", Long.class).getSingleResult();
  }

  public void add(Tenant tenant) {
    entityManager.persist(tenant);
  }

  public void flush() {
    entityManager.flush();
  }
}
