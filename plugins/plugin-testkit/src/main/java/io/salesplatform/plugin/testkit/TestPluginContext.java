package io.salesplatform.plugin.testkit;

import io.salesplatform.plugin.api.PluginConfiguration;
import io.salesplatform.plugin.api.PluginContext;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;

/**
 * A context standing in for the platform's: a tenant, a configuration, a fixed clock, a logger and,
 * only when a test gives one, an HTTP client. Without one, a plugin that calls out fails visibly
 * instead of reaching the network from a unit test.
 */
public final class TestPluginContext implements PluginContext {

  /** The instant the clock stands at unless a test sets another. */
  public static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

  /** The tenant unless a test names another. */
  public static final String TENANT = "conformance-tenant";

  private final String tenantId;
  private final PluginConfiguration configuration;
  private final Clock clock;
  private final HttpClient httpClient;

  private TestPluginContext(
      String tenantId, PluginConfiguration configuration, Clock clock, HttpClient httpClient) {
    this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
    this.configuration = Objects.requireNonNull(configuration, "configuration");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.httpClient = httpClient;
  }

  public static TestPluginContext of(PluginConfiguration configuration) {
    return new TestPluginContext(TENANT, configuration, Clock.fixed(NOW, ZoneOffset.UTC), null);
  }

  public static TestPluginContext of(Map<String, ?> configuration) {
    return of(new PluginConfiguration(configuration));
  }

  public TestPluginContext withTenant(String tenantId) {
    return new TestPluginContext(tenantId, configuration, clock, httpClient);
  }

  public TestPluginContext withClock(Clock clock) {
    return new TestPluginContext(tenantId, configuration, clock, httpClient);
  }

  /** The same context with the clock standing at {@code instant}. */
  public TestPluginContext at(Instant instant) {
    return withClock(Clock.fixed(instant, ZoneOffset.UTC));
  }

  public TestPluginContext withHttpClient(HttpClient httpClient) {
    return new TestPluginContext(tenantId, configuration, clock, httpClient);
  }

  @Override
  public String tenantId() {
    return tenantId;
  }

  @Override
  public PluginConfiguration configuration() {
    return configuration;
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public System.Logger logger() {
    return System.getLogger("plugin." + tenantId);
  }

  /**
   * @throws UnsupportedOperationException unless the test gave a client with {@link
   *     #withHttpClient}
   */
  @Override
  public HttpClient httpClient() {
    if (httpClient == null) {
      throw new UnsupportedOperationException(
          "this test gives the plugin no HTTP client; give one with withHttpClient");
    }
    return httpClient;
  }
}
