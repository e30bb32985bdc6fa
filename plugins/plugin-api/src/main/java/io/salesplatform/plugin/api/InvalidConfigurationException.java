package io.salesplatform.plugin.api;

/**
 * The tenant's configuration of the plugin passes its JSON Schema but still cannot work, such as
 * two volume tiers starting at the same quantity. The platform tells the tenant's administrator
 * which setting to fix; the person who made the request can do nothing about it.
 */
public class InvalidConfigurationException extends PluginException {

  private static final long serialVersionUID = 1L;

  private final String path;

  /**
   * @param path where in the configuration, dotted, such as {@code volumeTiers.1.minQuantity}
   * @param message what is wrong
   */
  public InvalidConfigurationException(String path, String message) {
    super(path + ": " + message, null);
    this.path = path;
  }

  /** Where in the configuration, dotted, such as {@code volumeTiers.1.minQuantity}. */
  public String path() {
    return path;
  }
}
