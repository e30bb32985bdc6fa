package io.salesplatform.platform.declaration;

import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.settings.SettingsRevision;
import io.salesplatform.platform.settings.TenantSettingsService;
import io.salesplatform.platform.tenant.SubscribeRequest;
import io.salesplatform.platform.tenant.Tenant;
import io.salesplatform.platform.tenant.TenantContext;
import io.salesplatform.platform.tenant.TenantRepository;
import io.salesplatform.platform.tenant.TenantStatus;
import io.salesplatform.platform.tenant.TenantSubscription;
import io.salesplatform.tenant.config.declaration.DeclarationReader;
import io.salesplatform.tenant.config.declaration.TenantDeclaration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** Applies one declaration file, in a request context of its own (one tenant per context). */
@ApplicationScoped
public class DeclarationApplier {

  @Inject TenantRepository tenants;
  @Inject TenantSubscription subscription;
  @Inject TenantSettingsService settings;
  @Inject TenantContext tenantContext;

  Clock clock = Clock.systemUTC();

  @ActivateRequestContext
  public DeclarationReport apply(Path file) {
    String name = file.getFileName().toString();
    DeclarationReader.Result read;
    try {
      read = DeclarationReader.read(name, Files.readString(file));
    } catch (IOException e) {
      return report(
          name,
          DeclarationReport.Status.FAILED,
          null,
          null,
          List.of(name + ": not readable: " + e.getMessage()));
    }
    if (!read.valid()) {
      return report(
          name,
          DeclarationReport.Status.REJECTED,
          null,
          null,
          read.problems().stream().map(Object::toString).toList());
    }
    TenantDeclaration declaration = read.declaration();
    SettingsRevision.Author author = new SettingsRevision.Author("declaration", name);
    try {
      Tenant tenant = tenants.findBySlug(declaration.slug()).orElse(null);
      if (tenant != null && tenant.status() == TenantStatus.DELETING) {
        // its rows are about to go; once they have, the next apply subscribes it anew
        return report(
            name,
            DeclarationReport.Status.FAILED,
            declaration.slug(),
            null,
            List.of(name + ": '" + declaration.slug() + "' is being deleted; nothing applied."));
      }
      boolean subscribed = false;
      if (tenant == null || tenant.status() == TenantStatus.PROVISIONING) {
        tenant = subscription.subscribe(request(declaration), author).tenant();
        subscribed = true;
      }
      tenantContext.enter(tenant, Set.of());
      TenantSettingsService.Outcome outcome =
          settings.declare(read.settings(), "Declared in " + name, author);
      DeclarationReport.Status status =
          subscribed
              ? DeclarationReport.Status.SUBSCRIBED
              : outcome.created()
                  ? DeclarationReport.Status.APPLIED
                  : DeclarationReport.Status.UNCHANGED;
      return report(name, status, tenant.slug(), outcome.revision().number(), List.of());
    } catch (ProblemException e) {
      Problem problem = e.problem();
      DeclarationReport.Status status =
          problem.status() == 400
              ? DeclarationReport.Status.REJECTED
              // another instance applying the same file at the same moment wins the race (409);
              // the retry then finds its work done
              : DeclarationReport.Status.FAILED;
      List<String> messages =
          problem.errors().isEmpty()
              ? List.of(name + ": " + problem.detail())
              : problem.errors().stream()
                  .map(
                      error ->
                          name
                              + ":"
                              + read.lineOf(error.field())
                              + ": "
                              + error.field()
                              + ": "
                              + error.message())
                  .toList();
      return report(name, status, declaration.slug(), null, messages);
    } catch (RuntimeException e) {
      return report(
          name,
          DeclarationReport.Status.FAILED,
          declaration.slug(),
          null,
          List.of(name + ": " + e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
  }

  private static SubscribeRequest request(TenantDeclaration declaration) {
    SubscribeRequest request = new SubscribeRequest();
    request.slug = declaration.slug();
    request.name = declaration.name();
    request.adminEmail = declaration.admin().email();
    request.adminName = declaration.admin().name();
    request.adminUsername = declaration.admin().username();
    return request;
  }

  private DeclarationReport report(
      String file,
      DeclarationReport.Status status,
      String slug,
      Integer revision,
      List<String> messages) {
    return new DeclarationReport(file, status, slug, revision, messages, clock.instant());
  }
}
