package io.salesplatform.platform.security;

/**
 * A realm whose tokens the platform accepts.
 *
 * @param issuer the {@code iss} claim its tokens carry
 * @param keysUrl where its signing keys are published (JWKS), reached from the platform
 * @param kind whether it holds the platform's operators or tenants' people
 */
public record TrustedIssuer(String issuer, String keysUrl, Kind kind) {

  public enum Kind {
    PLATFORM,
    TENANTS
  }
}
