package io.salesplatform.platform.tenant;

import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.identity.IdentityDirectory;
import io.salesplatform.platform.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * Suspends and resumes tenants. A suspended tenant keeps its data; every request of its people is
 * answered with a problem saying it is suspended, and its organization in the identity provider is
 * disabled. Each step is recorded in the tenant's audit trail with the status change.
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
    return tenant;
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
