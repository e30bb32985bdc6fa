package io.salesplatform.tenant.config.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What changed between two settings trees, as the revision history shows it (policy 8.4). Objects
 * are compared key by key and lists element by element, down to the values that differ; a key or
 * element present on one side only is one change with null on the other side. Numbers compare by
 * value, so {@code 5} and {@code 5.0} are the same.
 *
 * <p>The order is deterministic: the keys of {@code before} in its order, then the keys only in
 * {@code after} in theirs, depth first; list elements by index.
 */
public final class SettingsDiff {

  private SettingsDiff() {}

  public static List<Change> between(Map<String, Object> before, Map<String, Object> after) {
    List<Change> changes = new ArrayList<>();
    compare("", before, after, changes);
    return changes;
  }

  public static List<Change> between(TenantSettings before, TenantSettings after) {
    return between(SettingsTree.toTree(before), SettingsTree.toTree(after));
  }

  private static void compare(String path, Object before, Object after, List<Change> changes) {
    if (before instanceof Map<?, ?> b && after instanceof Map<?, ?> a) {
      for (Map.Entry<?, ?> entry : b.entrySet()) {
        String key = String.valueOf(entry.getKey());
        compare(SettingsPath.key(path, key), entry.getValue(), a.get(entry.getKey()), changes);
      }
      for (Map.Entry<?, ?> entry : a.entrySet()) {
        if (!b.containsKey(entry.getKey())) {
          String key = String.valueOf(entry.getKey());
          compare(SettingsPath.key(path, key), null, entry.getValue(), changes);
        }
      }
    } else if (before instanceof List<?> b && after instanceof List<?> a) {
      for (int i = 0; i < Math.max(b.size(), a.size()); i++) {
        compare(
            SettingsPath.index(path, i),
            i < b.size() ? b.get(i) : null,
            i < a.size() ? a.get(i) : null,
            changes);
      }
    } else if (!JsonValues.same(before, after)) {
      changes.add(new Change(path, before, after));
    }
  }
}
