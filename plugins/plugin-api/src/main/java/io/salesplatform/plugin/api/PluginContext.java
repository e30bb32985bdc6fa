package io.salesplatform.plugin.api;

import java.net.http.HttpClient;
import java.time.Clock;

/**
 * Everything the platform lends a plugin for one call. A plugin reaches no database and no
 * container internals: what it needs to know arrives in the request, and what it may use is here.
 */
public interface PluginContext {

  /** The tenant the call is made for; a plugin keeps nothing of one tenant for another. */
  String tenantId();

  /** This tenant's configuration of the plugin. */
  PluginConfiguration configuration();

  /** The clock to read the time from, so that results are reproducible in tests. */
  Clock clock();

  /** Where the plugin logs; the platform tags every line with the tenant and the plugin. */
  System.Logger logger();

  /** An HTTP client for plugins that call an outside service, such as a credit bureau. */
  HttpClient httpClient();
}
