package io.salesplatform.platform.security;

/**
 * A realm whose tokens the platform accepts.
 *
 * @param issuer the {@code iss} claim its tokens carry
 * @param keysUrl where its signing keys are published (JWKS), reached from the platform
 * @param kind whether it holds the platform's operators, the pooled tenants' people, or one
 *     tenant's people in that tenant's own realm
 * @param tenant the tenant whose own realm it is, for {@link Kind#TENANT_REALM} only
 */
public record TrustedIssuer(String issuer, String keysUrl, Kind kind, String tenant) {

  public enum Kind {
    PLATFORM,
    TENANTS,
    TENANT_REALM
  }

  /** A realm shared by many (or no) tenants. */
  public TrustedIssuer(String issuer, String keysUrl, Kind kind) {
    this(issuer, keysUrl, kind, null);
  }
}
