package io.salesplatform.tenant.config.settings;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The plugin a tenant chose for one extension point, and its configuration.
 *
 * @param pluginId the plugin's id, as its MANIFEST's {@code Plugin-Id} carries it: lower-case words
 *     joined by single hyphens, such as {@code tiered-pricing}
 * @param version the exact plugin version to use, as its MANIFEST's {@code Plugin-Version}: a
 *     semantic version {@code major.minor.patch} with an optional {@code -qualifier}, such as
 *     {@code 1.4.0} or {@code 0.1.0-SNAPSHOT}
 * @param extension the name of the plugin's extension that serves the point ({@code
 *     PluginExtension.name()}, such as {@code tiered-discounts}); may be left out when the plugin
 *     has only one extension of the point, and the platform then stores that one's name
 * @param config the plugin's configuration, a JSON object; what it may hold is the plugin's own
 *     schema's business, which the platform checks, not this model
 */
public record PluginSelection(
    String pluginId, String version, @Nullable String extension, Map<String, Object> config) {

  private static final Pattern PLUGIN_ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

  private static final Pattern VERSION =
      Pattern.compile(
          "(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)"
              + "(?:-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?");

  /** Whether {@code text} is a plugin id: lower-case words joined by single hyphens. */
  public static boolean isPluginId(String text) {
    return text != null && PLUGIN_ID.matcher(text).matches();
  }

  /** Whether {@code text} is a semantic version such as {@code 1.4.0} or {@code 0.1.0-SNAPSHOT}. */
  public static boolean isVersion(String text) {
    return text != null && VERSION.matcher(text).matches();
  }

  public PluginSelection {
    Rules rules = new Rules();
    if (rules.present(pluginId, "pluginId")) {
      rules.require(
          PLUGIN_ID.matcher(pluginId).matches(),
          "pluginId",
          "'" + pluginId + "' is not a plugin id: lower-case words joined by single hyphens");
    }
    if (rules.present(version, "version")) {
      rules.require(
          VERSION.matcher(version).matches(),
          "version",
          "'" + version + "' is not a version such as 1.4.0 or 0.1.0-SNAPSHOT");
    }
    if (extension != null) {
      rules.require(
          PLUGIN_ID.matcher(extension).matches(),
          "extension",
          "'"
              + extension
              + "' is not an extension name: lower-case words joined by single hyphens");
    }
    if (rules.present(config, "config")) {
      try {
        config = JsonValues.object(config);
      } catch (IllegalArgumentException e) {
        rules.require(false, "config", e.getMessage());
      }
    }
    rules.enforce();
  }

  /** A selection that names no extension, for a plugin with one extension of the point. */
  public PluginSelection(String pluginId, String version, Map<String, Object> config) {
    this(pluginId, version, null, config);
  }

  /** A selection with an empty configuration. */
  public static PluginSelection of(String pluginId, String version) {
    return new PluginSelection(pluginId, version, null, Map.of());
  }

  /** A selection of one named extension with an empty configuration. */
  public static PluginSelection of(String pluginId, String version, String extension) {
    return new PluginSelection(pluginId, version, extension, Map.of());
  }

  /** The same selection naming {@code name} as its extension. */
  public PluginSelection withExtension(String name) {
    return new PluginSelection(pluginId, version, name, config);
  }

  /** The same selection with {@code values} as its configuration. */
  public PluginSelection withConfig(Map<String, Object> values) {
    return new PluginSelection(pluginId, version, extension, values);
  }
}
