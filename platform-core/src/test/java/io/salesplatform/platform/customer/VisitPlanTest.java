package io.salesplatform.platform.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesplatform.tenant.config.settings.FollowUpVisits;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VisitPlanTest {

  private static final FollowUpVisits INTERVALS =
      new FollowUpVisits(90, Map.of("strategic", 30, "key", 60));

  @Test
  void theNextVisitFollowsTheSegmentsIntervalOrTheDefault() {
    LocalDate day = LocalDate.of(2026, 1, 31);
    assertThat(VisitPlan.next(day, "strategic", INTERVALS)).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(VisitPlan.next(day, "key", INTERVALS)).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(VisitPlan.next(day, "unheard-of", INTERVALS)).isEqualTo(LocalDate.of(2026, 5, 1));
    assertThat(VisitPlan.next(day, null, INTERVALS)).isEqualTo(LocalDate.of(2026, 5, 1));
  }

  @Test
  void aVisitIsOverdueOnlyOnceItsDayHasPassed() {
    LocalDate planned = LocalDate.of(2026, 3, 2);
    assertThat(VisitPlan.daysOverdue(planned, LocalDate.of(2026, 3, 1))).isZero();
    assertThat(VisitPlan.daysOverdue(planned, planned)).isZero();
    assertThat(VisitPlan.daysOverdue(planned, LocalDate.of(2026, 3, 12))).isEqualTo(10);
  }
}
