package io.salesplatform.platform.tenant;

import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.identity.IdentityDirectory;
import io.salesplatform.platform.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Suspends and resumes tenants, and keeps the registry's side of exports and deletions. A suspended
 * tenant keeps its data; every request of its people is answered with a problem saying it is
 * suspended, its organization in the identity provider and its integration clients are disabled (a
 * tenant with its own realm has the realm disabled too). Each step is recorded in the tenant's
 * audit trail with the status change.
 */
@ApplicationScoped
public class TenantLifecycle {

  @Inject TenantRepository tenants;
  @Inject TenantContext tenantContext;
  @Inject AuditTrail audit;
  @Inject IdentityDirectory directory;

  Clock clock = Clock.systemUTC();

  @Transactional
  public Tenant suspend(String slug, String reason, AuditTrail.Actor actor) {
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw Problems.badRequest("reason", "a suspension needs a reason of at most 500 characters");
    }
    Tenant tenant = find(slug);
    if (tenant.status() != TenantStatus.ACTIVE) {
      throw Problems.conflict(
          "tenant-not-active", "Tenant not active", "'" + slug + "' is " + tenant.status() + ".");
    }
    tenant.suspend(reason.trim(), clock.instant());
    record(tenant, actor, "tenant.suspend", "Suspended: " + reason.trim());
    directory.enableOrganization(tenant.realm(), tenant.organizationId(), false);
    // the company's own systems obtain no token while it is suspended
    directory.enableClients(tenant.realm(), tenant.slug(), false);
    if (tenant.hasOwnRealm()) {
      // its own realm stops issuing tokens altogether
      directory.enableRealm(tenant.realm(), false);
    }
    return tenant;
  }

  @Transactional
  public Tenant resume(String slug, AuditTrail.Actor actor) {
    Tenant tenant = find(slug);
    if (tenant.status() != TenantStatus.SUSPENDED) {
      throw Problems.conflict(
          "tenant-not-suspended",
          "Tenant not suspended",
          "'" + slug + "' is " + tenant.status() + ".");
    }
    tenant.resume(clock.instant());
    record(tenant, actor, "tenant.resume", "Resumed");
    if (tenant.hasOwnRealm()) {
      directory.enableRealm(tenant.realm(), true);
    }
    directory.enableOrganization(tenant.realm(), tenant.organizationId(), true);
    directory.enableClients(tenant.realm(), tenant.slug(), true);
    return tenant;
  }

  /**
   * Records a complete export in the tenant's audit trail and, when the registry row is still the
   * one the export read, as the tenant's latest export. A row changed since (suspended or resumed
   * while the archive was written) means the archive may not hold the current state, so it does not
   * count as the export a deletion needs.
   */
  @Transactional
  public void exported(
      String slug,
      long readVersion,
      Instant readAt,
      TenantArchive.Summary summary,
      AuditTrail.Actor actor) {
    Tenant tenant = find(slug);
    boolean current = tenant.version() == readVersion;
    if (current) {
      tenant.exported(readAt);
    }
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("readAt", readAt.toString());
    after.put("rows", summary.rows());
    after.put("people", summary.people());
    after.put("clients", summary.clients());
    after.put("sha256", summary.sha256());
    after.put("final", current && tenant.status() == TenantStatus.SUSPENDED);
    tenantContext.enter(tenant, Set.of());
    audit.record(
        actor,
        "tenant.export",
        "tenant",
        "Exported "
            + summary.totalRows()
            + " rows of "
            + summary.rows().size()
            + " tables, "
            + summary.people()
            + " people and "
            + summary.clients()
            + " integration clients",
        null,
        after);
  }

  /**
   * Marks the tenant DELETING, if it may be deleted (see {@link Tenant#deletionRefusal()}), or
   * takes up a deletion that stopped half way. Its people lose access from here on.
   */
  @Transactional
  public Tenant beginDeletion(String slug, AuditTrail.Actor actor) {
    Tenant tenant = find(slug);
    Optional<String> refusal = tenant.deletionRefusal();
    if (refusal.isPresent()) {
      throw tenant.status() == TenantStatus.SUSPENDED
          ? Problems.conflict("export-required", "Export required", refusal.get())
          : Problems.conflict("tenant-not-suspended", "Tenant not suspended", refusal.get());
    }
    boolean resumed = tenant.status() == TenantStatus.DELETING;
    tenant.beginDeletion(clock.instant());
    // removed with the rest of the trail once the deletion is through; until then it shows who
    // started a deletion that has not finished
    record(
        tenant,
        actor,
        "tenant.delete",
        resumed
            ? "Deletion taken up again"
            : "Deletion begun, after the export of " + tenant.exportedAt());
    return tenant;
  }

  /** Keeps why a deletion stopped, for the operator who repeats it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void deletionFailed(String slug, String reason) {
    tenants
        .findBySlug(slug)
        .filter(t -> t.status() == TenantStatus.DELETING)
        .ifPresent(t -> t.deletionFailed(reason, clock.instant()));
  }

  private Tenant find(String slug) {
    return tenants
        .findBySlug(slug)
        .orElseThrow(() -> Problems.notFound("There is no tenant '" + slug + "'."));
  }

  /** In this transaction, as the tenant: the status change and its record commit together. */
  private void record(Tenant tenant, AuditTrail.Actor actor, String action, String summary) {
    tenantContext.enter(tenant, Set.of());
    audit.record(actor, action, "tenant", summary, null, Map.of("status", tenant.status().name()));
  }
}
