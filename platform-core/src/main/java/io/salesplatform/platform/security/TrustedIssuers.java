package io.salesplatform.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The realms whose tokens the platform accepts: the platform realm, the pooled tenants' realm, and
 * each tenant's own realm once the registry confirms that tenant has one. A confirmed realm is
 * remembered, and its signing keys are kept fresh from then on; an issuer the registry denies is
 * not asked about again for a while, so forged issuers cannot flood the database.
 */
@ApplicationScoped
public class TrustedIssuers {

  private static final Duration DENIAL_KEPT = Duration.ofSeconds(15);
  private static final int MAX_DENIALS = 10_000;

  @Inject IdentitySettings settings;
  @Inject DedicatedRealms dedicatedRealms;
  @Inject SigningKeys keys;

  private final Map<String, TrustedIssuer> confirmed = new ConcurrentHashMap<>();
  private volatile Map<String, TrustedIssuer> fixed;
  private final Map<String, Instant> denied = new ConcurrentHashMap<>();

  public Optional<TrustedIssuer> find(String issuer) {
    if (issuer == null) {
      return Optional.empty();
    }
    TrustedIssuer known = fixed().get(issuer);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<String> tenant = settings.dedicatedRealmTenant(issuer);
    if (tenant.isEmpty()) {
      return Optional.empty();
    }
    String slug = tenant.get();
    TrustedIssuer confirmedIssuer = confirmed.get(slug);
    if (confirmedIssuer != null) {
      return Optional.of(confirmedIssuer);
    }
    Instant deniedAt = denied.get(slug);
    if (deniedAt != null && Instant.now().isBefore(deniedAt.plus(DENIAL_KEPT))) {
      return Optional.empty();
    }
    if (!dedicatedRealms.hasOwnRealm(slug)) {
      if (denied.size() >= MAX_DENIALS) {
        denied.clear();
      }
      denied.put(slug, Instant.now());
      return Optional.empty();
    }
    return Optional.of(trust(slug));
  }

  /** The platform realm and the pooled realm, by issuer; read once, asked on every request. */
  private Map<String, TrustedIssuer> fixed() {
    Map<String, TrustedIssuer> current = fixed;
    if (current == null) {
      current =
          settings.trustedIssuers().stream()
              .collect(Collectors.toUnmodifiableMap(TrustedIssuer::issuer, i -> i));
      fixed = current;
    }
    return current;
  }

  /** Trusts the tenant's own realm from now on, and starts keeping its signing keys. */
  public TrustedIssuer trust(String slug) {
    TrustedIssuer issuer = confirmed.computeIfAbsent(slug, s -> settings.dedicatedIssuer(s));
    denied.remove(slug);
    keys.watch(issuer);
    return issuer;
  }

  /** Stops trusting a tenant's own realm, as the tenant leaves. */
  public void forget(String slug) {
    TrustedIssuer issuer = confirmed.remove(slug);
    if (issuer != null) {
      keys.unwatch(issuer);
    }
  }
}
