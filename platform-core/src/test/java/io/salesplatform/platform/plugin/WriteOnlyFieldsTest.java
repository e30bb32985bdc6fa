package io.salesplatform.platform.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WriteOnlyFieldsTest {

  private static final String SCHEMA =
      """
      {"type": "object", "properties": {
        "limit": {"type": "number"},
        "bureau": {"type": "object", "properties": {
          "url": {"type": "string"},
          "apiKey": {"type": "string", "writeOnly": true}}}}}
      """;

  private final WriteOnlyFields fields = WriteOnlyFields.of(SCHEMA);

  @Test
  void findsWriteOnlySettingsInNestedSections() {
    assertThat(fields.paths()).containsExactly(List.of("bureau", "apiKey"));
    assertThat(WriteOnlyFields.of(null).paths()).isEmpty();
  }

  @Test
  void hidingLeavesEverythingElseAndTheOriginalAlone() {
    Map<String, Object> config =
        Map.of("limit", 5, "bureau", Map.of("url", "https://b", "apiKey", "k"));

    assertThat(fields.hide(config))
        .isEqualTo(Map.of("limit", 5, "bureau", Map.of("url", "https://b")));
    assertThat(config.get("bureau")).isEqualTo(Map.of("url", "https://b", "apiKey", "k"));
  }

  @Test
  void aChangeThatLeavesASecretOutKeepsItButOneThatGivesItWins() {
    Map<String, Object> stored = Map.of("bureau", Map.of("url", "https://a", "apiKey", "old"));

    assertThat(fields.keep(stored, Map.of("bureau", Map.of("url", "https://b"))))
        .isEqualTo(Map.of("bureau", Map.of("url", "https://b", "apiKey", "old")));
    assertThat(fields.keep(stored, Map.of("bureau", Map.of("url", "https://b", "apiKey", "new"))))
        .isEqualTo(Map.of("bureau", Map.of("url", "https://b", "apiKey", "new")));
    assertThat(fields.keep(stored, Map.of("limit", 1)))
        .as("a section left out is left out, secret and all")
        .isEqualTo(Map.of("limit", 1));
  }
}
