package io.salesplatform.tenant.config.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesplatform.tenant.config.settings.AppraisalWeights;
import io.salesplatform.tenant.config.settings.PluginPoint;
import io.salesplatform.tenant.config.settings.RewardBand;
import io.salesplatform.tenant.config.settings.TenantSettings;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeclarationReaderTest {

  private static final String HEAD =
      """
      slug: acme
      name: Acme Software
      admin:
        email: ann@acme.example
        name: Ann Smith
      """;

  private static DeclarationReader.Result read(String yaml) {
    return DeclarationReader.read("acme.yaml", yaml);
  }

  private static List<String> problems(String yaml) {
    DeclarationReader.Result result = read(yaml);
    assertThat(result.valid()).as("the file is refused").isFalse();
    assertThat(result.declaration()).isNull();
    assertThat(result.settings()).isNull();
    return result.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void theNorthwindExampleDeclaresAChineseSoftwareVendor() {
    DeclarationReader.Result result =
        DeclarationReader.read(Path.of("examples/northwind-systems.yaml"));

    assertThat(result.problems()).isEmpty();
    TenantDeclaration declaration = result.declaration();
    assertThat(declaration.slug()).isEqualTo("northwind-systems");
    assertThat(declaration.admin().declaredUsername()).hasValue("li.wei");
    TenantSettings settings = result.settings();
    assertThat(settings.currency().getCurrencyCode()).isEqualTo("CNY");
    assertThat(settings.timeZone().getId()).isEqualTo("Asia/Shanghai");
    assertThat(settings.locale().toLanguageTag()).isEqualTo("zh-CN");
    assertThat(settings.appraisal().weights()).isEqualTo(new AppraisalWeights(50, 15, 15, 10, 10));
    assertThat(settings.followUpVisits().intervalDaysBySegment())
        .as("segments merge with the defaults")
        .containsEntry("standard", 90)
        .containsEntry("channel-partner", 60);
    assertThat(settings.quotes().discountApproval().get("sales-manager"))
        .isEqualTo(new BigDecimal("12.5"));
    assertThat(settings.rewardBands()).extracting(RewardBand::name).startsWith("卓越");
    assertThat(settings.plugin(PluginPoint.PRICING).orElseThrow().pluginId())
        .as("a plugin's configuration is set without naming the plugin again")
        .isEqualTo("tiered-pricing");
    assertThat(settings.plugin(PluginPoint.CREDIT_CHECK).orElseThrow().config())
        .containsEntry("creditLimit", 2_000_000);
  }

  @Test
  void theBluepeakExampleDeclaresAEuropeanCloudProvider() {
    DeclarationReader.Result result =
        DeclarationReader.read(Path.of("examples/bluepeak-cloud.yaml"));

    assertThat(result.problems()).isEmpty();
    TenantSettings settings = result.settings();
    assertThat(settings.currency().getCurrencyCode()).isEqualTo("EUR");
    assertThat(settings.timeZone().getId()).isEqualTo("Europe/Berlin");
    assertThat(settings.quotes().creditCheckRequiredBeforeSending()).isTrue();
    assertThat(settings.quotes().creditDecisionMaxAgeDays()).isEqualTo(30);
    assertThat(settings.complaints().responseHoursBySeverity().critical()).isEqualTo(1);
    assertThat(settings.rewardBands()).hasSize(4);
    assertThat(settings.rewardBands().get(0).outcome().bonusPercent())
        .isEqualTo(new BigDecimal("12.5"));
    assertThat(result.declaration().admin().declaredUsername()).isEmpty();
  }

  @Test
  void aFileWithoutSettingsDeclaresTheDefaults() {
    DeclarationReader.Result result = read(HEAD);

    assertThat(result.problems()).isEmpty();
    assertThat(result.settings()).isEqualTo(TenantSettings.defaults());
    assertThat(result.declaration().settings()).isEmpty();
    assertThat(result.declaration().tenantSlug().value()).isEqualTo("acme");
  }

  @Test
  void aSyntaxErrorNamesItsLine() {
    assertThat(
            problems(
                HEAD
                    + """
                    settings:
                      currency: EUR
                       timeZone: Europe/Berlin
                    """))
        .singleElement()
        .satisfies(
            problem ->
                assertThat(problem)
                    .startsWith("acme.yaml:8: not valid YAML: ")
                    .contains("mapping"));
  }

  @Test
  void anUnclosedBracketNamesTheLineWhereTheParserGaveUp() {
    List<Problem> problems =
        read(HEAD + "settings:\n  quotes: {validityDays: 14\n  currency: EUR\n").problems();

    assertThat(problems).singleElement().extracting(Problem::line).isIn(7, 8, 9);
  }

  @Test
  void aRuleBrokenDeepInTheFileNamesTheLineOfTheOffendingNode() {
    String yaml =
        HEAD
            + """
            settings:
              appraisal:
                weights:
                  salesRevenue: 50
              rewardBands:
                - name: Top
                  minScore: 80
                  outcome: {kind: bonus, bonusPercent: 0}
                - name: Rest
                  minScore: 0
                  outcome:
                    kind: none
            """;

    assertThat(problems(yaml))
        .containsExactly(
            "acme.yaml:8: settings.appraisal.weights: the weights must sum to 100, but they sum to"
                + " 110",
            "acme.yaml:13: settings.rewardBands[0].outcome.bonusPercent: must be above 0 and at"
                + " most 100, not 0");
  }

  @Test
  void somethingMissingIsReportedAtItsNearestParent() {
    String yaml =
        HEAD
            + """
            settings:
              rewardBands:
                - name: Everyone
                  outcome: {kind: none}
            """;

    assertThat(problems(yaml))
        .containsExactly("acme.yaml:8: settings.rewardBands[0].minScore: is required");
  }

  @Test
  void unknownKeysAreReportedOnTheirLine() {
    String yaml =
        HEAD
            + """
            region: eu
            settings:
              quotes:
                validityDay: 14
            """;

    assertThat(problems(yaml))
        .containsExactly(
            "acme.yaml:6: region: is not part of a tenant declaration; expected slug, name, admin,"
                + " settings",
            "acme.yaml:9: settings.quotes.validityDay: is not a setting here; expected"
                + " validityDays, responseTimeHours, discountApproval,"
                + " creditCheckRequiredBeforeSending, creditDecisionMaxAgeDays");
  }

  @Test
  void theSlugNameAndAdminAreChecked() {
    String yaml =
        """
        slug: Acme Corp
        name: ""
        admin:
          email: ann-at-acme
          username: Ann Smith
        """;

    assertThat(problems(yaml))
        .containsExactly(
            "acme.yaml:1: slug: a slug has lower-case letters, digits and single hyphens, starts"
                + " with a letter and does not end with a hyphen",
            "acme.yaml:2: name: must be 1 to 200 characters",
            "acme.yaml:3: admin.name: is required",
            "acme.yaml:4: admin.email: 'ann-at-acme' is not an email address",
            "acme.yaml:5: admin.username: 'Ann Smith' is not a username: lower-case letters,"
                + " digits, '.', '_', '-' and '@'");
  }

  @Test
  void missingTopLevelFieldsAreReportedAtTheFirstLine() {
    assertThat(problems("name: Acme\n"))
        .containsExactly("acme.yaml:1: slug: is required", "acme.yaml:1: admin: is required");
  }

  @Test
  void aKeyGivenTwiceIsRefused() {
    assertThat(problems(HEAD + "settings:\n  currency: EUR\n  currency: CNY\n"))
        .containsExactly("acme.yaml:8: settings.currency: is given twice; the first is on line 7");
  }

  @Test
  void valuesOfTheWrongTypeAreNamed() {
    assertThat(problems(HEAD + "settings:\n  stageDeadlines:\n    needsAnalysis: \"14\"\n"))
        .containsExactly(
            "acme.yaml:8: settings.stageDeadlines.needsAnalysis: must be a whole number, not '14'");
  }

  @Test
  void aNullRemovesADefaultPluginSelectionAndTheRulesStillApply() {
    DeclarationReader.Result withoutSurvey = read(HEAD + "settings:\n  plugins:\n    survey: ~\n");

    assertThat(withoutSurvey.settings().plugin(PluginPoint.SURVEY)).isEmpty();
    assertThat(problems(HEAD + "settings:\n  plugins:\n    credit-check:\n"))
        .containsExactly(
            "acme.yaml:8: settings.plugins.credit-check: is required while"
                + " quotes.creditCheckRequiredBeforeSending is true");
  }

  @Test
  void aValueYamlCannotReadIsReportedOnceNotAlsoAsMissing() {
    assertThat(problems(HEAD + "settings:\n  currency: !money EUR\n  timeZone: .inf\n"))
        .containsExactly(
            "acme.yaml:7: settings.currency: could not determine a constructor for the tag !money",
            "acme.yaml:8: settings.timeZone: must be a finite number");
  }

  @Test
  void everyProblemInTheFileIsReportedAtOnceInLineOrder() {
    String yaml =
        """
        slug: api
        name: Acme
        admin: {email: ann@acme.example, name: Ann}
        settings:
          locale: fr
          stageDeadlines: {needsAnalysis: 0}
          quotes:
            discountApproval: {Sales Rep: 10}
        """;

    assertThat(read(yaml).problems()).extracting(Problem::line).containsExactly(1, 5, 6, 8);
  }

  @Test
  void decimalsAreReadExactly() {
    DeclarationReader.Result result =
        read(HEAD + "settings:\n  quotes:\n    discountApproval: {sales-rep: 7.35}\n");

    assertThat(result.settings().quotes().discountApproval().get("sales-rep"))
        .isEqualTo(new BigDecimal("7.35"));
  }

  @Test
  void oneFileDeclaresOneTenant() {
    assertThat(problems(HEAD + "---\n" + HEAD))
        .containsExactly(
            "acme.yaml:7: declares one tenant per file; this is a second YAML document");
    assertThat(problems("")).containsExactly("acme.yaml:1: declares no tenant");
    assertThat(problems("- acme\n"))
        .containsExactly(
            "acme.yaml:1: a tenant declaration is a mapping with slug, name, admin, settings");
  }

  @Test
  void problemsReadAsFileLinePathAndMessage() {
    assertThat(new Problem("t/acme.yaml", 12, "settings.appraisal.weights", "must sum to 100"))
        .hasToString("t/acme.yaml:12: settings.appraisal.weights: must sum to 100");
    assertThat(new Problem("t/acme.yaml", 1, "", "declares no tenant"))
        .hasToString("t/acme.yaml:1: declares no tenant");
  }

  @Test
  void aFileThatCannotBeReadIsAProblemOfItsOwn(@TempDir Path directory) {
    Path missing = directory.resolve("missing.yaml");

    DeclarationReader.Result result = DeclarationReader.read(missing);

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(missing.toString());
              assertThat(p.line()).isZero();
            });
  }

  @Test
  void aDirectoryIsReadFileByFileAndASecondClaimOnASlugIsRefused(@TempDir Path directory)
      throws IOException {
    Files.writeString(directory.resolve("a-acme.yaml"), HEAD);
    Files.writeString(directory.resolve("b-acme-again.yml"), HEAD);
    Files.writeString(directory.resolve("c-broken.yaml"), "slug: [");
    Files.writeString(directory.resolve("notes.txt"), "not a declaration");

    List<DeclarationReader.Result> results = DeclarationReader.readDirectory(directory);

    assertThat(results)
        .extracting(DeclarationReader.Result::valid)
        .containsExactly(true, false, false);
    assertThat(results.get(1).problems())
        .singleElement()
        .hasToString(
            directory.resolve("b-acme-again.yml")
                + ":1: slug: 'acme' is already declared in "
                + directory.resolve("a-acme.yaml"));
  }

  @Test
  void aValidFileTellsTheLineOfAnyPathForProblemsFoundLater() {
    DeclarationReader.Result read =
        DeclarationReader.read(
            "later.yaml",
            String.join(
                "\n",
                "slug: later-co",
                "name: Later Co",
                "admin:",
                "  email: ann@later.example",
                "  name: Ann Later",
                "settings:",
                "  plugins:",
                "    credit-check:",
                "      pluginId: credit-limit",
                "      version: 0.1.0-SNAPSHOT",
                "      config:",
                "        creditLimit: lots",
                ""));

    org.assertj.core.api.Assertions.assertThat(read.valid()).isTrue();
    org.assertj.core.api.Assertions.assertThat(
            read.lineOf("settings.plugins.credit-check.config.creditLimit"))
        .isEqualTo(12);
    org.assertj.core.api.Assertions.assertThat(
            read.lineOf("settings.plugins.credit-check.config.other"))
        .isEqualTo(11);
  }
}
