package io.salesplatform.tenant.config.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SettingsPathTest {

  @Test
  void keysJoinWithDotsAndIndexesWithBrackets() {
    String band = SettingsPath.index("rewardBands", 2);

    assertThat(SettingsPath.key(band, "minScore")).isEqualTo("rewardBands[2].minScore");
    assertThat(SettingsPath.key("", "appraisal")).isEqualTo("appraisal");
    assertThat(SettingsPath.key("plugins", "credit-check")).isEqualTo("plugins.credit-check");
  }

  @Test
  void keysThatAreNotPlainWordsAreQuoted() {
    assertThat(SettingsPath.key("config", "tier.limit")).isEqualTo("config[\"tier.limit\"]");
    assertThat(SettingsPath.key("config", "say \"hi\"")).isEqualTo("config[\"say \\\"hi\\\"\"]");
  }

  @Test
  void theParentIsOneStepUp() {
    assertThat(SettingsPath.parent("rewardBands[2].minScore")).isEqualTo("rewardBands[2]");
    assertThat(SettingsPath.parent("rewardBands[2]")).isEqualTo("rewardBands");
    assertThat(SettingsPath.parent("appraisal.weights")).isEqualTo("appraisal");
    assertThat(SettingsPath.parent("config[\"a.b]\"].x")).isEqualTo("config[\"a.b]\"]");
    assertThat(SettingsPath.parent("config[\"a.b]\"]")).isEqualTo("config");
    assertThat(SettingsPath.parent("appraisal")).isEmpty();
    assertThat(SettingsPath.parent("")).isEmpty();
  }

  @Test
  void joiningPutsARelativePathUnderItsParent() {
    assertThat(SettingsPath.join("settings", "appraisal.weights"))
        .isEqualTo("settings.appraisal.weights");
    assertThat(SettingsPath.join("settings", "")).isEqualTo("settings");
    assertThat(SettingsPath.join("rewardBands", "[1].name")).isEqualTo("rewardBands[1].name");
    assertThat(SettingsPath.join("", "currency")).isEqualTo("currency");
  }
}
