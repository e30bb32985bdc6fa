package io.salesplatform.plugin.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.salesplatform.plugin.api.PluginConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The JSON Schema a plugin declares for its configuration, read the way the platform reads it: from
 * the plugin's own classes or jar, never from elsewhere on the class path. Configurations are
 * checked as the platform checks them, with draft 2020-12.
 */
public final class ConfigurationSchema {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  private final String text;
  private final JsonNode tree;
  private final JsonSchema schema;

  private ConfigurationSchema(String text) {
    this.text = text;
    try {
      this.tree = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          PluginConfiguration.SCHEMA_RESOURCE + " is not JSON: " + e.getOriginalMessage(), e);
    }
    this.schema = FACTORY.getSchema(tree);
  }

  /** Reads a schema from its text. */
  public static ConfigurationSchema parse(String text) {
    return new ConfigurationSchema(text);
  }

  /**
   * The schema declared next to {@code pluginClass}: in the classes directory or the jar it was
   * loaded from. Empty when the plugin declares none.
   */
  public static Optional<ConfigurationSchema> of(Class<?> pluginClass) {
    return read(codeSource(pluginClass)).map(ConfigurationSchema::new);
  }

  /** The schema declared in a plugin jar or classes directory; empty when it declares none. */
  public static Optional<String> read(Path jarOrDirectory) {
    try {
      if (Files.isDirectory(jarOrDirectory)) {
        Path file = jarOrDirectory.resolve(PluginConfiguration.SCHEMA_RESOURCE);
        return Files.exists(file)
            ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
            : Optional.empty();
      }
      try (ZipFile jar = new ZipFile(jarOrDirectory.toFile())) {
        ZipEntry entry = jar.getEntry(PluginConfiguration.SCHEMA_RESOURCE);
        if (entry == null) {
          return Optional.empty();
        }
        try (InputStream in = jar.getInputStream(entry)) {
          return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the configuration schema from " + jarOrDirectory, e);
    }
  }

  /** The schema's text. */
  public String text() {
    return text;
  }

  /** The schema as a JSON tree. */
  public JsonNode tree() {
    return tree;
  }

  /** How the schema itself breaks the draft 2020-12 meta-schema; empty when it is a schema. */
  public List<String> problemsAsSchema() {
    JsonSchema meta = FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012));
    return messages(meta.validate(tree));
  }

  /** How {@code configuration} breaks the schema; empty when it conforms. */
  public List<String> problems(Map<String, ?> configuration) {
    return messages(schema.validate(JSON.valueToTree(configuration)));
  }

  private static List<String> messages(java.util.Set<ValidationMessage> found) {
    return found.stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  static Path codeSource(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException(
          "cannot tell where " + type.getName() + " was loaded from", e);
    }
  }
}
