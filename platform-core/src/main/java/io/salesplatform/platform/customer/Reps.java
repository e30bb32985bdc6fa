package io.salesplatform.platform.customer;

import io.salesplatform.platform.customer.CustomerViews.Rep;
import io.salesplatform.platform.tenant.TenantMember;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;

/**
 * The company's people as sales records name them ({@link Rep}), read once per request so that a
 * list names everyone without a query per row.
 */
public final class Reps {

  private final Map<String, Rep> byId = new HashMap<>();

  private Reps() {}

  /** Every member of the current tenant, through its tenant-bound entity manager. */
  public static Reps of(EntityManager entityManager) {
    Reps reps = new Reps();
    entityManager
        .createQuery("select m from TenantMember m", TenantMember.class)
        .getResultStream()
        .forEach(
            m ->
                reps.byId.put(
                    m.userId(),
                    new Rep(m.userId(), m.displayName() == null ? m.username() : m.displayName())));
    return reps;
  }

  /** The person with this user id (without a name when no longer known); {@code null} for none. */
  public Rep get(String id) {
    return id == null ? null : byId.getOrDefault(id, new Rep(id, null));
  }
}
