package io.salesplatform.platform.plugin;

import io.salesplatform.plugin.api.PluginConfiguration;
import io.salesplatform.plugin.api.PluginContext;
import java.net.http.HttpClient;
import java.time.Clock;

/**
 * What one call of a plugin gets: the tenant, its configuration of the plugin, the clock, a logger
 * named after the plugin and the platform's shared HTTP client.
 */
record TenantPluginContext(
    String tenantId,
    PluginConfiguration configuration,
    Clock clock,
    System.Logger logger,
    HttpClient httpClient)
    implements PluginContext {}
