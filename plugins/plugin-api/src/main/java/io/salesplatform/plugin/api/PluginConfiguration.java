package io.salesplatform.plugin.api;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's configuration of one plugin, already validated by the platform against the schema the
 * plugin declares. Values are JSON values: strings, numbers ({@link BigDecimal}), booleans, lists
 * and nested maps.
 *
 * @param values the configuration as a JSON object
 */
public record PluginConfiguration(Map<String, Object> values) {

  /**
   * Where a plugin jar declares the JSON Schema (draft 2020-12) of its configuration. The platform
   * validates every tenant's configuration of the plugin against it before saving; a plugin without
   * this file accepts only an empty configuration.
   */
  public static final String SCHEMA_RESOURCE = "META-INF/plugin-configuration.schema.json";

  public PluginConfiguration {
    values = Map.copyOf(values);
  }

  public static PluginConfiguration empty() {
    return new PluginConfiguration(Map.of());
  }

  public Optional<Object> value(String key) {
    return Optional.ofNullable(values.get(key));
  }

  public String string(String key, String fallback) {
    return value(key).map(String::valueOf).orElse(fallback);
  }

  public BigDecimal decimal(String key, BigDecimal fallback) {
    return value(key).map(v -> new BigDecimal(String.valueOf(v))).orElse(fallback);
  }

  public boolean flag(String key, boolean fallback) {
    return value(key).map(v -> Boolean.parseBoolean(String.valueOf(v))).orElse(fallback);
  }
}
