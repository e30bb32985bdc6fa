package io.salesplatform.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesplatform.plugin.api.Nullable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MissingValuesTest {

  record Inner(String required, @Nullable String optional) {}

  record Outer(Inner inner, List<Inner> items, Map<String, Inner> byKey) {}

  @Test
  void nullsAreFoundWhereAValueIsPromisedHoweverDeep() {
    Outer outer =
        new Outer(
            new Inner(null, null),
            Arrays.asList(new Inner("a", null), null, new Inner(null, "b")),
            Map.of("k", new Inner(null, null)));

    assertThat(MissingValues.in(outer))
        .containsExactlyInAnyOrder(
            "result.inner.required",
            "result.items[1]",
            "result.items[2].required",
            "result.byKey[k].required");
  }

  @Test
  void aCompleteResultHasNoneMissing() {
    assertThat(MissingValues.in(new Outer(new Inner("a", null), List.of(), Map.of()))).isEmpty();
    assertThat(MissingValues.in(null)).containsExactly("result");
  }
}
