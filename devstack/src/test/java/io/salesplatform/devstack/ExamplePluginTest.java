package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The example third-party plugin (`examples/example-pricing-plugin`, a Maven project of its own)
 * goes the way a third party's plugin goes: built and tested with Maven against the published
 * plugin API and testkit, uploaded with its checksum, offered to one company, chosen there, and
 * pricing that company's quotes while another company's stay with the reference plugin.
 */
@ExtendWith(DeployedStack.class)
class ExamplePluginTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PlatformApi api;
  private final Tenants tenants;

  ExamplePluginTest(Stack stack) {
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @Test
  void aThirdPartyPluginBuiltWithMavenIsUploadedOfferedToOneCompanyAndPricesOnlyItsQuotes()
      throws Exception {
    byte[] jar = Files.readAllBytes(build());
    String operator = tenants.operatorToken();
    String promoted = Tenants.uniqueSlug("promo-a");
    String promotedAdmin = tenants.subscribeAndSignInAdmin(promoted);
    String other = Tenants.uniqueSlug("promo-b");
    String otherAdmin = tenants.subscribeAndSignInAdmin(other);

    PlatformApi.Answer uploaded =
        api.postBytes(
            "/api/platform/plugins?sha256=" + sha256(jar),
            operator,
            "application/java-archive",
            jar);
    assertThat(uploaded.status()).as(uploaded.raw().body()).isEqualTo(201);
    assertThat(uploaded.json().at("/extensions/pricing/0").asText()).isEqualTo("flat-promotion");
    PlatformApi.Answer offered =
        api.put(
            "/api/platform/plugins/promotion-pricing/1.0.0/availability",
            operator,
            "{\"tenants\":[\"" + promoted + "\"]}");
    assertThat(offered.status()).as(offered.raw().body()).isEqualTo(200);
    PlatformApi.Answer chosen =
        api.put(
            "/api/t/" + promoted + "/plugins/pricing",
            promotedAdmin,
            JSON.writeValueAsString(
                Map.of(
                    "pluginId", "promotion-pricing",
                    "version", "1.0.0",
                    "extension", "flat-promotion",
                    "config", Map.of("promotionPercent", 15, "campaign", "Spring"))));
    assertThat(chosen.status()).as(chosen.raw().body()).isEqualTo(200);

    JsonNode promotedQuote = api.post(preview(promoted), promotedAdmin, quote()).json();
    JsonNode otherQuote = api.post(preview(other), otherAdmin, quote()).json();

    assertThat(promotedQuote.get("extension").asText()).isEqualTo("flat-promotion");
    assertThat(new BigDecimal(promotedQuote.get("netTotal").asText()))
        .isEqualByComparingTo("850.00");
    assertThat(promotedQuote.toString()).contains("Spring");
    assertThat(otherQuote.get("extension").asText()).isEqualTo("tiered-discounts");
    assertThat(new BigDecimal(otherQuote.get("netTotal").asText())).isEqualByComparingTo("1000.00");
  }

  /** Builds the example with the repository's Maven wrapper, offline, as its author would. */
  private static Path build() throws Exception {
    Path root = Path.of(System.getProperty("devstack.repository-root", "..")).toAbsolutePath();
    Path project = root.resolve("examples/example-pricing-plugin");
    Path log = Files.createTempFile("example-plugin-build", ".log");
    Process maven =
        new ProcessBuilder(
                root.resolve("mvnw").toString(),
                "-o",
                "-B",
                "-q",
                "-Dmaven.repo.local=" + System.getProperty("devstack.maven-repository"),
                "-f",
                project.resolve("pom.xml").toString(),
                "clean",
                "package")
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(maven.waitFor(5, TimeUnit.MINUTES)).as("the example's build finished").isTrue();
    assertThat(maven.exitValue()).as(Files.readString(log)).isZero();
    Path jar = project.resolve("target/promotion-pricing-1.0.0.jar");
    assertThat(jar).exists();
    return jar;
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

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
