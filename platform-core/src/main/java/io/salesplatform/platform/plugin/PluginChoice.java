package io.salesplatform.platform.plugin;

import java.util.Map;

/** A tenant admin's choice of the plugin serving one extension point. */
public class PluginChoice {

  /** The plugin's id, such as {@code tiered-pricing}. */
  public String pluginId;

  /** The exact plugin version, such as {@code 1.0.0}. */
  public String version;

  /**
   * The extension's name, such as {@code tiered-discounts}; may be left out when the plugin has
   * only one extension of the point.
   */
  public String extension;

  /**
   * The plugin's configuration, checked against its schema and by the extension. A write-only
   * setting (such as an API key) left out keeps its stored value when the plugin stays the same.
   */
  public Map<String, Object> config;

  /** Why, for the settings' history; a default names the choice. */
  public String reason;
}
