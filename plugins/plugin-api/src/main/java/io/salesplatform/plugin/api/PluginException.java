package io.salesplatform.plugin.api;

/**
 * A failure a plugin reports on purpose, in one of three kinds the platform answers differently:
 * the request cannot be served as asked ({@link InvalidRequestException}), the tenant's
 * configuration of the plugin does not work ({@link InvalidConfigurationException}), or an outside
 * service the plugin depends on failed ({@link ExternalServiceException}). Anything else a plugin
 * throws is a defect of the plugin.
 */
public abstract class PluginException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected PluginException(String message, Throwable cause) {
    super(message, cause);
  }
}
