package io.salesplatform.tenant.config.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsDiffTest {

  @Test
  void identicalSettingsHaveNoChanges() {
    assertThat(SettingsDiff.between(Trees.defaults(), Trees.defaults())).isEmpty();
  }

  @Test
  void changedValuesAreListedByPathInTreeOrder() {
    Map<String, Object> after = Trees.defaultsWith("appraisal.weights.salesRevenue", 50);
    Trees.with(after, "appraisal.weights.teamCollaboration", 0);
    Trees.with(after, "currency", "EUR");
    Trees.with(after, "rewardBands[2].minScore", 65);

    assertThat(SettingsDiff.between(Trees.defaults(), after))
        .containsExactly(
            new Change("appraisal.weights.salesRevenue", 40, 50),
            new Change("appraisal.weights.teamCollaboration", 10, 0),
            new Change("rewardBands[2].minScore", 60, 65),
            new Change("currency", "USD", "EUR"));
  }

  @Test
  void addedAndRemovedKeysHaveNullOnTheOtherSide() {
    Map<String, Object> after = Trees.defaultsWith("followUpVisits.intervalDaysBySegment.vip", 7);
    Trees.with(after, "plugins.survey", null);

    List<Change> changes = SettingsDiff.between(Trees.defaults(), after);

    assertThat(changes)
        .containsExactly(
            new Change("followUpVisits.intervalDaysBySegment.vip", null, 7),
            new Change(
                "plugins.survey",
                Map.of(
                    "pluginId",
                    "nps-survey",
                    "version",
                    "0.1.0-SNAPSHOT",
                    "extension",
                    "nps",
                    "config",
                    Map.of()),
                null));
  }

  @Test
  void listsAreComparedElementByElement() {
    Map<String, Object> before = Trees.defaults();
    Map<String, Object> after = Trees.defaults();
    @SuppressWarnings("unchecked")
    List<Object> bands = new ArrayList<>((List<Object>) after.get("rewardBands"));
    Object removed = bands.remove(4);
    after.put("rewardBands", bands);

    assertThat(SettingsDiff.between(before, after))
        .containsExactly(new Change("rewardBands[4]", removed, null));
    assertThat(SettingsDiff.between(after, before))
        .containsExactly(new Change("rewardBands[4]", null, removed));
  }

  @Test
  void numbersCompareByValueWhateverTheirType() {
    Map<String, Object> after =
        Trees.defaultsWith("rewardBands[0].outcome.bonusPercent", new BigDecimal("15.00"));
    Trees.with(after, "stageDeadlines.afterSales", 30L);

    assertThat(SettingsDiff.between(Trees.defaults(), after)).isEmpty();
  }

  @Test
  void settingsCanBeComparedDirectly() {
    TenantSettings after =
        SettingsReader.readOverDefaults(Map.of("timeZone", "Europe/Berlin")).orElseThrow();

    assertThat(SettingsDiff.between(TenantSettings.defaults(), after))
        .containsExactly(new Change("timeZone", "UTC", "Europe/Berlin"));
  }

  @Test
  void aChangeReadsAsPathAndBothValues() {
    assertThat(new Change("currency", "USD", "EUR")).hasToString("currency: USD → EUR");
  }
}
