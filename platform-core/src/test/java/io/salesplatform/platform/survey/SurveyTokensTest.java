package io.salesplatform.platform.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SurveyTokensTest {

  private static final String SECRET = "a-survey-signing-secret-of-enough-length";
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private final SurveyTokens tokens = new SurveyTokens(SECRET, List.of());
  private final SurveyTokens.Claims claims =
      new SurveyTokens.Claims(UUID.randomUUID(), UUID.randomUUID(), NOW.plus(Duration.ofDays(30)));

  @Test
  void aSignedTokenVerifiesToItsTenantSurveyAndExpiry() throws Exception {
    String token = tokens.sign(claims);

    assertThat(token).startsWith("s1.").matches("[A-Za-z0-9_.-]+").hasSizeLessThan(120);
    assertThat(tokens.verify(token, NOW)).isEqualTo(claims);
  }

  @Test
  void anExpiredTokenIsRefusedAsExpiredWithItsClaims() {
    String token = tokens.sign(claims);

    assertThatThrownBy(() -> tokens.verify(token, claims.expiresAt()))
        .isInstanceOfSatisfying(
            SurveyTokens.RefusedException.class,
            e -> {
              assertThat(e.refusal()).isEqualTo(SurveyTokens.Refusal.EXPIRED);
              assertThat(e.claims()).isEqualTo(claims);
            });
  }

  @Test
  void anyChangedCharacterMakesTheTokenForged() {
    String token = tokens.sign(claims);
    for (int i = 3; i < token.length(); i++) {
      if (token.charAt(i) == '.') {
        continue;
      }
      char other = token.charAt(i) == 'A' ? 'B' : 'A';
      String tampered = token.substring(0, i) + other + token.substring(i + 1);
      assertForged(tampered);
    }
  }

  @Test
  void aTokenOfAnotherSecretOrNoTokenAtAllIsForged() {
    SurveyTokens elsewhere =
        new SurveyTokens("another-platform-secret-of-enough-length", List.of());
    assertForged(elsewhere.sign(claims));
    assertForged("");
    assertForged(null);
    assertForged("s1.abc");
    assertForged("s1..");
    assertForged("x" + tokens.sign(claims));
    assertForged(tokens.sign(claims) + "=");
    assertForged("s1." + "A".repeat(300));
  }

  @Test
  void tokensOfAPreviousSecretStillVerifyAfterRotationButNewOnesUseTheNewSecret() throws Exception {
    String old = tokens.sign(claims);
    SurveyTokens rotated =
        new SurveyTokens("the-new-survey-signing-secret-of-length", List.of(SECRET));

    assertThat(rotated.verify(old, NOW)).isEqualTo(claims);
    String fresh = rotated.sign(claims);
    assertThat(rotated.verify(fresh, NOW)).isEqualTo(claims);
    assertForged(fresh);
  }

  @Test
  void aShortSecretIsRefused() {
    assertThatThrownBy(() -> new SurveyTokens("short", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SurveyTokens(SECRET, List.of("short")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theStoredHashIsTheTokensSha256AndNotTheToken() {
    String token = tokens.sign(claims);

    assertThat(SurveyTokens.hash(token)).hasSize(64).isNotEqualTo(token);
    assertThat(SurveyTokens.hash(token)).isEqualTo(SurveyTokens.hash(token));
  }

  private void assertForged(String token) {
    assertThatThrownBy(() -> tokens.verify(token, NOW))
        .as(String.valueOf(token))
        .isInstanceOfSatisfying(
            SurveyTokens.RefusedException.class,
            e -> assertThat(e.refusal()).isEqualTo(SurveyTokens.Refusal.FORGED));
  }
}
