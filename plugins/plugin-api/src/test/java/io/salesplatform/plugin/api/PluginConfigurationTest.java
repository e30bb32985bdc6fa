package io.salesplatform.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginConfigurationTest {

  private final PluginConfiguration configuration =
      new PluginConfiguration(
          Map.of(
              "marginFloorPercent",
              20,
              "ratio",
              0.1,
              "label",
              "Frame agreement",
              "strict",
              true,
              "validFrom",
              "2025-01-01",
              "caps",
              Map.of("sales-rep", 7.5, "sales-manager", new BigDecimal("12.5")),
              "tiers",
              List.of(
                  Map.of("minQuantity", 10, "discountPercent", 5), Map.of("minQuantity", "lots"))));

  @Test
  void numbersOfEveryJsonShapeReadAsExactDecimals() {
    assertThat(configuration.decimal("marginFloorPercent", null)).isEqualByComparingTo("20");
    // 0.1 as a double is not exactly one tenth; it is read through its shortest text.
    assertThat(configuration.decimal("ratio", null)).isEqualTo(new BigDecimal("0.1"));
    assertThat(configuration.decimals("caps"))
        .containsEntry("sales-rep", new BigDecimal("7.5"))
        .containsEntry("sales-manager", new BigDecimal("12.5"));
    assertThat(configuration.integer("marginFloorPercent", 0)).isEqualTo(20);
  }

  @Test
  void absentSettingsFallBack() {
    assertThat(configuration.decimal("absent", BigDecimal.TEN)).isEqualTo(BigDecimal.TEN);
    assertThat(configuration.string("absent", "x")).isEqualTo("x");
    assertThat(configuration.flag("absent", true)).isTrue();
    assertThat(configuration.section("absent").values()).isEmpty();
    assertThat(configuration.sections("absent")).isEmpty();
    assertThat(configuration.decimals("absent")).isEmpty();
  }

  @Test
  void typedReadersReadWhatIsThere() {
    assertThat(configuration.string("label", null)).isEqualTo("Frame agreement");
    assertThat(configuration.flag("strict", false)).isTrue();
    assertThat(configuration.date("validFrom")).contains(LocalDate.of(2025, 1, 1));
    assertThat(configuration.has("label")).isTrue();
    assertThat(configuration.has("absent")).isFalse();
  }

  @Test
  void aValueOfTheWrongKindNamesItsFullPath() {
    List<PluginConfiguration> tiers = configuration.sections("tiers");

    assertThat(tiers.get(0).path()).isEqualTo("tiers.0");
    assertThat(tiers.get(0).decimal("discountPercent", null)).isEqualByComparingTo("5");
    assertThatThrownBy(() -> tiers.get(1).decimal("minQuantity", null))
        .isInstanceOfSatisfying(
            InvalidConfigurationException.class,
            e -> assertThat(e.path()).isEqualTo("tiers.1.minQuantity"))
        .hasMessage("tiers.1.minQuantity: must be a number, not 'lots'");
    assertThatThrownBy(() -> configuration.section("label"))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessage("label: must be an object, not 'Frame agreement'");
    assertThatThrownBy(() -> configuration.integer("ratio", 0))
        .hasMessage("ratio: must be a whole number, not 0.1");
    assertThatThrownBy(() -> configuration.date("label"))
        .hasMessageContaining("must be a date such as 2025-12-31");
    assertThatThrownBy(() -> configuration.flag("label", false))
        .hasMessageContaining("must be true or false");
  }

  @Test
  void theConfigurationCannotBeChangedThroughWhatItWasBuiltFrom() {
    Map<String, Object> nested = new HashMap<>(Map.of("sales-rep", 5));
    List<Object> list = new ArrayList<>(List.of(1));
    Map<String, Object> source = new HashMap<>(Map.of("caps", nested, "list", list));
    PluginConfiguration copy = new PluginConfiguration(source);

    nested.put("sales-rep", 90);
    list.add(2);
    source.put("other", 1);

    assertThat(copy.decimals("caps")).containsEntry("sales-rep", BigDecimal.valueOf(5));
    assertThat(copy.values()).containsOnlyKeys("caps", "list");
    assertThatThrownBy(() -> copy.values().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<Object>) copy.values().get("list")).add(3))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void configurationsWithTheSameValuesAreEqual() {
    assertThat(new PluginConfiguration(Map.of("a", 1)))
        .isEqualTo(new PluginConfiguration(new HashMap<>(Map.of("a", 1))))
        .hasSameHashCodeAs(new PluginConfiguration(Map.of("a", 1)));
  }
}
