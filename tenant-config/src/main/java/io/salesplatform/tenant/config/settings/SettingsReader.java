package io.salesplatform.tenant.config.settings;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reads settings from their tree form, reporting every violation at once: missing fields, values of
 * the wrong type, keys the model does not know, and every rule of the policy. A record whose own
 * fields are wrong is not built, so the rules that span it (such as the weights' sum) wait until
 * its fields are right.
 */
public final class SettingsReader {

  private SettingsReader() {}

  /** The outcome of reading: either the settings or the violations, never both. */
  public record Result(@Nullable TenantSettings settings, List<Violation> violations) {

    public Result {
      violations = List.copyOf(violations);
      if ((settings == null) == violations.isEmpty()) {
        throw new IllegalArgumentException("a result has either settings or violations");
      }
    }

    public boolean valid() {
      return settings != null;
    }

    /**
     * The settings read.
     *
     * @throws InvalidSettingsException naming every violation when there are any
     */
    public TenantSettings orElseThrow() {
      if (settings == null) {
        throw new InvalidSettingsException(violations);
      }
      return settings;
    }
  }

  /**
   * Reads complete settings, as the API receives them: every field is required.
   *
   * @param tree a JSON object in tree form
   */
  public static Result read(Object tree) {
    List<Violation> found = new ArrayList<>();
    Object settings = TreeMapping.read(tree, TenantSettings.class, "", found);
    if (found.isEmpty()) {
      return new Result((TenantSettings) settings, List.of());
    }
    // Rules that span sections are checked last; report them with their section nonetheless.
    List<String> sections =
        Arrays.stream(TenantSettings.class.getRecordComponents())
            .map(RecordComponent::getName)
            .toList();
    List<Violation> bySection = new ArrayList<>(found);
    bySection.sort(
        Comparator.comparingInt(
            v -> {
              List<String> segments = SettingsPath.segments(v.path());
              int index = segments.isEmpty() ? -1 : sections.indexOf(segments.get(0));
              return index < 0 ? sections.size() : index;
            }));
    return new Result(null, bySection);
  }

  /**
   * Reads settings that name only what differs from {@link TenantSettings#defaults()}, as a
   * declarative file does; see {@link SettingsTree#merge} for how the tree is laid over them.
   *
   * @param tree a JSON object in tree form, or null for the defaults unchanged
   */
  public static Result readOverDefaults(Object tree) {
    return readOver(TenantSettings.defaults(), tree);
  }

  /** Reads settings that name only what differs from {@code base}. */
  public static Result readOver(TenantSettings base, Object tree) {
    if (tree != null && !(tree instanceof Map<?, ?>)) {
      return new Result(
          null, List.of(new Violation("", "settings must be an object, not " + describe(tree))));
    }
    List<Violation> notJson = new ArrayList<>();
    JsonValues.read(tree, "", notJson, true);
    if (!notJson.isEmpty()) {
      return new Result(null, notJson);
    }
    return read(SettingsTree.merge(SettingsTree.toTree(base), tree == null ? Map.of() : tree));
  }

  private static String describe(Object tree) {
    return TreeMapping.describe(tree);
  }
}
