package io.salesplatform.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.salesplatform.tenant.config.IdentityLayout;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Verifies a bearer token with what the platform already holds: the signing keys of the realms it
 * trusts. Accepts only access tokens signed with an asymmetric algorithm by a trusted realm, meant
 * for the platform (audience), and current (expiry and not-before, within a small clock skew).
 */
public final class TokenVerifier {

  /** Finds a realm's signing key by its key id. */
  @FunctionalInterface
  public interface KeyLookup {
    Optional<JWK> key(TrustedIssuer issuer, String keyId);
  }

  /** Finds the trusted realm that issues tokens with an {@code iss} claim, if it is trusted. */
  @FunctionalInterface
  public interface IssuerLookup {
    Optional<TrustedIssuer> issuer(String issuer);
  }

  private static final Set<JWSAlgorithm> ACCEPTED =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.PS384,
          JWSAlgorithm.PS512,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384,
          JWSAlgorithm.ES512);

  private final IssuerLookup issuers;
  private final KeyLookup keys;
  private final String audience;
  private final Duration clockSkew;
  private final Clock clock;

  public TokenVerifier(
      Collection<TrustedIssuer> issuers,
      KeyLookup keys,
      String audience,
      Duration clockSkew,
      Clock clock) {
    this(fixed(issuers), keys, audience, clockSkew, clock);
  }

  public TokenVerifier(
      IssuerLookup issuers, KeyLookup keys, String audience, Duration clockSkew, Clock clock) {
    this.issuers = issuers;
    this.keys = keys;
    this.audience = audience;
    this.clockSkew = clockSkew;
    this.clock = clock;
  }

  private static IssuerLookup fixed(Collection<TrustedIssuer> issuers) {
    Map<String, TrustedIssuer> byIssuer =
        issuers.stream()
            .collect(Collectors.toUnmodifiableMap(TrustedIssuer::issuer, Function.identity()));
    return issuer -> Optional.ofNullable(issuer == null ? null : byIssuer.get(issuer));
  }

  public Caller verify(String token) throws InvalidTokenException {
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(token);
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw new InvalidTokenException("the token is not a signed JWT");
    }
    JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
    if (!ACCEPTED.contains(algorithm)) {
      throw new InvalidTokenException("tokens signed with " + algorithm + " are not accepted");
    }
    TrustedIssuer issuer =
        issuers
            .issuer(claims.getIssuer())
            .orElseThrow(() -> new InvalidTokenException("the token's issuer is not trusted"));
    String keyId = jwt.getHeader().getKeyID();
    JWK key =
        keys.key(issuer, keyId)
            .orElseThrow(() -> new InvalidTokenException("the token's signing key is not known"));
    if (!verifies(jwt, key)) {
      throw new InvalidTokenException("the token's signature is invalid");
    }
    checkTimes(claims);
    if (claims.getAudience() == null || !claims.getAudience().contains(audience)) {
      throw new InvalidTokenException("the token is not meant for this platform (audience)");
    }
    Object type = claims.getClaim("typ");
    if (type != null && !"Bearer".equals(type)) {
      throw new InvalidTokenException("only access tokens are accepted, not " + type + " tokens");
    }
    if (claims.getSubject() == null) {
      throw new InvalidTokenException("the token names no subject");
    }
    return caller(claims, issuer);
  }

  private static boolean verifies(SignedJWT jwt, JWK key) throws InvalidTokenException {
    try {
      JWSVerifier verifier;
      if (key instanceof RSAKey rsa) {
        verifier = new RSASSAVerifier(rsa);
      } else if (key instanceof ECKey ec) {
        verifier = new ECDSAVerifier(ec);
      } else {
        throw new InvalidTokenException("the token's signing key is of an unsupported type");
      }
      return jwt.verify(verifier);
    } catch (JOSEException e) {
      return false;
    }
  }

  private void checkTimes(JWTClaimsSet claims) throws InvalidTokenException {
    Instant now = clock.instant();
    Date expiry = claims.getExpirationTime();
    if (expiry == null) {
      throw new InvalidTokenException("the token has no expiry");
    }
    if (now.isAfter(expiry.toInstant().plus(clockSkew))) {
      throw new InvalidTokenException("the token has expired");
    }
    Date notBefore = claims.getNotBeforeTime();
    if (notBefore != null && now.isBefore(notBefore.toInstant().minus(clockSkew))) {
      throw new InvalidTokenException("the token is not valid yet");
    }
  }

  private static Caller caller(JWTClaimsSet claims, TrustedIssuer issuer)
      throws InvalidTokenException {
    try {
      Set<String> platformRoles = new HashSet<>();
      Map<String, Set<String>> tenantRoles = new HashMap<>();
      if (issuer.kind() == TrustedIssuer.Kind.PLATFORM) {
        Map<String, Object> realmAccess = claims.getJSONObjectClaim("realm_access");
        if (realmAccess != null && realmAccess.get("roles") instanceof List<?> roles) {
          roles.forEach(r -> platformRoles.add(String.valueOf(r)));
        }
      } else {
        List<String> groups = claims.getStringListClaim("groups");
        if (groups != null) {
          for (String group : groups) {
            IdentityLayout.membership(group)
                // a tenant's own realm vouches for that tenant's roles, never another's
                .filter(
                    m ->
                        issuer.kind() != TrustedIssuer.Kind.TENANT_REALM
                            || m.tenant().equals(issuer.tenant()))
                .ifPresent(
                    m ->
                        tenantRoles
                            .computeIfAbsent(m.tenant(), t -> new HashSet<>())
                            .add(m.role()));
          }
        }
      }
      String username = claims.getStringClaim("preferred_username");
      return new Caller(
          claims.getSubject(),
          username == null ? claims.getSubject() : username,
          claims.getStringClaim("email"),
          claims.getStringClaim("name"),
          issuer,
          platformRoles,
          tenantRoles.entrySet().stream()
              .collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue()))));
    } catch (ParseException e) {
      throw new InvalidTokenException("the token's claims are malformed");
    }
  }
}
