package io.salesplatform.plugins.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

  @Test
  void readsEveryKindOfValueWithNumbersExact() throws Exception {
    Object parsed =
        Json.parse(
            " {\"a\": [1, -2.50, 3e2, true, false, null], \"b\": {\"c\": \"x\\u00e9\\n\\\"y\\\"\"}} ");

    assertThat(Json.at(parsed, "/a/0")).isEqualTo(new BigDecimal("1"));
    assertThat(Json.at(parsed, "/a/1")).isEqualTo(new BigDecimal("-2.50"));
    assertThat((BigDecimal) Json.at(parsed, "/a/2")).isEqualByComparingTo("300");
    assertThat(Json.at(parsed, "/a/3")).isEqualTo(true);
    assertThat(Json.at(parsed, "/a/5")).isNull();
    assertThat(Json.at(parsed, "/b/c")).isEqualTo("xé\n\"y\"");
  }

  @Test
  void pointersFollowRfc6901AndMissAbsentValues() throws Exception {
    Object parsed = Json.parse("{\"a/b\": {\"m~n\": 1}, \"list\": [10, 20]}");

    assertThat(Json.at(parsed, "/a~1b/m~0n")).isEqualTo(BigDecimal.ONE);
    assertThat(Json.at(parsed, "/list/1")).isEqualTo(new BigDecimal("20"));
    assertThat(Json.at(parsed, "/list/2")).isNull();
    assertThat(Json.at(parsed, "/list/x")).isNull();
    assertThat(Json.at(parsed, "/missing/deeper")).isNull();
    assertThat(Json.at(parsed, "")).isSameAs(parsed);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "<html>",
        "{\"a\": 1,}",
        "{\"a\" 1}",
        "[1 2]",
        "01",
        "1.",
        "\"open",
        "{\"a\": 1} trailing",
        "tru",
        "\"bad \\q escape\""
      })
  void textThatIsNotJsonIsRefusedWithWhere(String text) {
    assertThatThrownBy(() -> Json.parse(text))
        .isInstanceOf(Json.MalformedException.class)
        .hasMessageContaining("at character");
  }

  @Test
  void deeplyNestedTextIsRefusedRatherThanOverflowingTheStack() {
    assertThatThrownBy(() -> Json.parse("[".repeat(10_000)))
        .isInstanceOf(Json.MalformedException.class)
        .hasMessageContaining("nesting deeper than");
  }

  @Test
  void writesWhatItReads() throws Exception {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("name", "Acme \"Ltd\"\n");
    value.put("amount", new BigDecimal("1234.50"));
    value.put("none", null);
    value.put("list", List.of(true, 2));

    String written = Json.write(value);

    assertThat(written)
        .isEqualTo(
            "{\"name\":\"Acme \\\"Ltd\\\"\\n\",\"amount\":1234.50,\"none\":null,\"list\":[true,2]}");
    assertThat(Json.at(Json.parse(written), "/name")).isEqualTo("Acme \"Ltd\"\n");
  }
}
