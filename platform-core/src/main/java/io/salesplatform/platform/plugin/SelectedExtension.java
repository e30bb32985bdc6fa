package io.salesplatform.platform.plugin;

import io.salesplatform.plugin.api.PluginExtension;
import java.util.Map;

/**
 * The extension that serves one extension point for the current tenant, with the tenant's
 * configuration of it.
 *
 * @param point the extension point's id, such as {@code pricing}
 * @param plugin the plugin version that contributes it
 * @param name the extension's name
 * @param extension the extension itself, shared by every tenant
 * @param config the tenant's configuration, secrets included
 */
public record SelectedExtension<T extends PluginExtension>(
    String point,
    PluginHost.LoadedPlugin plugin,
    String name,
    T extension,
    Map<String, Object> config) {

  /** How people read which plugin this is: {@code tiered-pricing 1.0.0 (tiered-discounts)}. */
  public String label() {
    return plugin.id() + " " + plugin.version() + " (" + name + ")";
  }
}
