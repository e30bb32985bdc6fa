package io.salesplatform.tenant.config.settings;

import java.util.List;
import java.util.Map;

/** Settings trees for tests: the defaults' tree with one value changed at a path. */
final class Trees {

  private Trees() {}

  static Map<String, Object> defaults() {
    return SettingsTree.toTree(TenantSettings.defaults());
  }

  /** The defaults' tree with {@code value} at {@code path}; a null value removes the key. */
  static Map<String, Object> defaultsWith(String path, Object value) {
    return with(defaults(), path, value);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> with(Map<String, Object> tree, String path, Object value) {
    List<String> segments = SettingsPath.segments(path);
    Object node = tree;
    for (String segment : segments.subList(0, segments.size() - 1)) {
      node = step(node, segment);
    }
    String last = segments.get(segments.size() - 1);
    if (last.startsWith("[")) {
      ((List<Object>) node).set(Integer.parseInt(last.substring(1, last.length() - 1)), value);
    } else if (value == null) {
      ((Map<String, Object>) node).remove(last);
    } else {
      ((Map<String, Object>) node).put(last, value);
    }
    return tree;
  }

  /** {@code value}, which a test knows to be a JSON object. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object value) {
    return (Map<String, Object>) value;
  }

  private static Object step(Object node, String segment) {
    if (segment.startsWith("[")) {
      return ((List<?>) node).get(Integer.parseInt(segment.substring(1, segment.length() - 1)));
    }
    return ((Map<?, ?>) node).get(segment);
  }
}
