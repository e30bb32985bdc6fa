package io.salesplatform.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the identity provider is and which of its realms the platform trusts. */
@ApplicationScoped
public class IdentitySettings {

  @Inject
  @ConfigProperty(name = "platform.keycloak.url")
  String url;

  @Inject
  @ConfigProperty(name = "platform.keycloak.issuer-base-url")
  Optional<String> issuerBaseUrl;

  @Inject
  @ConfigProperty(name = "platform.keycloak.platform-realm", defaultValue = "platform")
  String platformRealm;

  @Inject
  @ConfigProperty(name = "platform.keycloak.tenant-realm", defaultValue = "sales")
  String tenantRealm;

  @Inject
  @ConfigProperty(name = "platform.keycloak.client-id", defaultValue = "sales-platform")
  String clientId;

  @Inject
  @ConfigProperty(name = "platform.keycloak.client-secret")
  String clientSecret;

  @Inject
  @ConfigProperty(name = "platform.auth.audience", defaultValue = "sales-platform")
  String audience;

  @Inject
  @ConfigProperty(name = "platform.auth.clock-skew", defaultValue = "PT30S")
  Duration clockSkew;

  @Inject
  @ConfigProperty(name = "platform.auth.keys-refresh", defaultValue = "PT5M")
  Duration keysRefresh;

  /** The identity provider's base URL as the platform reaches it. */
  public String url() {
    return strip(url);
  }

  public String platformRealm() {
    return platformRealm;
  }

  public String tenantRealm() {
    return tenantRealm;
  }

  public String clientId() {
    return clientId;
  }

  public String clientSecret() {
    return clientSecret;
  }

  public String audience() {
    return audience;
  }

  public Duration clockSkew() {
    return clockSkew;
  }

  public Duration keysRefresh() {
    return keysRefresh;
  }

  /** The identity provider's base URL as browsers and token issuers name it. */
  public String publicUrl() {
    return strip(issuerBaseUrl.orElse(url));
  }

  public List<TrustedIssuer> trustedIssuers() {
    return List.of(
        trusted(platformRealm, TrustedIssuer.Kind.PLATFORM),
        trusted(tenantRealm, TrustedIssuer.Kind.TENANTS));
  }

  private TrustedIssuer trusted(String realm, TrustedIssuer.Kind kind) {
    return new TrustedIssuer(
        publicUrl() + "/realms/" + realm,
        url() + "/realms/" + realm + "/protocol/openid-connect/certs",
        kind);
  }

  private static String strip(String base) {
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }
}
