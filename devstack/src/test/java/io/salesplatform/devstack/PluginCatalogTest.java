package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salesplatform.tenant.config.TenantRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operator's plugin catalog lists every jar in the plugins folder with its state, API range,
 * extensions and checksum; a jar placed in the folder while the platform runs is loaded on the next
 * look and companies can choose it at once, without a restart.
 */
@ExtendWith(DeployedStack.class)
class PluginCatalogTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PlatformApi api;
  private final Tenants tenants;

  PluginCatalogTest(Stack stack) {
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @Test
  void theCatalogListsEveryJarWithItsStateRangeExtensionsAndChecksum() throws Exception {
    JsonNode catalog = api.get("/api/platform/plugins", tenants.operatorToken()).json();

    JsonNode pricing = entry(catalog, "tiered-pricing", "0.1.0-SNAPSHOT");
    assertThat(pricing.get("state").asText()).isEqualTo("STARTED");
    assertThat(pricing.get("requires").asText()).isEqualTo(">=1.0.0 & <2.0.0");
    assertThat(pricing.at("/extensions/pricing").toString())
        .contains("tiered-discounts", "negotiated-prices");
    assertThat(pricing.get("checksum").asText())
        .isEqualTo(sha256(plugins().resolve(pricing.get("file").asText())));
    assertThat(
            entry(catalog, "tiered-pricing", PluginJars.NEWER_PRICING_VERSION)
                .get("state")
                .asText())
        .isEqualTo("STARTED");
  }

  @Test
  void aJarPlacedInTheFolderIsLoadedOnTheNextLookAndCanBeChosenAtOnce() throws Exception {
    Path shipped = PluginJars.built(plugins(), "pricing-policy-0");
    String version = "9.7." + (System.nanoTime() % 1000);
    Path staged = plugins().resolve("staged-" + version + ".tmp");
    PluginJars.withManifest(shipped, staged, Map.of("Plugin-Version", version));
    Path incompatible = plugins().resolve("staged-api2-" + version + ".tmp");
    PluginJars.withManifest(
        shipped,
        incompatible,
        Map.of(
            "Plugin-Id",
            "api-two-pricing",
            "Plugin-Version",
            version,
            "Plugin-Requires",
            ">=2.0.0 & <3.0.0"));
    // Renamed into place whole, as an operator or a deployment tool must.
    Files.move(
        staged,
        plugins().resolve("tiered-pricing-" + version + ".jar"),
        StandardCopyOption.ATOMIC_MOVE);
    Files.move(
        incompatible,
        plugins().resolve("api-two-pricing-" + version + ".jar"),
        StandardCopyOption.ATOMIC_MOVE);

    JsonNode catalog = api.get("/api/platform/plugins", tenants.operatorToken()).json();

    assertThat(entry(catalog, "tiered-pricing", version).get("state").asText())
        .isEqualTo("STARTED");
    JsonNode failed = entry(catalog, "api-two-pricing", version);
    assertThat(failed.get("state").asText()).isEqualTo("FAILED");
    assertThat(failed.get("failure").asText()).contains("requires plugin API >=2.0.0 & <3.0.0");
    String slug = Tenants.uniqueSlug("catalog");
    String admin = tenants.subscribeAndSignInAdmin(slug);
    PlatformApi.Answer chosen =
        api.put(
            "/api/t/" + slug + "/plugins/pricing",
            admin,
            JSON.writeValueAsString(
                Map.of(
                    "pluginId",
                    "tiered-pricing",
                    "version",
                    version,
                    "extension",
                    "negotiated-prices",
                    "config",
                    Map.of())));
    assertThat(chosen.status()).as(chosen.raw().body()).isEqualTo(200);
  }

  @Test
  void onlyTheOperatorReadsTheCatalog() throws Exception {
    String slug = Tenants.uniqueSlug("catalog-admin");
    String admin = tenants.subscribeAndSignInAdmin(slug);

    assertThat(api.get("/api/platform/plugins", admin).status()).isEqualTo(403);
    assertThat(
            api.get("/api/platform/plugins", tenants.signInWithRole(slug, TenantRole.SALES_REP))
                .status())
        .isEqualTo(403);
  }

  private static Path plugins() {
    return Path.of(System.getProperty("devstack.work", "target/stack")).resolve("plugins");
  }

  private static JsonNode entry(JsonNode catalog, String id, String version) {
    for (JsonNode entry : catalog) {
      if (entry.get("id").asText().equals(id) && entry.get("version").asText().equals(version)) {
        return entry;
      }
    }
    throw new AssertionError("no " + id + " " + version + " in " + catalog);
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
