package io.salesplatform.plugin.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant's configuration of one plugin, already validated by the platform against the JSON Schema
 * the plugin declares. Values are JSON values: strings, numbers, booleans, lists and nested maps; a
 * nested object is read as a {@link #section(String) section} that knows where it sits, so that a
 * reading error names the full path of the setting.
 *
 * <p>The schema is the first check; the typed readers here are the second, for rules a schema
 * cannot say (two tiers at the same quantity). Both report {@link InvalidConfigurationException}.
 * The configuration is deeply immutable.
 */
public final class PluginConfiguration {

  /**
   * Where a plugin jar declares the JSON Schema (draft 2020-12) of its configuration. The platform
   * validates every tenant's configuration of the plugin against it before saving; a plugin without
   * this file accepts only an empty configuration. One schema covers every extension of the plugin.
   */
  public static final String SCHEMA_RESOURCE = "META-INF/plugin-configuration.schema.json";

  private final Map<String, Object> values;
  private final String path;

  /**
   * @param values the configuration as a JSON object
   */
  public PluginConfiguration(Map<String, ?> values) {
    this(values, "");
  }

  private PluginConfiguration(Map<?, ?> values, String path) {
    this.values = frozenMap(Objects.requireNonNull(values, "values"));
    this.path = path;
  }

  public static PluginConfiguration empty() {
    return new PluginConfiguration(Map.of());
  }

  /** The configuration as a JSON object; nested maps and lists are immutable too. */
  public Map<String, Object> values() {
    return values;
  }

  /** Where this section sits in the whole configuration, dotted; empty for the whole. */
  public String path() {
    return path;
  }

  /** The full path of {@code key} in this section, for messages. */
  public String pathOf(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  public boolean has(String key) {
    return values.get(key) != null;
  }

  public Optional<Object> value(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** A problem with {@code key}, to throw. */
  public InvalidConfigurationException invalid(String key, String message) {
    return new InvalidConfigurationException(pathOf(key), message);
  }

  public Optional<String> string(String key) {
    return value(key).map(v -> require(key, v, String.class, "a string"));
  }

  public String string(String key, String fallback) {
    return string(key).orElse(fallback);
  }

  public Optional<BigDecimal> decimal(String key) {
    return value(key).map(v -> toDecimal(key, v));
  }

  public BigDecimal decimal(String key, BigDecimal fallback) {
    return decimal(key).orElse(fallback);
  }

  /** A whole number. */
  public int integer(String key, int fallback) {
    Optional<BigDecimal> found = decimal(key);
    if (found.isEmpty()) {
      return fallback;
    }
    try {
      return found.get().intValueExact();
    } catch (ArithmeticException e) {
      throw invalid(key, "must be a whole number, not " + found.get().toPlainString());
    }
  }

  public boolean flag(String key, boolean fallback) {
    return value(key).map(v -> require(key, v, Boolean.class, "true or false")).orElse(fallback);
  }

  /** A date written as {@code 2025-12-31}. */
  public Optional<LocalDate> date(String key) {
    return string(key)
        .map(
            text -> {
              try {
                return LocalDate.parse(text);
              } catch (DateTimeParseException e) {
                throw invalid(key, "must be a date such as 2025-12-31, not '" + text + "'");
              }
            });
  }

  /** A nested object; an absent one reads as an empty section. */
  public PluginConfiguration section(String key) {
    Object found = values.get(key);
    if (found == null) {
      return new PluginConfiguration(Map.of(), pathOf(key));
    }
    return new PluginConfiguration(asMap(key, found), pathOf(key));
  }

  /** A list of objects, each a section whose path ends with its index; absent reads as none. */
  public List<PluginConfiguration> sections(String key) {
    Object found = values.get(key);
    if (found == null) {
      return List.of();
    }
    List<?> list = require(key, found, List.class, "a list");
    List<PluginConfiguration> sections = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String itemKey = key + "." + i;
      sections.add(new PluginConfiguration(asMap(itemKey, list.get(i)), pathOf(itemKey)));
    }
    return sections;
  }

  /** An object of numbers, such as a discount per role; absent reads as empty. */
  public Map<String, BigDecimal> decimals(String key) {
    PluginConfiguration section = section(key);
    Map<String, BigDecimal> read = new LinkedHashMap<>();
    for (String name : section.values.keySet()) {
      section.decimal(name).ifPresent(value -> read.put(name, value));
    }
    return Collections.unmodifiableMap(read);
  }

  /** An object of strings, such as a text per language; absent reads as empty. */
  public Map<String, String> strings(String key) {
    PluginConfiguration section = section(key);
    Map<String, String> read = new LinkedHashMap<>();
    for (String name : section.values.keySet()) {
      section.string(name).ifPresent(value -> read.put(name, value));
    }
    return Collections.unmodifiableMap(read);
  }

  /** A list of strings; absent reads as empty. */
  public List<String> stringList(String key) {
    Object found = values.get(key);
    if (found == null) {
      return List.of();
    }
    List<?> list = require(key, found, List.class, "a list");
    List<String> read = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      read.add(require(key + "." + i, list.get(i), String.class, "a string"));
    }
    return List.copyOf(read);
  }

  private BigDecimal toDecimal(String key, Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (Double.isFinite(number)) {
        // Through its shortest decimal text, so that 0.1 reads as 0.1 and not as its binary value.
        return new BigDecimal(Double.toString(number));
      }
    }
    throw invalid(key, "must be a number, not " + describe(value));
  }

  private Map<?, ?> asMap(String key, Object value) {
    return require(key, value, Map.class, "an object");
  }

  private <T> T require(String key, Object value, Class<T> type, String expected) {
    if (!type.isInstance(value)) {
      throw invalid(key, "must be " + expected + ", not " + describe(value));
    }
    return type.cast(value);
  }

  private static String describe(Object value) {
    if (value instanceof String text) {
      return "'" + text + "'";
    }
    if (value instanceof Map<?, ?>) {
      return "an object";
    }
    if (value instanceof List<?>) {
      return "a list";
    }
    return String.valueOf(value);
  }

  private static Map<String, Object> frozenMap(Map<?, ?> source) {
    Map<String, Object> copy = new LinkedHashMap<>();
    source.forEach((key, value) -> copy.put(String.valueOf(key), frozen(value)));
    return Collections.unmodifiableMap(copy);
  }

  private static Object frozen(Object value) {
    if (value instanceof Map<?, ?> map) {
      return frozenMap(map);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(item -> copy.add(frozen(item)));
      return Collections.unmodifiableList(copy);
    }
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PluginConfiguration that
        && values.equals(that.values)
        && path.equals(that.path);
  }

  @Override
  public int hashCode() {
    return Objects.hash(values, path);
  }

  @Override
  public String toString() {
    return path.isEmpty() ? values.toString() : path + "=" + values;
  }
}
