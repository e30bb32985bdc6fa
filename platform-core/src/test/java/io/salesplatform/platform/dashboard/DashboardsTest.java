package io.salesplatform.platform.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DashboardsTest {

  @Test
  void conversionIsTheShareOfThoseThatReachedTheStageBefore() {
    assertThat(Dashboards.share(3, 4L)).isEqualByComparingTo("75.0");
    assertThat(Dashboards.share(1, 3L)).isEqualByComparingTo("33.3");
    assertThat(Dashboards.share(0, 5L)).isEqualByComparingTo("0");
  }

  @Test
  void theFirstStageOrAnEmptyOneBeforeHasNoConversion() {
    assertThat(Dashboards.share(4, null)).isNull();
    assertThat(Dashboards.share(0, 0L)).isNull();
  }
}
