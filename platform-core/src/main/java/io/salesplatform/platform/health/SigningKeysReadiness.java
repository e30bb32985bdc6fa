package io.salesplatform.platform.health;

import io.salesplatform.platform.security.SigningKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the trusted realms' signing keys are held; until then every token is refused. */
@Readiness
@ApplicationScoped
public class SigningKeysReadiness implements HealthCheck {

  @Inject SigningKeys keys;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("signing-keys").status(keys.loaded()).build();
  }
}
