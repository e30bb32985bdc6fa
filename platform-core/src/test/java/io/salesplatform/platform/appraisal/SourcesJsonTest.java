package io.salesplatform.platform.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SourcesJsonTest {

  @Test
  void readsBackAsTheSameSources() throws Exception {
    Map<String, List<String>> sources = new TreeMap<>();
    sources.put(
        "contracts",
        List.of("0b6f2c1e-8f3a-4c39-9d0e-2f4b7a1c5d6e", "1c7e3d2f-9a4b-4d4a-8e1f-3a5c8b2d6e7f"));
    sources.put("customers", List.of());
    sources.put("odd", List.of("quote \" and back\\slash", "tab\there", "line\nbreak"));

    String json = SourcesJson.write(sources);

    Map<String, List<String>> read =
        new ObjectMapper().readValue(json, new TypeReference<Map<String, List<String>>>() {});
    assertEquals(sources, new TreeMap<>(read));
  }

  @Test
  void writesNoSourcesAsAnEmptyObject() {
    assertEquals("{}", SourcesJson.write(Map.of()));
    assertEquals("{\"ratings\":[]}", SourcesJson.write(Map.of("ratings", List.of())));
  }
}
