package io.salesplatform.platform.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a tenant's configuration of a plugin against the JSON Schema the plugin declares. Schemas
 * are compiled once per plugin jar.
 */
public final class PluginConfigurations {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

  /**
   * One problem with a configuration.
   *
   * @param path where in the configuration, dotted, empty for the whole configuration
   * @param message what is wrong
   */
  public record Problem(String path, String message) {}

  /** Every way {@code configuration} breaks the plugin's schema; empty when it conforms. */
  public List<Problem> check(PluginHost.LoadedPlugin plugin, Map<String, Object> configuration) {
    if (plugin.configurationSchema() == null) {
      return configuration.isEmpty()
          ? List.of()
          : List.of(new Problem("", "plugin '" + plugin.id() + "' takes no configuration"));
    }
    JsonSchema schema =
        compiled.computeIfAbsent(
            plugin.checksum(), k -> FACTORY.getSchema(plugin.configurationSchema()));
    JsonNode tree = JSON.valueToTree(configuration);
    List<Problem> problems = new ArrayList<>();
    for (ValidationMessage message : schema.validate(tree)) {
      String location = message.getInstanceLocation().toString();
      String path = location.replaceFirst("^\\$\\.?", "").replace("[", ".").replace("]", "");
      problems.add(new Problem(path, message.getMessage().replaceFirst("^\\$[^:]*: ", "")));
    }
    return problems;
  }
}
