package io.salesplatform.platform.tenant;

import io.salesplatform.platform.persistence.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** The current tenant's members. */
@ApplicationScoped
public class TenantMembers {

  @Inject TenantDatabase database;

  Clock clock = Clock.systemUTC();

  /**
   * Records that a person belongs to the current tenant, or takes their latest profile; the
   * identity provider stays the authority on who they are.
   */
  @Transactional
  public TenantMember admit(String userId, String username, String email, String displayName) {
    var entityManager = database.entityManager();
    TenantMember member = entityManager.find(TenantMember.class, userId);
    if (member == null) {
      member = new TenantMember(userId, username, email, displayName, clock.instant());
      entityManager.persist(member);
    } else {
      member.refresh(username, email, displayName);
    }
    return member;
  }

  /**
   * Drops a role that no longer exists from the roles deactivated members are to get back; how many
   * kept it.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int forgetKeptRole(String role) {
    int forgotten = 0;
    for (TenantMember member :
        database
            .entityManager()
            .createQuery(
                "select m from TenantMember m where m.deactivatedAt is not null",
                TenantMember.class)
            .getResultList()) {
      if (member.forgetKeptRole(role)) {
        forgotten++;
      }
    }
    return forgotten;
  }
}
