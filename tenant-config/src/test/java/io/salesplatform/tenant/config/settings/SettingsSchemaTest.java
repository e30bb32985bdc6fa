package io.salesplatform.tenant.config.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class SettingsSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final Path EXAMPLES = Path.of("examples");

  private final JsonNode settingsSchema = parse(SettingsSchema.json());
  private final JsonNode declarationSchema = parse(SettingsSchema.declarationJson());

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Set<String> errors(JsonNode schema, Object instance) {
    JsonSchema validator = FACTORY.getSchema(schema);
    Set<String> messages = new HashSet<>();
    for (ValidationMessage message : validator.validate(JSON.valueToTree(instance))) {
      messages.add(message.getMessage());
    }
    return messages;
  }

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
      assertThat(yaml).isNotEmpty();
      return yaml.stream();
    }
  }

  @Test
  void theDefaultsValidateAgainstTheSchema() {
    assertThat(errors(settingsSchema, Trees.defaults())).isEmpty();
  }

  @Test
  void theSchemaRefusesWhatTheReaderRefusesWithinOneField() {
    assertThat(errors(settingsSchema, Trees.defaultsWith("appraisal.weights.salesRevenue", 101)))
        .isNotEmpty();
    assertThat(errors(settingsSchema, Trees.defaultsWith("stageDeadlines.afterSales", 0)))
        .isNotEmpty();
    assertThat(errors(settingsSchema, Trees.defaultsWith("quotes.validityDay", 30))).isNotEmpty();
    assertThat(errors(settingsSchema, Trees.defaultsWith("plugins.crm", Map.of()))).isNotEmpty();
    assertThat(errors(settingsSchema, Trees.defaultsWith("plugins.pricing.version", "latest")))
        .isNotEmpty();
    assertThat(errors(settingsSchema, Trees.defaultsWith("locale", "fr"))).isNotEmpty();
    assertThat(errors(settingsSchema, Trees.defaultsWith("currency", null))).isNotEmpty();
    assertThat(
            errors(settingsSchema, Trees.defaultsWith("rewardBands[0].outcome.bonusPercent", null)))
        .as("a bonus names its percent")
        .isNotEmpty();
    assertThat(errors(settingsSchema, Trees.defaultsWith("rewardBands[4].outcome.bonusPercent", 5)))
        .as("only a bonus names a percent")
        .isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void eachExampleFileValidatesAgainstTheDeclarationSchema(Path example) throws IOException {
    Object yaml =
        new Load(LoadSettings.builder().build()).loadFromString(Files.readString(example));

    assertThat(errors(declarationSchema, yaml)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void eachExampleFileNamesTheDeclarationSchemaForEditors(Path example) throws IOException {
    String firstLine = Files.readAllLines(example).get(0);
    String prefix = "# yaml-language-server: $schema=";

    assertThat(firstLine).startsWith(prefix);
    Path schema = example.getParent().resolve(firstLine.substring(prefix.length())).normalize();
    assertThat(schema).exists();
    assertThat(Files.readString(schema)).isEqualTo(SettingsSchema.declarationJson());
  }

  @Test
  void theDeclarationSchemaRefusesAnIncompleteFileButNotPartialSettings() {
    assertThat(errors(declarationSchema, Map.of("slug", "acme"))).isNotEmpty();
    assertThat(
            errors(
                declarationSchema,
                Map.of(
                    "slug",
                    "acme",
                    "name",
                    "Acme",
                    "admin",
                    Map.of("email", "a@acme.example", "name", "Ann"),
                    "settings",
                    Map.of("quotes", Map.of("validityDays", 14)))))
        .isEmpty();
  }

  /**
   * The schema describes exactly the records: every component is a property with a matching type,
   * required unless nullable, and the schema has no property the model lacks. So neither can change
   * without the other.
   */
  @Test
  void theSchemaDescribesEveryRecordComponentAndNothingElse() {
    List<String> mismatches = new ArrayList<>();

    matchRecord(TenantSettings.class, settingsSchema, "", mismatches);

    assertThat(mismatches).isEmpty();
  }

  /**
   * The declaration schema's settings are the settings schema with nothing required outside lists,
   * because a file names only what differs from the defaults and lists are given whole; and with a
   * null allowed for a plugin, which removes the default selection.
   */
  @Test
  void theDeclarationSchemaDerivesItsSettingsFromTheSettingsSchema() throws IOException {
    ObjectNode expectedSettings = (ObjectNode) withoutRequiredOutsideLists(settingsSchema, false);
    JsonNode expectedDefs = expectedSettings.remove("$defs");
    expectedSettings.remove(List.of("$schema", "$id", "title"));
    expectedSettings.put(
        "description", declarationSchema.at("/properties/settings/description").asText());
    ObjectNode plugins = (ObjectNode) expectedSettings.at("/properties/plugins/properties");
    for (Iterator<String> points = plugins.fieldNames(); points.hasNext(); ) {
      String point = points.next();
      ObjectNode nullable = JsonNodeFactory.instance.objectNode();
      ArrayNode anyOf = nullable.putArray("anyOf");
      anyOf.addObject().put("type", "null");
      anyOf.add(plugins.get(point));
      plugins.set(point, nullable);
    }

    boolean derived =
        declarationSchema.get("properties").get("settings").equals(expectedSettings)
            && declarationSchema.get("$defs").equals(expectedDefs);
    if (!derived) {
      ObjectNode expected = declarationSchema.deepCopy();
      ((ObjectNode) expected.get("properties")).set("settings", expectedSettings);
      expected.set("$defs", expectedDefs);
      Path written = Path.of("target", "tenant-declaration.schema.json");
      Files.writeString(
          written, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(expected));
      assertThat(derived)
          .as("the declaration schema's settings differ from the settings schema; see " + written)
          .isTrue();
    }
  }

  private static JsonNode withoutRequiredOutsideLists(JsonNode node, boolean inList) {
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      node.fields()
          .forEachRemaining(
              field -> {
                if (!field.getKey().equals("required") || inList) {
                  copy.set(
                      field.getKey(),
                      withoutRequiredOutsideLists(
                          field.getValue(), inList || field.getKey().equals("items")));
                }
              });
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> copy.add(withoutRequiredOutsideLists(item, inList)));
      return copy;
    }
    return node;
  }

  private JsonNode resolve(JsonNode schema) {
    JsonNode ref = schema.get("$ref");
    return ref == null ? schema : settingsSchema.at(ref.asText().substring(1));
  }

  private void matchRecord(Class<?> record, JsonNode schema, String path, List<String> mismatches) {
    JsonNode node = resolve(schema);
    String where = path.isEmpty() ? "the root" : path;
    if (!"object".equals(node.path("type").asText())
        || !node.path("additionalProperties").isBoolean()
        || node.path("additionalProperties").asBoolean()) {
      mismatches.add(where + " is not a closed object");
    }
    RecordComponent[] components = record.getRecordComponents();
    Set<String> names = new HashSet<>();
    Set<String> required = new HashSet<>();
    for (RecordComponent component : components) {
      names.add(component.getName());
      if (!component.isAnnotationPresent(Nullable.class)) {
        required.add(component.getName());
      }
    }
    Set<String> properties = new HashSet<>();
    node.path("properties").fieldNames().forEachRemaining(properties::add);
    Set<String> requiredInSchema = new HashSet<>();
    node.path("required").forEach(r -> requiredInSchema.add(r.asText()));
    if (!properties.equals(names)) {
      mismatches.add(where + " has properties " + properties + " but the record has " + names);
    }
    if (!requiredInSchema.equals(required)) {
      mismatches.add(where + " requires " + requiredInSchema + " but the record " + required);
    }
    for (RecordComponent component : components) {
      JsonNode property = node.path("properties").get(component.getName());
      if (property != null) {
        matchType(
            component.getGenericType(),
            property,
            SettingsPath.key(path, component.getName()),
            mismatches);
      }
    }
  }

  private void matchType(Type type, JsonNode schema, String path, List<String> mismatches) {
    JsonNode node = resolve(schema);
    if (type instanceof Class<?> kind && kind.isRecord()) {
      matchRecord(kind, node, path, mismatches);
    } else if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      expectType(node, "array", path, mismatches);
      matchType(p.getActualTypeArguments()[0], node.path("items"), path + "[]", mismatches);
    } else if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
      expectType(node, "object", path, mismatches);
      Type key = p.getActualTypeArguments()[0];
      Type value = p.getActualTypeArguments()[1];
      if (key instanceof Class<?> k && k.isEnum()) {
        Set<String> properties = new HashSet<>();
        node.path("properties").fieldNames().forEachRemaining(properties::add);
        if (!properties.equals(ids(k))) {
          mismatches.add(path + " has keys " + properties + " but the model " + ids(k));
        }
        for (String property : properties) {
          matchType(
              value, node.path("properties").path(property), path + "." + property, mismatches);
        }
      } else if (value != Object.class) {
        matchType(value, node.path("additionalProperties"), path + ".*", mismatches);
      }
    } else if (type == int.class || type == Integer.class) {
      expectType(node, "integer", path, mismatches);
    } else if (type == BigDecimal.class) {
      expectType(node, "number", path, mismatches);
    } else if (type == boolean.class || type == Boolean.class) {
      expectType(node, "boolean", path, mismatches);
    } else if (type == String.class || type == Currency.class || type == ZoneId.class) {
      expectType(node, "string", path, mismatches);
    } else if (type == Locale.class) {
      Set<String> tags = new HashSet<>();
      TenantSettings.SUPPORTED_LOCALES.forEach(l -> tags.add(l.toLanguageTag()));
      expectEnum(node, tags, path, mismatches);
    } else if (type instanceof Class<?> kind && kind.isEnum()) {
      expectEnum(node, ids(kind), path, mismatches);
    } else {
      mismatches.add(path + " has a type the test does not know: " + type);
    }
  }

  private static void expectType(JsonNode node, String type, String path, List<String> out) {
    if (!type.equals(node.path("type").asText())) {
      out.add(path + " should be of type " + type + " in the schema");
    }
  }

  private static void expectEnum(JsonNode node, Set<String> values, String path, List<String> out) {
    Set<String> inSchema = new HashSet<>();
    node.path("enum").forEach(v -> inSchema.add(v.asText()));
    if (!inSchema.equals(values)) {
      out.add(path + " lists " + inSchema + " but the model " + values);
    }
  }

  private static Set<String> ids(Class<?> enumType) {
    Set<String> ids = new HashSet<>();
    Arrays.stream(enumType.getEnumConstants()).forEach(c -> ids.add(((WireId) c).id()));
    return ids;
  }
}
