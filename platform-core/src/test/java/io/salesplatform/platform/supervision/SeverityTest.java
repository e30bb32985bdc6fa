package io.salesplatform.platform.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeverityTest {

  @Test
  void aFindingGrowsFromLowToHighWithTheDaysItIsOverdue() {
    assertThat(Severity.of(true, 1)).isEqualTo(Severity.LOW);
    assertThat(Severity.of(true, 7)).isEqualTo(Severity.LOW);
    assertThat(Severity.of(true, 8)).isEqualTo(Severity.MEDIUM);
    assertThat(Severity.of(true, 30)).isEqualTo(Severity.MEDIUM);
    assertThat(Severity.of(true, 31)).isEqualTo(Severity.HIGH);
  }

  @Test
  void aFindingWithoutADeadlineIsMedium() {
    assertThat(Severity.of(false, 0)).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void theSqlRuleUsesTheSameThresholds() {
    String sql = Severity.sql("d", "n");
    assertThat(sql)
        .contains("d is null then 'medium'")
        .contains("n > " + Severity.HIGH_AFTER_DAYS + " then 'high'")
        .contains("n > " + Severity.MEDIUM_AFTER_DAYS + " then 'medium'");
  }

  @Test
  void everyDetectorAnswersItsOwnKindInTheSameColumns() {
    List<String> kinds = AutomaticFindings.kinds();
    assertThat(new HashSet<>(kinds)).hasSameSizeAs(kinds);
    for (FindingDetector detector : AutomaticFindings.DETECTORS) {
      String sql = detector.sql();
      assertThat(sql).startsWith("select '" + detector.kind() + "' as kind,");
      int at = 0;
      for (String column :
          List.of(
              "as record_id",
              "as parent_id",
              "as title",
              "as responsible_id",
              "as owner_id",
              "as customer_id",
              "as due_on",
              "as days_overdue",
              "as detail",
              "as approver_id")) {
        int next = sql.indexOf(column, at);
        assertThat(next).as(detector.kind() + ": " + column + " in order").isGreaterThan(at);
        at = next;
      }
      assertThat(sql).contains("tenant_id = ?1");
    }
  }
}
