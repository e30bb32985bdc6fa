package io.salesplatform.tenant.config.settings;

import static io.salesplatform.tenant.config.settings.Trees.defaults;
import static io.salesplatform.tenant.config.settings.Trees.defaultsWith;
import static io.salesplatform.tenant.config.settings.Trees.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsReaderTest {

  /** The violations of a tree, which must have some. */
  private static List<Violation> violations(Map<String, Object> tree) {
    SettingsReader.Result result = SettingsReader.read(tree);
    assertThat(result.valid()).as("settings are refused").isFalse();
    return result.violations();
  }

  private static List<String> paths(Map<String, Object> tree) {
    return violations(tree).stream().map(Violation::path).toList();
  }

  private static Violation onlyViolation(Map<String, Object> tree) {
    List<Violation> violations = violations(tree);
    assertThat(violations).hasSize(1);
    return violations.get(0);
  }

  @Test
  void aPluginSelectionMayLeaveOutItsExtensionButNotNameABadOne() {
    Map<String, Object> without = defaults();
    with(without, "plugins.pricing.extension", null);
    SettingsReader.Result read = SettingsReader.read(without);
    assertThat(read.valid()).isTrue();
    assertThat(read.settings().plugin(PluginPoint.PRICING).orElseThrow().extension()).isNull();

    Violation bad = onlyViolation(defaultsWith("plugins.pricing.extension", "Tiered Discounts"));
    assertThat(bad.path()).isEqualTo("plugins.pricing.extension");
    assertThat(bad.message()).contains("not an extension name");
  }

  @Test
  void theDefaultsTreeReadsBackAsTheDefaults() {
    SettingsReader.Result result = SettingsReader.read(defaults());

    assertThat(result.violations()).isEmpty();
    assertThat(result.orElseThrow()).isEqualTo(TenantSettings.defaults());
  }

  @Test
  void aResultWithViolationsThrowsThemAllOnDemand() {
    SettingsReader.Result result =
        SettingsReader.read(
            with(defaultsWith("stageDeadlines.needsAnalysis", 0), "stageDeadlines.afterSales", -1));

    assertThatThrownBy(result::orElseThrow)
        .isInstanceOfSatisfying(
            InvalidSettingsException.class,
            e -> assertThat(e.violations()).isEqualTo(result.violations()))
        .hasMessageContaining("stageDeadlines.needsAnalysis")
        .hasMessageContaining("stageDeadlines.afterSales");
  }

  @Nested
  class Appraisal {

    @Test
    void weightsMustSumToOneHundredAndTheMessageNamesTheSum() {
      Violation violation = onlyViolation(defaultsWith("appraisal.weights.salesRevenue", 45));

      assertThat(violation.path()).isEqualTo("appraisal.weights");
      assertThat(violation.message()).contains("sum to 100").contains("105");
    }

    @Test
    void eachWeightIsAPercentage() {
      Map<String, Object> tree = defaultsWith("appraisal.weights.salesRevenue", 120);
      with(tree, "appraisal.weights.customerSatisfaction", -60);

      assertThat(violations(tree))
          .extracting(Violation::path)
          .containsExactly(
              "appraisal.weights.salesRevenue", "appraisal.weights.customerSatisfaction");
    }

    @Test
    void theRevenueCapIsNeverBelowTheGoal() {
      Violation violation =
          onlyViolation(defaultsWith("appraisal.scoring.salesRevenue.capPercent", 80));

      assertThat(violation.path()).isEqualTo("appraisal.scoring.salesRevenue.capPercent");
      assertThat(violation.message()).contains("full marks for missing the goal");
    }

    @Test
    void scoringRulesStayInTheirRanges() {
      Map<String, Object> tree = defaultsWith("appraisal.scoring.newCustomers.quarterlyTarget", 0);
      with(tree, "appraisal.scoring.customerSatisfaction.neutralScore", 101);
      with(tree, "appraisal.scoring.contractFulfilment.fullScoreAtPercent", 101);
      with(tree, "appraisal.scoring.teamCollaboration.ratingScaleMax", 2);

      assertThat(paths(tree))
          .containsExactlyInAnyOrder(
              "appraisal.scoring.newCustomers.quarterlyTarget",
              "appraisal.scoring.customerSatisfaction.neutralScore",
              "appraisal.scoring.contractFulfilment.fullScoreAtPercent",
              "appraisal.scoring.teamCollaboration.ratingScaleMax");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "customerDevelopment",
        "needsAnalysis",
        "proposalAndQuote",
        "contractSigning",
        "implementationAndTracking",
        "afterSales"
      })
  void everyStageDeadlineIsPositive(String stage) {
    Violation violation = onlyViolation(defaultsWith("stageDeadlines." + stage, 0));

    assertThat(violation.path()).isEqualTo("stageDeadlines." + stage);
    assertThat(violation.message()).contains("1 to 3650 days");
  }

  @Test
  void followUpIntervalsArePositiveAndSegmentsAreNamesInLowerCase() {
    Map<String, Object> tree = defaultsWith("followUpVisits.defaultIntervalDays", 0);
    with(tree, "followUpVisits.intervalDaysBySegment.key", -5);
    with(tree, "followUpVisits.intervalDaysBySegment.Key Accounts", 30);

    assertThat(paths(tree))
        .containsExactly(
            "followUpVisits.defaultIntervalDays",
            "followUpVisits.intervalDaysBySegment.key",
            "followUpVisits.intervalDaysBySegment[\"Key Accounts\"]");
  }

  @Nested
  class Quotes {

    @Test
    void validityResponseTimeAndCreditDecisionAgeArePositive() {
      Map<String, Object> tree = defaultsWith("quotes.validityDays", 0);
      with(tree, "quotes.responseTimeHours", 0);
      with(tree, "quotes.creditDecisionMaxAgeDays", 0);

      assertThat(paths(tree))
          .containsExactly(
              "quotes.validityDays", "quotes.responseTimeHours", "quotes.creditDecisionMaxAgeDays");
    }

    @Test
    void discountThresholdsArePercentagesPerRoleId() {
      Map<String, Object> tree = defaultsWith("quotes.discountApproval.sales-rep", 101);
      with(tree, "quotes.discountApproval.Sales_Director", 20);
      with(tree, "quotes.discountApproval.sales-director", new BigDecimal("-0.5"));

      assertThat(violations(tree))
          .containsExactly(
              new Violation("quotes.discountApproval.sales-rep", "must be 0 to 100, not 101"),
              new Violation(
                  "quotes.discountApproval.Sales_Director",
                  "'Sales_Director' is not a valid role id: lower-case letters, digits and"
                      + " hyphens, starting with a letter"),
              new Violation(
                  "quotes.discountApproval.sales-director", "must be 0 to 100, not -0.5"));
    }

    @Test
    void customRolesMayHaveThresholdsWithDecimals() {
      TenantSettings settings =
          SettingsReader.read(
                  defaultsWith("quotes.discountApproval.key-account-lead", new BigDecimal("17.50")))
              .orElseThrow();

      assertThat(settings.quotes().discountApproval().get("key-account-lead"))
          .isEqualTo(new BigDecimal("17.5"));
      assertThat(
              settings
                  .quotes()
                  .maxDiscountWithoutApproval(List.of("sales-rep", "key-account-lead")))
          .isEqualTo(new BigDecimal("17.5"));
    }

    @Test
    void requiringACreditCheckRequiresACreditCheckPlugin() {
      Violation violation = onlyViolation(defaultsWith("plugins.credit-check", null));

      assertThat(violation.path()).isEqualTo("plugins.credit-check");
      assertThat(violation.message()).contains("quotes.creditCheckRequiredBeforeSending");
    }

    @Test
    void withoutACreditCheckRequirementTheCreditCheckPluginIsOptional() {
      Map<String, Object> tree = defaultsWith("plugins.credit-check", null);
      with(tree, "quotes.creditCheckRequiredBeforeSending", false);

      TenantSettings settings = SettingsReader.read(tree).orElseThrow();

      assertThat(settings.plugin(PluginPoint.CREDIT_CHECK)).isEmpty();
    }
  }

  @Test
  void complaintDeadlinesAreOrderedBySeverity() {
    Map<String, Object> tree = defaultsWith("complaints.responseHoursBySeverity.high", 2);
    with(tree, "complaints.responseHoursBySeverity.low", 48);

    assertThat(violations(tree))
        .containsExactly(
            new Violation(
                "complaints.responseHoursBySeverity.high",
                "must be at least critical's 4 hours, not 2"),
            new Violation(
                "complaints.responseHoursBySeverity.low",
                "must be at least medium's 72 hours, not 48"));
  }

  @Test
  void complaintDeadlinesArePositive() {
    Violation violation =
        onlyViolation(defaultsWith("complaints.responseHoursBySeverity.critical", 0));

    assertThat(violation.path()).isEqualTo("complaints.responseHoursBySeverity.critical");
  }

  @Test
  void goalRealismThresholdsLieEitherSideOfHistory() {
    Map<String, Object> tree = defaultsWith("goalRealism.unchallengingBelowPercent", 100);
    with(tree, "goalRealism.unrealisticAbovePercent", 100);

    assertThat(paths(tree))
        .containsExactly(
            "goalRealism.unchallengingBelowPercent", "goalRealism.unrealisticAbovePercent");
  }

  @Nested
  class RewardBands {

    private Map<String, Object> band(String name, int minScore, String kind, Object bonus) {
      Map<String, Object> outcome = new LinkedHashMap<>();
      outcome.put("kind", kind);
      if (bonus != null) {
        outcome.put("bonusPercent", bonus);
      }
      Map<String, Object> band = new LinkedHashMap<>();
      band.put("name", name);
      band.put("minScore", minScore);
      band.put("outcome", outcome);
      return band;
    }

    private Map<String, Object> withBands(List<Object> bands) {
      return defaultsWith("rewardBands", new ArrayList<>(bands));
    }

    @Test
    void namesAreUnique() {
      Violation violation =
          onlyViolation(
              withBands(
                  List.of(
                      band("Top", 80, "bonus", 10),
                      band("Rest", 40, "none", null),
                      band("Top", 0, "improvement-plan", null))));

      assertThat(violation)
          .isEqualTo(new Violation("rewardBands[2].name", "'Top' already names rewardBands[0]"));
    }

    @Test
    void minimumScoresDescendStrictly() {
      List<Violation> violations =
          violations(
              withBands(
                  List.of(
                      band("Top", 80, "bonus", 10),
                      band("Good", 80, "recognition", null),
                      band("Rest", 0, "none", null))));

      assertThat(violations).extracting(Violation::path).containsExactly("rewardBands[1].minScore");
      assertThat(violations.get(0).message()).contains("below the previous band's minimum of 80");
    }

    @Test
    void theLastBandStartsAtZeroSoThatEveryScoreHasABand() {
      Violation violation =
          onlyViolation(
              withBands(List.of(band("Top", 80, "bonus", 10), band("Rest", 20, "none", null))));

      assertThat(violation.path()).isEqualTo("rewardBands[1].minScore");
      assertThat(violation.message()).contains("start at 0");
    }

    @Test
    void thereIsAtLeastOneBand() {
      assertThat(onlyViolation(withBands(List.of())).path()).isEqualTo("rewardBands");
    }

    @Test
    void aBonusNamesItsPercentAndNothingElseDoes() {
      List<Violation> violations =
          violations(
              withBands(
                  List.of(
                      band("Top", 80, "bonus", null),
                      band("Good", 60, "recognition", 5),
                      band("Rest", 0, "none", null))));

      assertThat(violations)
          .containsExactly(
              new Violation("rewardBands[0].outcome.bonusPercent", "is required"),
              new Violation(
                  "rewardBands[1].outcome.bonusPercent",
                  "only a bonus has a bonus percent, not recognition"));
    }

    @Test
    void bonusPercentIsAboveZeroAndAtMostOneHundred() {
      Violation violation =
          onlyViolation(
              withBands(List.of(band("Top", 80, "bonus", 0), band("Rest", 0, "none", null))));

      assertThat(violation.path()).isEqualTo("rewardBands[0].outcome.bonusPercent");
    }

    @Test
    void theKindIsOneOfFour() {
      Violation violation = onlyViolation(withBands(List.of(band("All", 0, "promotion", null))));

      assertThat(violation)
          .isEqualTo(
              new Violation(
                  "rewardBands[0].outcome.kind",
                  "must be one of bonus, recognition, improvement-plan, none, not 'promotion'"));
    }
  }

  @Nested
  class Plugins {

    @Test
    void onlyTheThreeExtensionPointsAreKeys() {
      Violation violation =
          onlyViolation(defaultsWith("plugins.crm", Map.of("pluginId", "x", "version", "1.0.0")));

      assertThat(violation)
          .isEqualTo(new Violation("plugins.crm", "is not one of pricing, credit-check, survey"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tiered", "tiered_pricing", "tiered--pricing", "tiered-", "9lives"})
    void pluginIdsAreKebabCase(String pluginId) {
      Violation violation = onlyViolation(defaultsWith("plugins.pricing.pluginId", pluginId));

      assertThat(violation.path()).isEqualTo("plugins.pricing.pluginId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1.0", "1.0.0.0", "v1.0.0", "01.0.0", "1.0.0-", "latest"})
    void versionsAreSemantic(String version) {
      Violation violation = onlyViolation(defaultsWith("plugins.pricing.version", version));

      assertThat(violation.path()).isEqualTo("plugins.pricing.version");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.1.0", "1.4.12", "0.1.0-SNAPSHOT", "2.0.0-rc.1"})
    void semanticVersionsWithQualifiersAreAccepted(String version) {
      assertThat(SettingsReader.read(defaultsWith("plugins.pricing.version", version)).valid())
          .isTrue();
    }

    @Test
    void configIsAnObjectOfJsonValues() {
      Map<String, Object> config = new LinkedHashMap<>();
      config.put("maxDiscountPercent", Map.of("sales-rep", 7.5));
      config.put("regions", List.of("east", "west"));
      config.put("strict", true);
      config.put("note", null);
      TenantSettings settings =
          SettingsReader.read(defaultsWith("plugins.pricing.config", config)).orElseThrow();

      Map<String, Object> read = settings.plugin(PluginPoint.PRICING).orElseThrow().config();
      assertThat(read.get("maxDiscountPercent"))
          .isEqualTo(Map.of("sales-rep", new BigDecimal("7.5")));
      assertThat(read).containsEntry("regions", List.of("east", "west")).containsKey("note");

      assertThat(onlyViolation(defaultsWith("plugins.pricing.config", List.of())).path())
          .isEqualTo("plugins.pricing.config");
    }
  }

  @Test
  void localeIsEnglishOrSimplifiedChinese() {
    assertThat(SettingsReader.read(defaultsWith("locale", "zh-CN")).orElseThrow().locale())
        .hasToString("zh_CN");
    assertThat(onlyViolation(defaultsWith("locale", "fr")).message()).contains("use en or zh-CN");
    assertThat(onlyViolation(defaultsWith("locale", "zh_CN")).message()).contains("language tag");
  }

  @Test
  void currencyIsAnIso4217Code() {
    assertThat(SettingsReader.read(defaultsWith("currency", "CNY")).orElseThrow().currency())
        .hasToString("CNY");
    assertThat(onlyViolation(defaultsWith("currency", "EURO")).path()).isEqualTo("currency");
    assertThat(onlyViolation(defaultsWith("currency", "eur")).path()).isEqualTo("currency");
  }

  @Test
  void timeZoneIsAnIanaRegion() {
    assertThat(
            SettingsReader.read(defaultsWith("timeZone", "Asia/Shanghai")).orElseThrow().timeZone())
        .hasToString("Asia/Shanghai");
    assertThat(onlyViolation(defaultsWith("timeZone", "Mars/Olympus")).message())
        .contains("IANA time zone");
  }

  @Nested
  class Shape {

    @Test
    void missingFieldsAreRequired() {
      Map<String, Object> tree = defaultsWith("appraisal.weights.teamCollaboration", null);
      with(tree, "currency", null);

      assertThat(violations(tree))
          .containsExactly(
              new Violation("appraisal.weights.teamCollaboration", "is required"),
              new Violation("currency", "is required"));
    }

    @Test
    void unknownKeysAreRefusedWithTheirPath() {
      Map<String, Object> tree = defaultsWith("quotes.validityDay", 30);
      with(tree, "theme", "dark");

      List<Violation> violations = violations(tree);
      assertThat(violations)
          .extracting(Violation::path)
          .containsExactly("quotes.validityDay", "theme");
      assertThat(violations.get(0).message())
          .startsWith("is not a setting here; expected validityDays, responseTimeHours");
    }

    @Test
    void wrongTypesAreNamed() {
      Map<String, Object> tree = defaultsWith("stageDeadlines.needsAnalysis", "14");
      with(tree, "quotes.creditCheckRequiredBeforeSending", "yes");
      with(tree, "appraisal", List.of());
      with(tree, "rewardBands", Map.of());

      assertThat(violations(tree))
          .containsExactly(
              new Violation("appraisal", "must be an object, not a list"),
              new Violation("stageDeadlines.needsAnalysis", "must be a whole number, not '14'"),
              new Violation(
                  "quotes.creditCheckRequiredBeforeSending", "must be true or false, not 'yes'"),
              new Violation("rewardBands", "must be a list, not an object"));
    }

    @Test
    void wholeNumbersMayComeAsAnyNumberTypeButNotWithAFraction() {
      Map<String, Object> tree = defaultsWith("stageDeadlines.needsAnalysis", 14L);
      with(tree, "stageDeadlines.afterSales", new BigDecimal("30.0"));
      with(tree, "stageDeadlines.contractSigning", BigInteger.valueOf(21));
      with(tree, "stageDeadlines.proposalAndQuote", 7.0d);

      StageDeadlines deadlines = SettingsReader.read(tree).orElseThrow().stageDeadlines();
      assertThat(deadlines.needsAnalysis()).isEqualTo(14);
      assertThat(deadlines.afterSales()).isEqualTo(30);
      assertThat(deadlines.contractSigning()).isEqualTo(21);
      assertThat(deadlines.proposalAndQuote()).isEqualTo(7);

      assertThat(onlyViolation(defaultsWith("stageDeadlines.afterSales", new BigDecimal("30.5"))))
          .isEqualTo(
              new Violation("stageDeadlines.afterSales", "must be a whole number, not 30.5"));
      assertThat(onlyViolation(defaultsWith("stageDeadlines.afterSales", 1L << 40)).message())
          .startsWith("is out of range");
      assertThat(onlyViolation(defaultsWith("stageDeadlines.afterSales", Double.NaN)).message())
          .startsWith("must be a whole number");
    }

    @Test
    void aTreeThatIsNotAnObjectIsRefusedAtTheRoot() {
      SettingsReader.Result result = SettingsReader.read(List.of());

      assertThat(result.violations())
          .containsExactly(new Violation("", "must be an object, not a list"));
    }
  }

  @Test
  void everyViolationAcrossTheSettingsIsReportedAtOnce() {
    Map<String, Object> tree = defaultsWith("appraisal.weights.salesRevenue", 30);
    with(tree, "stageDeadlines.needsAnalysis", 0);
    with(tree, "followUpVisits.intervalDaysBySegment.strategic", 0);
    with(tree, "quotes.discountApproval.sales-rep", 150);
    with(tree, "complaints.responseHoursBySeverity.critical", 500);
    with(tree, "goalRealism.unrealisticAbovePercent", 90);
    with(tree, "rewardBands[4].minScore", 10);
    with(tree, "plugins.survey.version", "latest");
    with(tree, "currency", "XXXX");
    with(tree, "timeZone", "Nowhere");
    with(tree, "colour", "blue");

    assertThat(paths(tree))
        .containsExactly(
            "appraisal.weights",
            "stageDeadlines.needsAnalysis",
            "followUpVisits.intervalDaysBySegment.strategic",
            "quotes.discountApproval.sales-rep",
            "complaints.responseHoursBySeverity.high",
            "goalRealism.unrealisticAbovePercent",
            "rewardBands[4].minScore",
            "plugins.survey.version",
            "currency",
            "timeZone",
            "colour");
  }

  @Nested
  class OverDefaults {

    @Test
    void aPartialTreeNamesOnlyWhatDiffers() {
      Map<String, Object> partial =
          Map.of(
              "currency",
              "EUR",
              "appraisal",
              Map.of("weights", Map.of("salesRevenue", 30, "customerSatisfaction", 30)));

      TenantSettings settings = SettingsReader.readOverDefaults(partial).orElseThrow();

      assertThat(settings.currency()).hasToString("EUR");
      assertThat(settings.appraisal().weights())
          .isEqualTo(new AppraisalWeights(30, 30, 15, 15, 10));
      assertThat(settings.stageDeadlines()).isEqualTo(TenantSettings.defaults().stageDeadlines());
    }

    @Test
    void nothingDeclaredMeansTheDefaults() {
      assertThat(SettingsReader.readOverDefaults(null).orElseThrow())
          .isEqualTo(TenantSettings.defaults());
      assertThat(SettingsReader.readOverDefaults(Map.of()).orElseThrow())
          .isEqualTo(TenantSettings.defaults());
    }

    @Test
    void rulesApplyToTheMergedSettings() {
      Violation violation =
          SettingsReader.readOverDefaults(
                  Map.of("appraisal", Map.of("weights", Map.of("salesRevenue", 50))))
              .violations()
              .get(0);

      assertThat(violation.path()).isEqualTo("appraisal.weights");
      assertThat(violation.message()).contains("110");
    }

    @Test
    void nullRemovesAPluginSelection() {
      Map<String, Object> partial = new LinkedHashMap<>();
      Map<String, Object> plugins = new LinkedHashMap<>();
      plugins.put("survey", null);
      partial.put("plugins", plugins);

      TenantSettings settings = SettingsReader.readOverDefaults(partial).orElseThrow();

      assertThat(settings.plugin(PluginPoint.SURVEY)).isEmpty();
      assertThat(settings.plugin(PluginPoint.PRICING)).isPresent();
    }

    @Test
    void overOtherSettingsAsForAPartialUpdate() {
      TenantSettings base =
          SettingsReader.readOverDefaults(Map.of("currency", "CNY")).orElseThrow();

      TenantSettings updated =
          SettingsReader.readOver(base, Map.of("timeZone", "Asia/Shanghai")).orElseThrow();

      assertThat(updated.currency()).hasToString("CNY");
      assertThat(updated.timeZone()).hasToString("Asia/Shanghai");
    }

    @Test
    void aPartialTreeThatIsNotAnObjectIsRefused() {
      assertThat(SettingsReader.readOverDefaults("weights: 100").violations())
          .containsExactly(new Violation("", "settings must be an object, not 'weights: 100'"));
    }
  }
}
