package io.salesplatform.platform.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings a plugin's schema marks {@code "writeOnly": true}, such as a bureau's API key: the
 * platform stores and passes them to the plugin, but never shows them again, and a change that
 * leaves one out keeps the stored value rather than erasing it.
 */
public final class WriteOnlyFields {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<List<String>> paths;

  private WriteOnlyFields(List<List<String>> paths) {
    this.paths = List.copyOf(paths);
  }

  /** The write-only fields of {@code schema}, a JSON Schema or {@code null} for none. */
  public static WriteOnlyFields of(String schema) {
    if (schema == null) {
      return new WriteOnlyFields(List.of());
    }
    try {
      List<List<String>> found = new ArrayList<>();
      collect(JSON.readTree(schema), new ArrayList<>(), found);
      return new WriteOnlyFields(found);
    } catch (IOException e) {
      throw new UncheckedIOException("reading a plugin's configuration schema", e);
    }
  }

  /** Each write-only field's path, as the keys leading to it from the configuration's root. */
  public List<List<String>> paths() {
    return paths;
  }

  /** A copy of {@code config} without the write-only fields. */
  public Map<String, Object> hide(Map<String, Object> config) {
    Map<String, Object> copy = deepCopy(config);
    for (List<String> path : paths) {
      Map<String, Object> parent = parent(copy, path);
      if (parent != null) {
        parent.remove(path.get(path.size() - 1));
      }
    }
    return copy;
  }

  /**
   * A copy of {@code next} in which each write-only field it leaves out, inside a section it does
   * give, keeps its value from {@code previous}.
   */
  public Map<String, Object> keep(Map<String, Object> previous, Map<String, Object> next) {
    Map<String, Object> copy = deepCopy(next);
    for (List<String> path : paths) {
      String last = path.get(path.size() - 1);
      Map<String, Object> target = parent(copy, path);
      Map<String, Object> source = parent(previous, path);
      if (target != null
          && !target.containsKey(last)
          && source != null
          && source.containsKey(last)) {
        target.put(last, source.get(last));
      }
    }
    return copy;
  }

  /** The value at {@code path} in {@code config}, or {@code null}. */
  public static Object valueAt(Map<String, Object> config, List<String> path) {
    Map<String, Object> parent = parent(config, path);
    return parent == null ? null : parent.get(path.get(path.size() - 1));
  }

  private static void collect(JsonNode schema, List<String> at, List<List<String>> found) {
    JsonNode properties = schema.get("properties");
    if (properties == null || !properties.isObject()) {
      return;
    }
    properties
        .fields()
        .forEachRemaining(
            property -> {
              List<String> path = new ArrayList<>(at);
              path.add(property.getKey());
              if (property.getValue().path("writeOnly").asBoolean(false)) {
                found.add(List.copyOf(path));
              } else {
                collect(property.getValue(), path, found);
              }
            });
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parent(Map<String, Object> config, List<String> path) {
    Object node = config;
    for (String key : path.subList(0, path.size() - 1)) {
      if (!(node instanceof Map<?, ?> map)) {
        return null;
      }
      node = map.get(key);
    }
    return node instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepCopy(Map<String, Object> source) {
    Map<String, Object> copy = new LinkedHashMap<>();
    source.forEach(
        (key, value) ->
            copy.put(
                key, value instanceof Map<?, ?> map ? deepCopy((Map<String, Object>) map) : value));
    return copy;
  }
}
