package io.salesplatform.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The verifier against tokens shaped like Keycloak's: one realm for the platform's operators, one
 * shared by the tenants' people. Every refusal is checked for its reason, because the reason is
 * what the 401 answer tells a client, and a refusal for the wrong reason hides the check that
 * failed.
 */
class TokenVerifierTest {

  private static final TrustedIssuer PLATFORM =
      new TrustedIssuer(
          "http://kc/realms/platform",
          "http://kc/realms/platform/protocol/openid-connect/certs",
          TrustedIssuer.Kind.PLATFORM);
  private static final TrustedIssuer TENANTS =
      new TrustedIssuer(
          "http://kc/realms/sales",
          "http://kc/realms/sales/protocol/openid-connect/certs",
          TrustedIssuer.Kind.TENANTS);
  private static final String AUDIENCE = "sales-platform";
  private static final Duration SKEW = Duration.ofSeconds(30);
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private static RSAKey tenantsKey;
  private static RSAKey platformKey;
  private static TokenVerifier verifier;

  @BeforeAll
  static void realmsWithTheirKeys() throws Exception {
    tenantsKey = new RSAKeyGenerator(2048).keyID("k1").generate();
    platformKey = new RSAKeyGenerator(2048).keyID("p1").generate();
    // Each realm publishes only its own public keys; the lookup is by realm, then key id, as the
    // JWKS cache does it, so one realm's key can never vouch for another realm's token.
    Map<String, Map<String, JWK>> published =
        Map.of(
            TENANTS.issuer(), Map.of("k1", tenantsKey.toPublicJWK()),
            PLATFORM.issuer(), Map.of("p1", platformKey.toPublicJWK()));
    TokenVerifier.KeyLookup keys =
        (issuer, keyId) ->
            Optional.ofNullable(published.getOrDefault(issuer.issuer(), Map.of()).get(keyId));
    verifier =
        new TokenVerifier(
            List.of(PLATFORM, TENANTS), keys, AUDIENCE, SKEW, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void aTenantsRealmTokenGivesThePersonAndTheirRolesInEachTenant() throws Exception {
    String token =
        sign(
            tenantsKey,
            tenantsAccessToken()
                .claim(
                    "groups",
                    List.of(
                        "/tenants/acme/sales-rep",
                        "/tenants/beta/inspector",
                        "/tenants",
                        "/tenants/acme",
                        "/staff/berlin",
                        "/tenants/acme/sales-rep/extra"))
                .build());

    Caller caller = verifier.verify(token);

    assertThat(caller.subject()).isEqualTo("5b1c7a2e-rep");
    assertThat(caller.username()).isEqualTo("lena");
    assertThat(caller.email()).isEqualTo("lena@acme.example");
    assertThat(caller.name()).isEqualTo("Lena Hoffmann");
    assertThat(caller.issuer()).isEqualTo(TENANTS);
    assertThat(caller.tenantRoles())
        .containsOnly(
            Map.entry("acme", Set.of("sales-rep")), Map.entry("beta", Set.of("inspector")));
    assertThat(caller.rolesIn("acme")).containsExactly("sales-rep");
    assertThat(caller.rolesIn("gamma")).isEmpty();
    assertThat(caller.platformRoles()).isEmpty();
    assertThat(caller.isPlatformAdmin()).isFalse();
  }

  @Test
  void aTenantsOwnRealmSpeaksForThatTenantOnly() throws Exception {
    TrustedIssuer acmeRealm =
        new TrustedIssuer(
            "http://kc/realms/tenant-acme",
            "http://kc/realms/tenant-acme/protocol/openid-connect/certs",
            TrustedIssuer.Kind.TENANT_REALM,
            "acme");
    RSAKey acmeKey = new RSAKeyGenerator(2048).keyID("a1").generate();
    TokenVerifier withOwnRealm =
        new TokenVerifier(
            issuer -> Optional.ofNullable(acmeRealm.issuer().equals(issuer) ? acmeRealm : null),
            (issuer, keyId) ->
                Optional.ofNullable(
                    issuer.equals(acmeRealm) && "a1".equals(keyId) ? acmeKey.toPublicJWK() : null),
            AUDIENCE,
            SKEW,
            Clock.fixed(NOW, ZoneOffset.UTC));
    String token =
        sign(
            acmeKey,
            accessToken(acmeRealm)
                .subject("acme-person")
                .claim(
                    "groups", List.of("/tenants/acme/sales-manager", "/tenants/beta/tenant-admin"))
                .build());

    Caller caller = withOwnRealm.verify(token);

    assertThat(caller.tenantRoles()).containsOnly(Map.entry("acme", Set.of("sales-manager")));
    assertThat(caller.issuer().tenant()).isEqualTo("acme");
    // the shared realm's verifier does not know the tenant's realm at all
    assertRefused(token, "the token's issuer is not trusted");
  }

  @Test
  void aTenantsRealmTokenCannotMakeItsBearerAPlatformAdmin() throws Exception {
    // The tenants' realm is administered by tenants; a realm role it hands out means nothing here.
    String token =
        sign(
            tenantsKey,
            tenantsAccessToken()
                .claim("realm_access", Map.of("roles", List.of(Caller.PLATFORM_ADMIN)))
                .build());

    Caller caller = verifier.verify(token);

    assertThat(caller.platformRoles()).isEmpty();
    assertThat(caller.isPlatformAdmin()).isFalse();
  }

  @Test
  void aPlatformRealmTokenGivesPlatformRolesAndNoTenantRoles() throws Exception {
    String token =
        sign(
            platformKey,
            accessToken(PLATFORM)
                .subject("9f00-operator")
                .claim("preferred_username", "ops")
                .claim(
                    "realm_access",
                    Map.of("roles", List.of(Caller.PLATFORM_ADMIN, "offline_access")))
                .claim("groups", List.of("/tenants/acme/sales-manager"))
                .build());

    Caller caller = verifier.verify(token);

    assertThat(caller.issuer()).isEqualTo(PLATFORM);
    assertThat(caller.username()).isEqualTo("ops");
    assertThat(caller.platformRoles()).containsOnly(Caller.PLATFORM_ADMIN, "offline_access");
    assertThat(caller.isPlatformAdmin()).isTrue();
    assertThat(caller.tenantRoles()).isEmpty();
  }

  @Test
  void aCallerWithoutAUsernameIsKnownByTheirSubject() throws Exception {
    String token = sign(tenantsKey, accessToken(TENANTS).subject("service-account-x").build());

    assertThat(verifier.verify(token).username()).isEqualTo("service-account-x");
  }

  @Test
  void aTokenExpiredWithinTheClockSkewIsAccepted() throws Exception {
    String token =
        sign(tenantsKey, tenantsAccessToken().expirationTime(at(NOW.minusSeconds(20))).build());

    assertThat(verifier.verify(token).subject()).isEqualTo("5b1c7a2e-rep");
  }

  @Test
  void aTokenExpiredBeyondTheClockSkewIsRefused() throws Exception {
    String token =
        sign(tenantsKey, tenantsAccessToken().expirationTime(at(NOW.minusSeconds(31))).build());

    assertRefused(token, "has expired");
  }

  @Test
  void aTokenWithoutExpiryIsRefused() throws Exception {
    String token = sign(tenantsKey, tenantsAccessToken().expirationTime(null).build());

    assertRefused(token, "no expiry");
  }

  @Test
  void aTokenNotValidYetIsRefused() throws Exception {
    String token =
        sign(tenantsKey, tenantsAccessToken().notBeforeTime(at(NOW.plusSeconds(120))).build());

    assertRefused(token, "not valid yet");
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() throws Exception {
    String token = sign(tenantsKey, tenantsAccessToken().audience("account").build());

    assertRefused(token, "audience");
  }

  @Test
  void aTokenWithoutAudienceIsRefused() throws Exception {
    String token = sign(tenantsKey, tenantsAccessToken().audience((String) null).build());

    assertRefused(token, "audience");
  }

  @Test
  void aTokenFromAnUntrustedIssuerIsRefused() throws Exception {
    String token =
        sign(tenantsKey, tenantsAccessToken().issuer("http://kc/realms/elsewhere").build());

    assertRefused(token, "issuer is not trusted");
  }

  @Test
  void aTokenSignedWithAnUnknownKeyIsRefused() throws Exception {
    RSAKey unknown = new RSAKeyGenerator(2048).keyID("k2").generate();

    assertRefused(sign(unknown, tenantsAccessToken().build()), "signing key is not known");
  }

  @Test
  void aTenantsRealmKeyCannotVouchForAPlatformToken() throws Exception {
    // A tenant-realm key must not let a token that names the platform realm through.
    String token =
        sign(
            tenantsKey,
            accessToken(PLATFORM)
                .subject("intruder")
                .claim("realm_access", Map.of("roles", List.of(Caller.PLATFORM_ADMIN)))
                .build());

    assertRefused(token, "signing key is not known");
  }

  @Test
  void aTokenForgedWithAnotherKeyUnderAKnownKeyIdIsRefused() throws Exception {
    RSAKey forger = new RSAKeyGenerator(2048).keyID("k1").generate();

    assertRefused(sign(forger, tenantsAccessToken().build()), "signature is invalid");
  }

  @Test
  void aTokenWhosePayloadWasAlteredAfterSigningIsRefused() throws Exception {
    String[] parts = sign(tenantsKey, tenantsAccessToken().build()).split("\\.");
    JWTClaimsSet promoted =
        tenantsAccessToken().claim("groups", List.of("/tenants/acme/tenant-admin")).build();
    String tampered =
        parts[0]
            + "."
            + Base64URL.encode(promoted.toString().getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];

    assertRefused(tampered, "signature is invalid");
  }

  @Test
  void anUnsignedTokenIsRefused() {
    String token = new PlainJWT(tenantsAccessToken().build()).serialize();

    assertRefused(token, "not a signed JWT");
  }

  @Test
  void aTokenSignedWithASharedSecretIsRefused() throws Exception {
    // A symmetric algorithm would let anyone holding the "key" (a public key, here) mint tokens.
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(),
            tenantsAccessToken().build());
    jwt.sign(new MACSigner("a-secret-of-at-least-thirty-two-bytes!!"));

    assertRefused(jwt.serialize(), "HS256 are not accepted");
  }

  @Test
  void anIdTokenIsRefused() throws Exception {
    String token = sign(tenantsKey, tenantsAccessToken().claim("typ", "ID").build());

    assertRefused(token, "only access tokens are accepted");
  }

  @Test
  void aTokenNamingNoSubjectIsRefused() throws Exception {
    String token = sign(tenantsKey, tenantsAccessToken().subject(null).build());

    assertRefused(token, "names no subject");
  }

  @Test
  void somethingThatIsNotATokenIsRefused() {
    assertRefused("not-a-token", "not a signed JWT");
    assertRefused("a.b.c", "not a signed JWT");
  }

  private static JWTClaimsSet.Builder tenantsAccessToken() {
    return accessToken(TENANTS)
        .subject("5b1c7a2e-rep")
        .claim("preferred_username", "lena")
        .claim("email", "lena@acme.example")
        .claim("name", "Lena Hoffmann");
  }

  /** A current access token as Keycloak issues it, before the caller's own claims. */
  private static JWTClaimsSet.Builder accessToken(TrustedIssuer issuer) {
    return new JWTClaimsSet.Builder()
        .issuer(issuer.issuer())
        .audience(List.of(AUDIENCE, "account"))
        .issueTime(at(NOW.minusSeconds(60)))
        .notBeforeTime(at(NOW.minusSeconds(60)))
        .expirationTime(at(NOW.plusSeconds(240)))
        .claim("typ", "Bearer")
        .claim("azp", "sales-web");
  }

  private static String sign(RSAKey key, JWTClaimsSet claims) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(key.getKeyID())
                .build(),
            claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private static void assertRefused(String token, String reason) {
    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining(reason);
  }

  private static Date at(Instant instant) {
    return Date.from(instant);
  }
}
