package io.salesplatform.platform.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The trusted realms' signing keys, fetched in the background and held in memory, so that verifying
 * a token never waits on the identity provider. Keys are fetched at start-up (retried until the
 * provider answers), refreshed on a schedule, and re-fetched soon after a token names a key not yet
 * known (key rotation); that token itself is refused.
 */
@ApplicationScoped
public class SigningKeys {

  private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
  private static final Duration RETRY = Duration.ofSeconds(3);
  private static final Duration MIN_INTERVAL = Duration.ofSeconds(15);

  @Inject IdentitySettings settings;

  @Resource ManagedScheduledExecutorService scheduler;

  private final Map<String, JWKSet> keysByIssuer = new ConcurrentHashMap<>();
  private final Map<String, TrustedIssuer> watched = new ConcurrentHashMap<>();
  private final Map<String, Instant> lastFetch = new ConcurrentHashMap<>();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private volatile ScheduledFuture<?> schedule;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    for (TrustedIssuer issuer : settings.trustedIssuers()) {
      scheduler.execute(() -> fetchUntilLoaded(issuer));
    }
    long period = settings.keysRefresh().toMillis();
    schedule =
        scheduler.scheduleAtFixedRate(
            () -> {
              settings.trustedIssuers().forEach(this::fetch);
              watched.values().forEach(this::fetch);
            },
            period,
            period,
            TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }

  /** The key, if held; an unknown key id asks for a prompt re-fetch of that realm's keys. */
  public Optional<JWK> key(TrustedIssuer issuer, String keyId) {
    JWKSet set = keysByIssuer.get(issuer.issuer());
    JWK key = set == null || keyId == null ? null : set.getKeyByKeyId(keyId);
    if (key == null) {
      Instant last = lastFetch.getOrDefault(issuer.issuer(), Instant.EPOCH);
      if (Instant.now().isAfter(last.plus(MIN_INTERVAL))) {
        lastFetch.put(issuer.issuer(), Instant.now());
        scheduler.execute(() -> fetch(issuer));
      }
    }
    return Optional.ofNullable(key);
  }

  /**
   * Keeps a tenant's own realm's keys from now on. The first time, they are fetched at once: the
   * one wait on the identity provider a request can see, once per realm and platform instance.
   */
  public void watch(TrustedIssuer issuer) {
    if (watched.putIfAbsent(issuer.issuer(), issuer) == null
        && !keysByIssuer.containsKey(issuer.issuer())) {
      fetch(issuer);
    }
  }

  /** Forgets a realm that is gone. */
  public void unwatch(TrustedIssuer issuer) {
    watched.remove(issuer.issuer());
    keysByIssuer.remove(issuer.issuer());
    lastFetch.remove(issuer.issuer());
  }

  /** Whether every trusted realm's keys are held, for the readiness check. */
  public boolean loaded() {
    return settings.trustedIssuers().stream().allMatch(i -> keysByIssuer.containsKey(i.issuer()));
  }

  private void fetchUntilLoaded(TrustedIssuer issuer) {
    if (!fetch(issuer) && !keysByIssuer.containsKey(issuer.issuer())) {
      scheduler.schedule(() -> fetchUntilLoaded(issuer), RETRY.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private boolean fetch(TrustedIssuer issuer) {
    lastFetch.put(issuer.issuer(), Instant.now());
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(issuer.keysUrl()))
                  .timeout(Duration.ofSeconds(10))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        LOG.warning(() -> "signing keys of " + issuer.issuer() + ": HTTP " + response.statusCode());
        return false;
      }
      JWKSet keys = JWKSet.parse(response.body()).toPublicJWKSet();
      keysByIssuer.put(issuer.issuer(), keys);
      LOG.fine(() -> "signing keys of " + issuer.issuer() + ": " + keys.size());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (Exception e) {
      LOG.log(Level.WARNING, "signing keys of " + issuer.issuer() + " not fetched: " + e);
      return false;
    }
  }
}
