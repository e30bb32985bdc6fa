package io.salesplatform.platform.tenant;

import io.salesplatform.platform.security.DedicatedRealms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The registry's answer to which tenants have a realm of their own. */
@ApplicationScoped
public class RegisteredRealms implements DedicatedRealms {

  @Inject TenantRepository tenants;

  @Override
  public boolean hasOwnRealm(String slug) {
    return tenants.findBySlug(slug).map(Tenant::hasOwnRealm).orElse(false);
  }
}
