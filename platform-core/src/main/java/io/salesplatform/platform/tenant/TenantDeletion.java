package io.salesplatform.platform.tenant;

import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.identity.IdentityDirectory;
import io.salesplatform.platform.persistence.TenantTables;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.security.TrustedIssuers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes a company for good, once its final data is exported. Like a subscription, the steps span
 * the identity provider and the database, which share no transaction, so deletion is resumable
 * rather than atomic: the registry row turns DELETING first (nobody can use the tenant from then
 * on), the identity provider's side is removed next (every step tolerates what an earlier attempt
 * already removed), and the rows of every tenant table go last, with the registry row, in one
 * transaction. If a step fails the row keeps the reason, and repeating the deletion finishes it.
 *
 * <p>The tenant's audit trail goes with its rows, so the server log keeps the lasting record of a
 * deletion: who deleted which tenant, and how many rows each table lost.
 */
@ApplicationScoped
public class TenantDeletion {

  private static final Logger LOG = Logger.getLogger(TenantDeletion.class.getName());

  @Inject TrustedIssuers trustedIssuers;
  @Inject TenantLifecycle lifecycle;
  @Inject IdentityDirectory directory;
  @Inject TenantTables tables;

  public void delete(String slug, AuditTrail.Actor actor) {
    Tenant tenant = lifecycle.beginDeletion(slug, actor);
    try {
      directory.removeTenant(tenant);
      Map<String, Long> removed = tables.purge(tenant.tenantId());
      trustedIssuers.forget(slug);
      LOG.info(
          () ->
              "tenant "
                  + slug
                  + " ("
                  + tenant.tenantId()
                  + ") deleted by "
                  + actor.name()
                  + " ("
                  + actor.id()
                  + "), exported at "
                  + tenant.exportedAt()
                  + "; rows removed: "
                  + removed);
    } catch (SQLException | RuntimeException e) {
      String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
      LOG.log(Level.WARNING, "deletion of " + slug + " stopped", e);
      try {
        lifecycle.deletionFailed(slug, reason);
      } catch (RuntimeException notKept) {
        LOG.log(
            Level.WARNING, "the reason the deletion of " + slug + " stopped was not kept", notKept);
      }
      throw Problems.unavailable(
          "deletion-incomplete",
          "Deletion incomplete",
          "Deleting '"
              + slug
              + "' stopped before it finished ("
              + reason
              + "). The company stays unusable (status DELETING); repeat the same request to"
              + " finish it.");
    }
  }
}
