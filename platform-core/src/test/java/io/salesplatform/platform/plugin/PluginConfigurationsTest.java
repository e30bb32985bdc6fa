package io.salesplatform.platform.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A tenant's plugin configuration is checked against the schema the plugin's jar declares. */
class PluginConfigurationsTest {

  private static PluginHost host;
  private final PluginConfigurations configurations = new PluginConfigurations();

  @BeforeAll
  static void loadTheBuiltPlugins() {
    host = PluginHost.load(Path.of(System.getProperty("test.plugins.dir")));
  }

  @AfterAll
  static void unload() {
    host.close();
  }

  @Test
  void everyReferencePluginDeclaresItsConfigurationSchema() {
    assertThat(host.plugins())
        .allSatisfy(p -> assertThat(p.configurationSchema()).contains("\"$schema\""));
  }

  @Test
  void aConfigurationWithinTheSchemaPasses() {
    assertThat(
            configurations.check(
                plugin("credit-limit"),
                Map.of(
                    "creditLimit",
                    new BigDecimal("250000"),
                    "reviewBandPercent",
                    15,
                    "validityDays",
                    30)))
        .isEmpty();
    assertThat(
            configurations.check(
                plugin("tiered-pricing"),
                Map.of("maxDiscountPercent", Map.of("sales-rep", 10, "sales-manager", 25))))
        .isEmpty();
  }

  @Test
  void everyBreachIsReportedWithItsPath() {
    List<PluginConfigurations.Problem> problems =
        configurations.check(
            plugin("credit-limit"),
            Map.of("creditLimit", "lots", "validityDays", 0, "colour", "blue"));

    assertThat(problems)
        .extracting(PluginConfigurations.Problem::path)
        .contains("creditLimit", "validityDays");
    assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("colour"));

    assertThat(
            configurations.check(
                plugin("tiered-pricing"), Map.of("maxDiscountPercent", Map.of("sales-rep", 140))))
        .extracting(PluginConfigurations.Problem::path)
        .containsExactly("maxDiscountPercent.sales-rep");
  }

  @Test
  void aPluginWithoutASchemaTakesNoConfiguration() {
    PluginHost.LoadedPlugin bare =
        new PluginHost.LoadedPlugin(
            "bare",
            "1.0.0",
            "",
            "",
            "*",
            "STARTED",
            null,
            Map.of(),
            null,
            "bare.jar",
            "0".repeat(64));

    assertThat(configurations.check(bare, Map.of())).isEmpty();
    assertThat(configurations.check(bare, Map.of("anything", 1))).hasSize(1);
  }

  private static PluginHost.LoadedPlugin plugin(String id) {
    return host.plugins().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }
}
