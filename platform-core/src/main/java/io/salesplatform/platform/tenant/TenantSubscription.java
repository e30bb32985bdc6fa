package io.salesplatform.platform.tenant;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.identity.IdentityDirectory;
import io.salesplatform.platform.persistence.Constraints;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.security.IdentitySettings;
import io.salesplatform.platform.settings.SettingsRevision;
import io.salesplatform.platform.settings.TenantSettingsService;
import io.salesplatform.tenant.config.TenantRole;
import io.salesplatform.tenant.config.settings.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Subscribes a company. The steps span the database and the identity provider, which share no
 * transaction, so subscription is resumable rather than atomic: the registry row is written first
 * (status PROVISIONING, which no request can use), every identity step finds before it creates, and
 * the row turns ACTIVE last. If a step fails, the row keeps the reason, and the operator repeats
 * the same request to finish the subscription.
 */
@ApplicationScoped
public class TenantSubscription {

  private static final Logger LOG = Logger.getLogger(TenantSubscription.class.getName());

  @Inject TenantRegistry registry;
  @Inject IdentityDirectory directory;
  @Inject IdentitySettings identity;
  @Inject TenantContext tenantContext;
  @Inject TenantMembers members;
  @Inject TenantSettingsService settings;
  @Inject AuditTrail audit;

  /** The subscribed tenant, and the admin's one-time password when one was set. */
  public record Subscribed(Tenant tenant, String initialAdminPassword) {}

  /**
   * Subscribes the company {@code request} names, or finishes its unfinished subscription. Its
   * first settings revision holds the platform's defaults, authored by {@code author}.
   */
  public Subscribed subscribe(SubscribeRequest request, SettingsRevision.Author author) {
    Tenant.Admin admin =
        new Tenant.Admin(
            request.effectiveAdminUsername(), request.adminEmail.trim(), request.adminName.trim());
    String isolation = request.effectiveIsolation();
    boolean ownRealm = Tenant.DEDICATED_REALM.equals(isolation);
    checkIsolation(request, ownRealm);
    Tenant tenant =
        registry.begin(
            request.slug,
            request.name.trim(),
            isolation,
            ownRealm ? IdentitySettings.dedicatedRealm(request.slug) : identity.tenantRealm(),
            admin);
    String realm = tenant.realm();
    try {
      if (ownRealm) {
        directory.ensureDedicatedRealm(
            new IdentityDirectory.DedicatedRealm(
                realm,
                tenant.name(),
                Inputs.blankToNull(request.passwordPolicy),
                Inputs.blankToNull(request.loginTheme),
                identity.consoleUrl().orElseThrow()));
      }
      String organization = directory.ensureOrganization(realm, tenant.slug(), tenant.name());
      directory.ensureRoleGroups(realm, tenant.slug());
      IdentityDirectory.Person person =
          directory.ensurePerson(
              realm, tenant.slug(), admin.username(), admin.email(), admin.name());
      directory.grant(realm, organization, person.id(), tenant.slug(), TenantRole.TENANT_ADMIN);
      tenantContext.enter(tenant, Set.of());
      members.admit(person.id(), person.username(), admin.email(), admin.name());
      audit.recordOnItsOwn(
          new AuditTrail.Actor(author.id(), author.name()),
          "tenant.subscribe",
          "tenant",
          "Subscribed " + tenant.name() + " with " + admin.username() + " as its first admin",
          null,
          Map.of("slug", tenant.slug(), "name", tenant.name(), "admin", admin.username()));
      settings.declare(
          TenantSettings.defaults(), "Subscribed with the platform's default policy", author);
      Tenant active = registry.activate(tenant.slug(), organization);
      settle(person, active);
      return new Subscribed(active, person.temporaryPassword());
    } catch (RuntimeException e) {
      String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
      LOG.log(Level.WARNING, "subscription of " + tenant.slug() + " stopped", e);
      registry.failed(tenant.slug(), reason);
      throw Problems.unavailable(
          "subscription-incomplete",
          "Subscription incomplete",
          "Subscribing '"
              + tenant.slug()
              + "' stopped before it finished ("
              + reason
              + "). Nothing of it is usable yet; repeat the same request to finish it.");
    }
  }

  private void checkIsolation(SubscribeRequest request, boolean ownRealm) {
    if (ownRealm && !identity.offersDedicatedRealms()) {
      throw Problems.badRequest(
          "isolation",
          "dedicated realms are not offered here: the platform has no provisioning client or no"
              + " public address configured");
    }
    if (!ownRealm && Inputs.blankToNull(request.passwordPolicy) != null) {
      throw Problems.badRequest(
          "passwordPolicy",
          "a password policy of its own needs \"isolation\": \"dedicated-realm\"");
    }
    if (!ownRealm && Inputs.blankToNull(request.loginTheme) != null) {
      throw Problems.badRequest(
          "loginTheme", "a sign-in theme of its own needs \"isolation\": \"dedicated-realm\"");
    }
  }

  /** A mark left behind only means a repeated subscription could reset that password again. */
  private void settle(IdentityDirectory.Person person, Tenant tenant) {
    try {
      directory.settle(tenant.realm(), person.id(), tenant.slug());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "subscription mark of " + person.username() + " not cleared", e);
    }
  }

  /** The registry steps of a subscription, each in a transaction of its own. */
  @ApplicationScoped
  public static class TenantRegistry {

    @Inject TenantRepository tenants;

    Clock clock = Clock.systemUTC();

    /** A new PROVISIONING row, or the unfinished one this same request started before. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Tenant begin(
        String slug, String name, String isolation, String realm, Tenant.Admin admin) {
      var existing = tenants.findBySlug(slug);
      if (existing.isPresent()) {
        if (existing.get().isResumableBy(name, isolation, admin)) {
          return existing.get();
        }
        throw Problems.conflict(
            "slug-taken", "Slug taken", "The slug '" + slug + "' is already subscribed.");
      }
      Tenant tenant = Tenant.subscribing(slug, name, isolation, realm, admin, clock.instant());
      try {
        tenants.add(tenant);
        tenants.flush();
      } catch (PersistenceException e) {
        if (Constraints.isUniqueViolation(e)) {
          throw Problems.conflict(
              "slug-taken", "Slug taken", "The slug '" + slug + "' is already subscribed.");
        }
        throw e;
      }
      return tenant;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Tenant activate(String slug, String organizationId) {
      Tenant tenant = tenants.findBySlug(slug).orElseThrow();
      tenant.activate(organizationId, clock.instant());
      return tenant;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String slug, String reason) {
      tenants
          .findBySlug(slug)
          .filter(t -> t.status() == TenantStatus.PROVISIONING)
          .ifPresent(t -> t.provisioningFailed(reason, clock.instant()));
    }
  }
}
