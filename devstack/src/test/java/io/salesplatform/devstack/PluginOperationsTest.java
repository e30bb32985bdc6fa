package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operator uploads a plugin jar, makes it available to chosen companies and removes it, all
 * while the platform runs: a jar is checked whole before anything is stored, a new version is
 * offered to nobody until the operator says to whom, a company it is not offered to cannot choose
 * it, and a version a company uses can neither be taken from it nor removed.
 */
@ExtendWith(DeployedStack.class)
class PluginOperationsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BUNDLED = "0.1.0-SNAPSHOT";
  private static final String JAR = "application/java-archive";

  private final PlatformApi api;
  private final Tenants tenants;

  PluginOperationsTest(Stack stack) {
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @Test
  void anUploadedVersionServesOnlyTheCompaniesItIsMadeAvailableToAndIsRemovedOnceUnused()
      throws Exception {
    String operator = tenants.operatorToken();
    String chosen = Tenants.uniqueSlug("upload-a");
    String chosenAdmin = tenants.subscribeAndSignInAdmin(chosen);
    String other = Tenants.uniqueSlug("upload-b");
    String otherAdmin = tenants.subscribeAndSignInAdmin(other);
    String version = uniqueVersion();
    byte[] jar = pricingJar(Map.of("Plugin-Version", version));

    PlatformApi.Answer uploaded = upload(jar, sha256(jar), operator);

    assertThat(uploaded.status()).as(uploaded.raw().body()).isEqualTo(201);
    assertThat(uploaded.json().get("state").asText()).isEqualTo("STARTED");
    assertThat(uploaded.json().get("checksum").asText()).isEqualTo(sha256(jar));
    assertThat(entry(catalog(operator), "tiered-pricing", version)).isNotNull();
    assertThat(offeredVersions(chosen, chosenAdmin)).doesNotContain(version);
    assertThat(availability(version, operator).get("tenants")).isEmpty();

    PlatformApi.Answer offered =
        api.put(availabilityPath(version), operator, "{\"tenants\":[\"" + chosen + "\"]}");

    assertThat(offered.status()).as(offered.raw().body()).isEqualTo(200);
    assertThat(offered.json().get("tenants").toString()).isEqualTo("[\"" + chosen + "\"]");
    assertThat(offeredVersions(chosen, chosenAdmin)).contains(version);
    assertThat(offeredVersions(other, otherAdmin)).doesNotContain(version).contains(BUNDLED);
    PlatformApi.Answer refused = choose(other, otherAdmin, version);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.raw().body()).contains("plugins.pricing.version", "not available");
    PlatformApi.Answer refusedBySettings = selectBySettings(other, otherAdmin, version);
    assertThat(refusedBySettings.status()).isEqualTo(400);
    assertThat(refusedBySettings.raw().body()).contains("not available");

    assertThat(choose(chosen, chosenAdmin, version).status()).isEqualTo(200);
    JsonNode priced = api.post(preview(chosen), chosenAdmin, quote()).json();
    assertThat(priced.get("version").asText()).isEqualTo(version);
    assertThat(new BigDecimal(priced.get("netTotal").asText())).isEqualByComparingTo("800.00");
    assertThat(api.post(preview(other), otherAdmin, quote()).json().get("version").asText())
        .isEqualTo(BUNDLED);

    PlatformApi.Answer narrowed = api.put(availabilityPath(version), operator, "{\"tenants\":[]}");
    assertThat(narrowed.status()).isEqualTo(409);
    assertThat(narrowed.json().get("detail").asText()).startsWith("1 company's settings select");
    PlatformApi.Answer removalRefused = api.call("DELETE", pluginPath(version), operator, null);
    assertThat(removalRefused.status()).isEqualTo(409);
    assertThat(removalRefused.json().get("detail").asText()).contains("1 company");
    assertThat(entry(catalog(operator), "tiered-pricing", version)).isNotNull();

    assertThat(choose(chosen, chosenAdmin, BUNDLED).status()).isEqualTo(200);
    PlatformApi.Answer removed = api.call("DELETE", pluginPath(version), operator, null);

    assertThat(removed.status()).as(removed.raw().body()).isEqualTo(204);
    assertThat(entry(catalog(operator), "tiered-pricing", version)).isNull();
    assertThat(Files.exists(plugins().resolve("tiered-pricing-" + version + ".jar"))).isFalse();
    assertThat(api.post(preview(chosen), chosenAdmin, quote()).json().get("version").asText())
        .isEqualTo(BUNDLED);
    assertThat(api.call("DELETE", pluginPath(version), operator, null).status()).isEqualTo(404);
  }

  @Test
  void aBundledVersionInUseCannotBeRemovedAndEveryCompanyMayChooseIt() throws Exception {
    String operator = tenants.operatorToken();

    PlatformApi.Answer refused = api.call("DELETE", pluginPath(BUNDLED), operator, null);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("type").asText()).endsWith("plugin-in-use");
    assertThat(availability(BUNDLED, operator).get("allTenants").asBoolean()).isTrue();
  }

  @Test
  void everyBadJarIsRefusedWithItsReasonAndNothingIsStored() throws Exception {
    String operator = tenants.operatorToken();
    String version = uniqueVersion();
    List<String> before = folder();
    int catalogSize = catalog(operator).size();

    assertRejected(operator, "not a jar".getBytes(), 422, "not a jar");
    assertRejected(operator, zipWithoutManifest(), 422, "no manifest");
    assertRejected(
        operator,
        pricingJar(Map.of("Plugin-Id", "Tiered_Pricing", "Plugin-Version", version)),
        422,
        "is not a plugin id");
    assertRejected(
        operator, pricingJar(Map.of("Plugin-Version", "7.x")), 422, "not a semantic version");
    assertRejected(
        operator,
        pricingJar(Map.of("Plugin-Version", version, "Plugin-Requires", ">=2.0.0 & <3.0.0")),
        422,
        "requires plugin API >=2.0.0 & <3.0.0, but this platform provides 1.0.0");
    assertRejected(
        operator,
        pricingJar(Map.of("Plugin-Version", version, "Plugin-Requires", "one or two")),
        422,
        "not a range of plugin API versions");
    byte[] good = pricingJar(Map.of("Plugin-Version", version));
    PlatformApi.Answer mismatch = upload(good, sha256("another jar".getBytes()), operator);
    assertThat(mismatch.status()).isEqualTo(400);
    assertThat(mismatch.raw().body()).contains("sha256", sha256(good));
    assertThat(upload(good, null, operator).status()).isEqualTo(400);
    byte[] bundled = pricingJar(Map.of());
    PlatformApi.Answer duplicate = upload(bundled, sha256(bundled), operator);
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.json().get("detail").asText())
        .contains("tiered-pricing " + BUNDLED + " is already installed");
    byte[] huge = new byte[(int) DeployedStack.MAX_PLUGIN_UPLOAD + 1];
    assertThat(upload(huge, sha256(huge), operator).status()).isEqualTo(413);
    // A class that is in the jar but is no PF4J plugin: every check passes, starting fails.
    byte[] failsToStart =
        pricingJar(Map.of("Plugin-Version", version, "Plugin-Class", anExtensionClass()));
    PlatformApi.Answer notStarted = upload(failsToStart, sha256(failsToStart), operator);
    assertThat(notStarted.status()).as(notStarted.raw().body()).isEqualTo(422);
    assertThat(notStarted.json().get("type").asText()).endsWith("plugin-failed-to-start");
    assertThat(notStarted.json().get("detail").asText())
        .contains("tiered-pricing " + version + " did not start and was removed again");

    assertThat(folder()).isEqualTo(before);
    assertThat(catalog(operator).size()).isEqualTo(catalogSize);
    assertThat(entry(catalog(operator), "tiered-pricing", version)).isNull();
    assertThat(api.get(availabilityPath(version), operator).status()).isEqualTo(404);
  }

  @Test
  void onlyTheOperatorUploadsOffersAndRemoves() throws Exception {
    String slug = Tenants.uniqueSlug("upload-intruder");
    String admin = tenants.subscribeAndSignInAdmin(slug);
    byte[] jar = pricingJar(Map.of("Plugin-Version", uniqueVersion()));

    assertThat(upload(jar, sha256(jar), admin).status()).isEqualTo(403);
    assertThat(api.put(availabilityPath(BUNDLED), admin, "{\"allTenants\":true}").status())
        .isEqualTo(403);
    assertThat(api.call("DELETE", pluginPath(BUNDLED), admin, null).status()).isEqualTo(403);
  }

  private void assertRejected(String operator, byte[] jar, int status, String reason)
      throws Exception {
    PlatformApi.Answer answer = upload(jar, sha256(jar), operator);
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().get("detail").asText()).contains(reason, "Nothing was stored");
  }

  private PlatformApi.Answer upload(byte[] jar, String sha256, String token) throws IOException {
    return api.postBytes(
        "/api/platform/plugins" + (sha256 == null ? "" : "?sha256=" + sha256), token, JAR, jar);
  }

  private PlatformApi.Answer choose(String slug, String admin, String version) throws Exception {
    return api.put(
        "/api/t/" + slug + "/plugins/pricing",
        admin,
        JSON.writeValueAsString(
            Map.of(
                "pluginId",
                "tiered-pricing",
                "version",
                version,
                "extension",
                "tiered-discounts",
                "config",
                Map.of(
                    "volumeTiers",
                    List.of(Map.of("minQuantity", 10, "discountPercent", 20)),
                    "maxDiscountPercent",
                    Map.of("tenant-admin", 50)))));
  }

  private PlatformApi.Answer selectBySettings(String slug, String admin, String version)
      throws Exception {
    JsonNode current = api.get("/api/t/" + slug + "/settings", admin).json();
    ObjectNode settings = current.get("settings").deepCopy();
    ((ObjectNode) settings.at("/plugins/pricing")).put("version", version);
    ObjectNode body = JSON.createObjectNode();
    body.put("basedOn", current.get("revision").asInt());
    body.put("reason", "the new pricing version");
    body.set("settings", settings);
    return api.put("/api/t/" + slug + "/settings", admin, JSON.writeValueAsString(body));
  }

  private List<String> offeredVersions(String slug, String admin) throws IOException {
    List<String> versions = new ArrayList<>();
    for (JsonNode point : api.get("/api/t/" + slug + "/plugins", admin).json()) {
      if (point.get("point").asText().equals("pricing")) {
        point.get("available").forEach(o -> versions.add(o.get("version").asText()));
      }
    }
    return versions;
  }

  private JsonNode availability(String version, String operator) throws IOException {
    PlatformApi.Answer answer = api.get(availabilityPath(version), operator);
    assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
    return answer.json();
  }

  private JsonNode catalog(String operator) throws IOException {
    return api.get("/api/platform/plugins", operator).json();
  }

  private static JsonNode entry(JsonNode catalog, String id, String version) {
    for (JsonNode plugin : catalog) {
      if (plugin.get("id").asText().equals(id) && plugin.get("version").asText().equals(version)) {
        return plugin;
      }
    }
    return null;
  }

  private static String pluginPath(String version) {
    return "/api/platform/plugins/tiered-pricing/" + version;
  }

  private static String availabilityPath(String version) {
    return pluginPath(version) + "/availability";
  }

  private static String preview(String slug) {
    return "/api/t/" + slug + "/pricing/preview";
  }

  private static String quote() throws Exception {
    return JSON.writeValueAsString(
        Map.of(
            "customerId",
            "customer-1",
            "currency",
            "USD",
            "lines",
            List.of(
                Map.of(
                    "productId", "p-1",
                    "sku", "SKU-1",
                    "quantity", 10,
                    "listPrice", 100,
                    "unitCost", 40))));
  }

  private static String uniqueVersion() {
    return "7." + (System.nanoTime() % 100000) + ".0";
  }

  /** The shipped pricing plugin's jar with {@code manifest} changes, as bytes. */
  private static byte[] pricingJar(Map<String, String> manifest) throws IOException {
    Path target = Files.createTempFile("pricing", ".jar");
    try {
      PluginJars.withManifest(shippedPricing(), target, manifest);
      return Files.readAllBytes(target);
    } finally {
      Files.deleteIfExists(target);
    }
  }

  private static Path shippedPricing() throws IOException {
    return PluginJars.built(
        Path.of(System.getProperty("devstack.dist", "target/dist")).resolve("plugins"),
        "pricing-policy");
  }

  private static String anExtensionClass() throws IOException {
    try (ZipFile jar = new ZipFile(shippedPricing().toFile())) {
      String index =
          new String(
              jar.getInputStream(jar.getEntry("META-INF/extensions.idx")).readAllBytes(),
              java.nio.charset.StandardCharsets.UTF_8);
      return index
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .findFirst()
          .orElseThrow();
    }
  }

  private static byte[] zipWithoutManifest() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("no manifest here".getBytes());
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static List<String> folder() throws IOException {
    try (Stream<Path> files = Files.list(plugins())) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private static Path plugins() {
    return Path.of(System.getProperty("devstack.work", "target/stack")).resolve("plugins");
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
