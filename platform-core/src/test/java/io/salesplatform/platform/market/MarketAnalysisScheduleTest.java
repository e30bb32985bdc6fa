package io.salesplatform.platform.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MarketAnalysisScheduleTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 5, 15);

  @Test
  void theNextAnalysisIsDueTheIntervalAfterTheLastPeriodEnded() {
    MarketAnalysisSchedule schedule =
        MarketAnalysisSchedule.of(90, LocalDate.of(2026, 3, 31), TODAY);

    assertThat(schedule.nextDue()).isEqualTo(LocalDate.of(2026, 6, 29));
    assertThat(schedule.overdue()).isFalse();
    assertThat(schedule.daysOverdue()).isZero();
  }

  @Test
  void anAnalysisDueBeforeTodayIsOverdueByTheDaysSince() {
    MarketAnalysisSchedule schedule =
        MarketAnalysisSchedule.of(30, LocalDate.of(2026, 3, 31), TODAY);

    assertThat(schedule.nextDue()).isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(schedule.overdue()).isTrue();
    assertThat(schedule.daysOverdue()).isEqualTo(15);
  }

  @Test
  void withoutAnyAnalysisOneIsDueToday() {
    MarketAnalysisSchedule schedule = MarketAnalysisSchedule.of(90, null, TODAY);

    assertThat(schedule.nextDue()).isEqualTo(TODAY);
    assertThat(schedule.overdue()).isFalse();
    assertThat(schedule.lastPeriodEnd()).isNull();
  }
}
