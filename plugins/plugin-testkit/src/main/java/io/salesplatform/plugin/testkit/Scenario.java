package io.salesplatform.plugin.testkit;

import io.salesplatform.plugin.api.PluginConfiguration;
import java.util.Map;
import java.util.Objects;

/**
 * One call a conformance test makes: a tenant's configuration and a request, under a name that says
 * what the scenario is about.
 *
 * @param name what the scenario is, shown in the test report
 * @param configuration the tenant's configuration of the plugin
 * @param request the request
 * @param <Q> the extension point's request type
 */
public record Scenario<Q>(String name, PluginConfiguration configuration, Q request) {

  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(request, "request");
  }

  public static <Q> Scenario<Q> of(String name, Map<String, ?> configuration, Q request) {
    return new Scenario<>(name, new PluginConfiguration(configuration), request);
  }

  @Override
  public String toString() {
    return name;
  }
}
