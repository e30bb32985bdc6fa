package io.salesplatform.tenant.config.settings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings as a JSON-like tree: {@code Map<String, Object>} whose values are maps, lists,
 * strings, numbers, booleans or null. This is the form that crosses the API, is stored per
 * revision, is diffed, and is written in declarative files.
 *
 * <p>Numbers in every tree this package hands out are canonical: whole numbers are {@link Integer}
 * (or {@link Long} beyond its range), all others {@link java.math.BigDecimal} without trailing
 * zeros. Trees handed in may carry any {@link Number}.
 */
public final class SettingsTree {

  private SettingsTree() {}

  /**
   * The tree of {@code settings}: a fresh, mutable map whose keys follow the records' declaration
   * order (and, within maps such as {@code discountApproval}, the settings' own order), so that the
   * same settings always give the same tree.
   */
  public static Map<String, Object> toTree(TenantSettings settings) {
    return TreeMapping.write(settings);
  }

  /**
   * {@code patch} laid over {@code base} as JSON Merge Patch (RFC 7396) does it: objects merge key
   * by key, a null removes the key, and anything else, lists included, replaces what was there. So
   * a declarative file names only the settings that differ, and a list such as {@code rewardBands}
   * is always given whole. Neither argument is changed; the result is a fresh canonical tree.
   */
  public static Object merge(Object base, Object patch) {
    if (!(patch instanceof Map<?, ?> patchObject)) {
      return JsonValues.mutableCopy(patch);
    }
    Map<String, Object> merged = new LinkedHashMap<>();
    if (base instanceof Map<?, ?> baseObject) {
      baseObject.forEach(
          (key, value) -> merged.put(String.valueOf(key), JsonValues.mutableCopy(value)));
    }
    patchObject.forEach(
        (key, value) -> {
          String name = String.valueOf(key);
          if (value == null) {
            merged.remove(name);
          } else {
            merged.put(name, merge(merged.get(name), value));
          }
        });
    return merged;
  }

  /**
   * A canonical, mutable deep copy of a JSON value, for trees built elsewhere (by JSON-B, say).
   *
   * @throws IllegalArgumentException when the value holds something that is not JSON
   */
  public static Object normalize(Object jsonValue) {
    return JsonValues.mutableCopy(jsonValue);
  }
}
