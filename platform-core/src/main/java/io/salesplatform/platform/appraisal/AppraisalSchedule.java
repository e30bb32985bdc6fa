package io.salesplatform.platform.appraisal;

import io.salesplatform.platform.api.Quarter;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.settings.TenantSettingsService;
import io.salesplatform.platform.tenant.Tenant;
import io.salesplatform.platform.tenant.TenantContext;
import io.salesplatform.platform.tenant.TenantRepository;
import io.salesplatform.platform.tenant.TenantStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Appraises every active company's last quarter once it has closed in the company's time zone.
 * Every instance checks; the database lets one run per company and quarter through (a unique index
 * on scheduled runs), so several instances appraise a quarter once.
 */
@ApplicationScoped
public class AppraisalSchedule {

  private static final Logger LOG = Logger.getLogger(AppraisalSchedule.class.getName());
  private static final AuditTrail.Actor PLATFORM = new AuditTrail.Actor("platform", "platform");
  private static final int PAGE = 200;

  @Inject
  @ConfigProperty(name = "platform.appraisal.check-minutes", defaultValue = "60")
  long checkMinutes;

  @Inject TenantRepository tenants;
  @Inject Worker worker;

  @Resource ManagedScheduledExecutorService scheduler;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (checkMinutes > 0) {
      scheduler.scheduleWithFixedDelay(this::checkAll, 2, checkMinutes * 60, TimeUnit.SECONDS);
    }
  }

  /** Checks every active company once; returns how many quarters it appraised. */
  public int checkAll() {
    int appraised = 0;
    try {
      for (int offset = 0; ; offset += PAGE) {
        List<Tenant> page = tenants.page(offset, PAGE);
        for (Tenant tenant : page) {
          if (tenant.status() == TenantStatus.ACTIVE && worker.appraiseClosedQuarter(tenant)) {
            appraised++;
          }
        }
        if (page.size() < PAGE) {
          return appraised;
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the appraisal schedule failed; it tries again later", e);
      return appraised;
    }
  }

  /** Works for one company at a time, in a request context of its own. */
  @ApplicationScoped
  public static class Worker {

    @Inject TenantContext tenantContext;
    @Inject TenantSettingsService settings;
    @Inject Appraisals appraisals;

    Clock clock = Clock.systemUTC();

    @ActivateRequestContext
    public boolean appraiseClosedQuarter(Tenant tenant) {
      try {
        tenantContext.enter(tenant, Set.of());
        ZoneId zone = settings.current().settings().timeZone();
        Instant now = clock.instant();
        Quarter closed = Quarter.of(now, zone).minus(1);
        if (tenant.createdAt().isAfter(closed.end(zone)) || appraisals.scheduled(closed)) {
          return false;
        }
        appraisals.run(closed, "schedule", PLATFORM);
        LOG.info(() -> "appraised " + closed + " of " + tenant.slug() + " on schedule");
        return true;
      } catch (ProblemException e) {
        // another instance appraised it first
        return false;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "appraising " + tenant.slug() + " on schedule failed", e);
        return false;
      }
    }
  }
}
