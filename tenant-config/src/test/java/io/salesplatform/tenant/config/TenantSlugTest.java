package io.salesplatform.tenant.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantSlugTest {

  @ParameterizedTest
  @ValueSource(strings = {"acme", "demo", "north-wind", "a1b", "k8s-labs-2026"})
  void acceptsLowerCaseNamesWithSingleHyphens(String slug) {
    assertThat(TenantSlug.problem(slug)).isEmpty();
    assertThat(new TenantSlug(slug).value()).isEqualTo(slug);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "ab", "Acme", "1acme", "-acme", "acme-", "ac--me", "ac_me", "ac me", "acmé"})
  void refusesOtherShapes(String slug) {
    assertThat(TenantSlug.problem(slug)).isPresent();
    assertThatIllegalArgumentException().isThrownBy(() -> new TenantSlug(slug));
  }

  @ParameterizedTest
  @ValueSource(strings = {"api", "platform", "admin"})
  void refusesNamesThePlatformKeeps(String slug) {
    assertThat(TenantSlug.problem(slug))
        .hasValueSatisfying(p -> assertThat(p).contains("reserved"));
  }

  @org.junit.jupiter.api.Test
  void refusesOverlongNames() {
    assertThat(TenantSlug.problem("a".repeat(41))).isPresent();
    assertThat(TenantSlug.problem("a".repeat(40))).isEmpty();
  }
}
