package io.salesplatform.platform.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesplatform.platform.problem.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InspectionTest {

  private static final Instant NOW = Instant.parse("2026-05-15T10:00:00Z");

  private static Inspection.Plan plan(String... items) {
    return new Inspection.Plan(
        "Visits", InspectionScope.COMPANY, null, LocalDate.of(2026, 5, 20), "ivy", List.of(items));
  }

  @Test
  void anInspectionIsCompletedOnlyOnceEveryItemHasAResult() {
    Inspection inspection = new Inspection(plan("Visits recorded", "Quotes on time"), "max", NOW);
    inspection.record(
        List.of(
            new Checklist.Item("Visits recorded", "pass", null),
            new Checklist.Item("Quotes on time", null, null)),
        NOW);

    assertThatThrownBy(() -> inspection.complete(LocalDate.of(2026, 5, 20), "ok", NOW))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("[1]");
    assertThat(inspection.completed()).isFalse();

    inspection.record(
        List.of(
            new Checklist.Item("Visits recorded", "pass", null),
            new Checklist.Item("Quotes on time", "fail", "two late")),
        NOW);
    inspection.complete(LocalDate.of(2026, 5, 20), "Quotes need attention", NOW);

    assertThat(inspection.completed()).isTrue();
    assertThat(Checklist.failed(inspection.items())).isEqualTo(1);
  }

  @Test
  void aCompletedInspectionChangesNoMore() {
    Inspection inspection = new Inspection(plan("Visits recorded"), "max", NOW);
    inspection.record(List.of(new Checklist.Item("Visits recorded", "n.a.", null)), NOW);
    inspection.complete(LocalDate.of(2026, 5, 20), null, NOW);

    assertThatThrownBy(() -> inspection.replan(plan("Other"), NOW))
        .isInstanceOf(ProblemException.class);
    assertThatThrownBy(
            () ->
                inspection.record(
                    List.of(new Checklist.Item("Visits recorded", "fail", null)), NOW))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void replanningKeepsTheResultsOfItemsKeptByTheirText() {
    Inspection inspection = new Inspection(plan("Visits recorded", "Quotes on time"), "max", NOW);
    inspection.record(
        List.of(
            new Checklist.Item("Visits recorded", "pass", "fine"),
            new Checklist.Item("Quotes on time", "fail", null)),
        NOW);

    inspection.replan(plan("Visits recorded", "Credit checks made"), NOW);

    assertThat(inspection.items())
        .containsExactly(
            new Checklist.Item("Visits recorded", "pass", "fine"),
            new Checklist.Item("Credit checks made", null, null));
  }
}
