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

  private static final String DEDICATED_REALM_PREFIX = "tenant-";

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
  @ConfigProperty(name = "platform.keycloak.admin-realm", defaultValue = "master")
  String adminRealm;

  @Inject
  @ConfigProperty(
      name = "platform.keycloak.provisioner-client-id",
      defaultValue = "sales-platform-provisioner")
  String provisionerClientId;

  @Inject
  @ConfigProperty(name = "platform.keycloak.provisioner-client-secret")
  Optional<String> provisionerSecret;

  @Inject
  @ConfigProperty(name = "platform.keycloak.command-line-client", defaultValue = "false")
  boolean commandLineClient;

  @Inject
  @ConfigProperty(name = "platform.public-url")
  Optional<String> consoleUrl;

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

  /** The realm of the identity provider's own administration, where realms are created. */
  public String adminRealm() {
    return adminRealm;
  }

  /** The client (in the administration realm) allowed to create tenants' own realms. */
  public String provisionerClientId() {
    return provisionerClientId;
  }

  /** Its secret; without one, dedicated realms are not offered. */
  public Optional<String> provisionerSecret() {
    return provisionerSecret.filter(secret -> !secret.isBlank());
  }

  /** The console's public address, where sign-ins in a tenant's own realm return to. */
  public Optional<String> consoleUrl() {
    return consoleUrl.filter(url -> !url.isBlank()).map(IdentitySettings::strip);
  }

  /** Whether tenants' own realms can be made: a provisioning client and the console's address. */
  public boolean offersDedicatedRealms() {
    return provisionerSecret().isPresent() && consoleUrl().isPresent();
  }

  /** Whether tenants' own realms get the command-line client with direct grants (devstack). */
  public boolean commandLineClient() {
    return commandLineClient;
  }

  /** The name of a tenant's own realm. */
  public static String dedicatedRealm(String slug) {
    return DEDICATED_REALM_PREFIX + slug;
  }

  /**
   * The tenant whose own realm issued tokens with this {@code iss}, if the issuer names one; it is
   * trusted only once the registry confirms the tenant has that realm.
   */
  public Optional<String> dedicatedRealmTenant(String issuer) {
    String prefix = publicUrl() + "/realms/" + DEDICATED_REALM_PREFIX;
    if (issuer == null || !issuer.startsWith(prefix)) {
      return Optional.empty();
    }
    String slug = issuer.substring(prefix.length());
    return slug.isEmpty() || slug.contains("/") ? Optional.empty() : Optional.of(slug);
  }

  /** The issuer of a tenant's own realm, trusted for that tenant's roles only. */
  public TrustedIssuer dedicatedIssuer(String slug) {
    String realm = dedicatedRealm(slug);
    return new TrustedIssuer(
        publicUrl() + "/realms/" + realm,
        url() + "/realms/" + realm + "/protocol/openid-connect/certs",
        TrustedIssuer.Kind.TENANT_REALM,
        slug);
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
        kind,
        null);
  }

  private static String strip(String base) {
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }
}
