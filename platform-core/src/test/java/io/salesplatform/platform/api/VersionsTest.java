package io.salesplatform.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesplatform.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class VersionsTest {

  @Test
  void theVersionComesFromTheBodyOrTheIfMatchHeader() {
    assertThat(Versions.basedOn(3L, null)).isEqualTo(3);
    assertThat(Versions.basedOn(null, "\"4\"")).isEqualTo(4);
    assertThat(Versions.basedOn(null, "W/\"5\"")).isEqualTo(5);
    assertThat(Versions.basedOn(6L, "\"6\"")).isEqualTo(6);
  }

  @Test
  void aMissingUnreadableOrContradictoryVersionIsA400() {
    assertStatus(() -> Versions.basedOn(null, null), 400);
    assertStatus(() -> Versions.basedOn(null, "\"abc\""), 400);
    assertStatus(() -> Versions.basedOn(1L, "\"2\""), 400);
  }

  @Test
  void aStaleVersionIsA409AndTheCurrentOnePasses() {
    Versions.require(7, 7, "customer x");
    assertStatus(() -> Versions.require(8, 7, "customer x"), 409);
  }

  private static void assertStatus(Runnable call, int status) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(status));
  }
}
