package io.salesplatform.plugin.api;

import java.util.regex.Pattern;
import org.pf4j.ExtensionPoint;

/**
 * What every extension of a plugin has in common: a name. One plugin jar may contribute several
 * extensions to the same extension point (a pricing plugin with a tiered-discount and a
 * negotiated-price strategy); a tenant selects one by plugin id, plugin version and this name.
 */
public interface PluginExtension extends ExtensionPoint {

  /** What a name looks like: lower-case words of letters and digits joined by single hyphens. */
  Pattern NAME_PATTERN = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /**
   * The extension's name, such as {@code tiered-discounts}: matches {@link #NAME_PATTERN}, is
   * unique among the plugin's extensions of the same extension point, and never changes from one
   * version of the plugin to the next, because tenants' settings refer to it.
   */
  String name();

  /**
   * Checks a tenant's configuration of the plugin beyond what its JSON Schema can say, such as two
   * volume tiers starting at the same quantity. The platform calls it on the extension a tenant
   * selects, before it saves the selection or a change of its configuration, so that a
   * configuration that cannot work is refused then rather than when a request meets it. An
   * extension checks what it reads and ignores the settings of the plugin's other extensions; by
   * default it checks nothing.
   *
   * @param configuration the configuration, already valid against the schema
   * @throws InvalidConfigurationException naming the first setting that cannot work
   */
  default void checkConfiguration(PluginConfiguration configuration) {}
}
