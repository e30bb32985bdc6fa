package io.salesplatform.plugins.credit;

import io.salesplatform.plugin.api.PluginConfiguration;
import io.salesplatform.plugin.api.PluginContext;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** A context with a fixed clock and a given configuration, standing in for the platform's. */
record FixedPluginContext(String tenantId, PluginConfiguration configuration, Clock clock)
    implements PluginContext {

  static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

  static FixedPluginContext withConfiguration(Map<String, Object> values) {
    return new FixedPluginContext(
        "acme", new PluginConfiguration(values), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Override
  public System.Logger logger() {
    return System.getLogger("plugin.test");
  }

  /** This plugin checks against a configured limit and calls no bureau; a call here is a bug. */
  @Override
  public HttpClient httpClient() {
    throw new UnsupportedOperationException("this plugin makes no HTTP calls");
  }
}
