package io.salesplatform.platform.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesplatform.platform.risk.RiskRating.Level;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskRatingTest {

  @Test
  void theScoreIsLikelihoodTimesImpact() {
    assertThat(RiskRating.score(1, 1)).isEqualTo(1);
    assertThat(RiskRating.score(3, 4)).isEqualTo(12);
    assertThat(RiskRating.score(5, 5)).isEqualTo(25);
  }

  @Test
  void ratingsOutsideOneToFiveAreRefused() {
    assertThat(RiskRating.valid(0)).isFalse();
    assertThat(RiskRating.valid(6)).isFalse();
    assertThatThrownBy(() -> RiskRating.score(0, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RiskRating.score(3, 6)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void levelsSplitTheScoresAtFiveTenAndTwenty() {
    assertThat(RiskRating.level(4)).isEqualTo(Level.LOW);
    assertThat(RiskRating.level(5)).isEqualTo(Level.MEDIUM);
    assertThat(RiskRating.level(9)).isEqualTo(Level.MEDIUM);
    assertThat(RiskRating.level(10)).isEqualTo(Level.HIGH);
    assertThat(RiskRating.level(16)).isEqualTo(Level.HIGH);
    assertThat(RiskRating.level(20)).isEqualTo(Level.CRITICAL);
    assertThat(RiskRating.level(25)).isEqualTo(Level.CRITICAL);
    assertThat(Level.HIGH.to()).isEqualTo(19);
    assertThat(Level.CRITICAL.to()).isEqualTo(25);
  }

  @Test
  void onlyRisksBothLikelyAndGraveAreCritical() {
    Map<Level, Integer> cells = new EnumMap<>(Level.class);
    for (int likelihood = 1; likelihood <= 5; likelihood++) {
      for (int impact = 1; impact <= 5; impact++) {
        cells.merge(RiskRating.level(RiskRating.score(likelihood, impact)), 1, Integer::sum);
      }
    }
    // 4x5, 5x4 and 5x5
    assertThat(cells.get(Level.CRITICAL)).isEqualTo(3);
    assertThat(cells.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(25);
    assertThat(RiskRating.level(RiskRating.score(5, 3))).isEqualTo(Level.HIGH);
  }
}
