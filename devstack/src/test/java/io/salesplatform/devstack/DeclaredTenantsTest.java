package io.salesplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenants declared in files: applied at start-up, a broken file rejected whole with file, line and
 * path while the others apply, an unchanged file changing nothing, and a changed file becoming a
 * settings revision authored by the file.
 */
@ExtendWith(DeployedStack.class)
class DeclaredTenantsTest {

  private static final Pattern SLUG = Pattern.compile("(?m)^slug:\\s*(\\S+)");
  private static final Pattern CURRENCY = Pattern.compile("(?m)^\\s+currency:\\s*(\\S+)");

  private final Stack stack;
  private final PlatformApi api;
  private final Tenants tenants;

  DeclaredTenantsTest(Stack stack) {
    this.stack = stack;
    this.api = stack.api();
    this.tenants = new Tenants(stack);
  }

  @Test
  void theExampleCompaniesRunWithTheirDeclaredSettingsAndABrokenFileStopsNoneOfThem()
      throws Exception {
    String operator = tenants.operatorToken();
    JsonNode reports = api.get("/api/platform/declarations", operator).json();

    JsonNode broken = report(reports, DeployedStack.BROKEN_DECLARATION);
    assertThat(broken.get("status").asText()).isEqualTo("REJECTED");
    assertThat(broken.get("messages").get(0).asText())
        .matches(
            Pattern.quote(DeployedStack.BROKEN_DECLARATION) + ":\\d+: .*appraisal\\.weights.*");
    assertThat(api.get("/api/platform/tenants/broken-company", operator).status()).isEqualTo(404);

    List<Path> examples = examples();
    assertThat(examples).hasSizeGreaterThanOrEqualTo(2);
    for (Path example : examples) {
      String text = Files.readString(example);
      String slug = find(SLUG, text);
      JsonNode report = report(reports, example.getFileName().toString());
      assertThat(report.get("status").asText()).isIn("SUBSCRIBED", "APPLIED", "UNCHANGED");
      assertThat(report.get("slug").asText()).isEqualTo(slug);
      JsonNode tenant = api.get("/api/platform/tenants/" + slug, operator).json();
      assertThat(tenant.get("status").asText()).isEqualTo("ACTIVE");
      String admin = adminToken(tenant);
      JsonNode settings = api.get("/api/t/" + slug + "/settings", admin).json();
      String currency = find(CURRENCY, text);
      if (currency != null) {
        assertThat(settings.at("/settings/currency").asText()).isEqualTo(currency);
      }
      JsonNode newest =
          api.get("/api/t/" + slug + "/settings/revisions", admin).json().at("/items/0");
      assertThat(newest.get("author").asText()).isIn(example.getFileName().toString(), "operator");
    }
  }

  @Test
  void applyingUnchangedFilesAgainChangesNothing() throws Exception {
    String operator = tenants.operatorToken();
    api.post("/api/platform/declarations/apply", operator, "");

    PlatformApi.Answer again = api.post("/api/platform/declarations/apply", operator, "");

    assertThat(again.status()).isEqualTo(200);
    for (JsonNode report : again.json()) {
      if (!report.get("file").asText().equals(DeployedStack.BROKEN_DECLARATION)) {
        assertThat(report.get("status").asText()).as(report.toString()).isEqualTo("UNCHANGED");
      }
    }
  }

  @Test
  void aChangedFileBecomesARevisionAuthoredByTheFile() throws Exception {
    String slug = Tenants.uniqueSlug("declared");
    String file = slug + ".yaml";
    Path folder =
        Path.of(System.getProperty("devstack.work", "target/stack"))
            .toAbsolutePath()
            .resolve("tenants");
    Files.writeString(folder.resolve(file), declaration(slug, "EUR"));
    String operator = tenants.operatorToken();

    JsonNode first =
        report(api.post("/api/platform/declarations/apply", operator, "").json(), file);
    assertThat(first.get("status").asText()).isEqualTo("SUBSCRIBED");

    Files.writeString(folder.resolve(file), declaration(slug, "USD"));
    JsonNode second =
        report(api.post("/api/platform/declarations/apply", operator, "").json(), file);

    assertThat(second.get("status").asText()).isEqualTo("APPLIED");
    assertThat(second.get("revision").asInt()).isEqualTo(first.get("revision").asInt() + 1);
    String admin = adminToken(api.get("/api/platform/tenants/" + slug, operator).json());
    JsonNode newest =
        api.get("/api/t/" + slug + "/settings/revisions", admin).json().at("/items/0");
    assertThat(newest.get("author").asText()).isEqualTo(file);
    assertThat(newest.get("reason").asText()).contains(file);
    assertThat(newest.get("changes").findValuesAsText("path")).containsExactly("currency");
    Files.delete(folder.resolve(file));
  }

  private String adminToken(JsonNode tenant) throws Exception {
    String username = tenant.at("/admin/username").asText();
    stack
        .identity()
        .setPassword(
            Realms.SALES, stack.identity().userId(Realms.SALES, username), Tenants.PASSWORD);
    return api.token(Realms.SALES, username, Tenants.PASSWORD);
  }

  private static String declaration(String slug, String currency) {
    return String.join(
        "\n",
        "slug: " + slug,
        "name: Declared " + slug,
        "admin:",
        "  email: owner@" + slug + ".example",
        "  name: Owen Owner",
        "settings:",
        "  currency: " + currency,
        "");
  }

  private static List<Path> examples() throws Exception {
    Path dist = Path.of(System.getProperty("devstack.dist", "target/dist")).resolve("tenants");
    List<Path> files = new ArrayList<>();
    try (var entries = Files.list(dist)) {
      entries.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
    }
    return files;
  }

  private static JsonNode report(JsonNode reports, String file) {
    for (JsonNode report : reports) {
      if (report.get("file").asText().equals(file)) {
        return report;
      }
    }
    throw new AssertionError("no report for " + file + " in " + reports);
  }

  private static String find(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.group(1) : null;
  }
}
