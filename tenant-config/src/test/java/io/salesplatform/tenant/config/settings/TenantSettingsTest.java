package io.salesplatform.tenant.config.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantSettingsTest {

  private final TenantSettings defaults = TenantSettings.defaults();

  @Test
  void defaultsLetANewTenantWorkAtOnce() {
    assertThat(defaults.appraisal().weights()).isEqualTo(new AppraisalWeights(40, 20, 15, 15, 10));
    assertThat(defaults.stageDeadlines()).isEqualTo(new StageDeadlines(30, 14, 10, 14, 90, 30));
    assertThat(defaults.followUpVisits().intervalDaysFor("strategic")).isEqualTo(30);
    assertThat(defaults.quotes().creditCheckRequiredBeforeSending())
        .as("policy 7.2: credit is checked before a quote is sent")
        .isTrue();
    assertThat(defaults.plugins().keySet()).containsExactly(PluginPoint.values());
    assertThat(defaults.plugin(PluginPoint.PRICING).orElseThrow().pluginId())
        .isEqualTo("tiered-pricing");
    assertThat(defaults.plugin(PluginPoint.CREDIT_CHECK).orElseThrow().pluginId())
        .isEqualTo("credit-limit");
    assertThat(defaults.plugin(PluginPoint.SURVEY).orElseThrow().pluginId())
        .isEqualTo("nps-survey");
    assertThat(defaults.rewardBands())
        .extracting(RewardBand::minScore)
        .containsExactly(90, 75, 60, 40, 0);
    assertThat(defaults.locale().toLanguageTag()).isEqualTo("en");
    assertThat(defaults.currency().getCurrencyCode()).isEqualTo("USD");
    assertThat(defaults.timeZone().getId()).isEqualTo("UTC");
  }

  @Test
  void buildingInvalidSettingsInCodeIsRefusedWithEveryViolation() {
    assertThatThrownBy(() -> new AppraisalWeights(50, 50, 50, -1, 0))
        .isInstanceOfSatisfying(
            InvalidSettingsException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation("contractFulfilment", "must be 0 to 100, not -1"),
                        new Violation("", "the weights must sum to 100, but they sum to 149")));
  }

  @Test
  void settingsCannotBeChangedThroughTheirCollections() {
    assertThatThrownBy(() -> defaults.rewardBands().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> defaults.plugins().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> defaults.quotes().discountApproval().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    PluginSelection selection =
        new PluginSelection("tiered-pricing", "1.0.0", Map.of("tiers", List.of(1, 2)));
    assertThatThrownBy(() -> ((List<?>) selection.config().get("tiers")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void decimalPercentagesEqualWhateverTheirScale() {
    assertThat(RewardOutcome.bonus(new BigDecimal("5.00")))
        .isEqualTo(RewardOutcome.bonus(BigDecimal.valueOf(5)));
  }

  @Test
  void revenueScoresScaleSoThatTheCapEarnsFullMarks() {
    RevenueScoring scoring = new RevenueScoring(120);

    assertThat(scoring.score(BigDecimal.valueOf(120))).isEqualByComparingTo("100");
    assertThat(scoring.score(BigDecimal.valueOf(180))).isEqualByComparingTo("100");
    assertThat(scoring.score(BigDecimal.valueOf(100))).isEqualByComparingTo("83.33");
    assertThat(scoring.score(BigDecimal.valueOf(60))).isEqualByComparingTo("50");
    assertThat(scoring.score(BigDecimal.valueOf(-5))).isEqualByComparingTo("0");
  }

  @Test
  void satisfactionIsTheMeanSurveyScoreOnceEnoughCustomersAnswered() {
    SatisfactionScoring scoring = new SatisfactionScoring(3, 70);

    assertThat(scoring.score(List.of(90, 80))).isEqualByComparingTo("70");
    assertThat(scoring.score(List.of(90, 80, 85))).isEqualByComparingTo("85");
    assertThat(new SatisfactionScoring(0, 70).score(List.of())).isEqualByComparingTo("70");
  }

  @Test
  void countsRatesAndRatingsScaleToTheirFullMark() {
    assertThat(new NewCustomerScoring(4).score(3)).isEqualByComparingTo("75");
    assertThat(new NewCustomerScoring(4).score(9)).isEqualByComparingTo("100");
    assertThat(new FulfilmentScoring(95).score(BigDecimal.valueOf(95))).isEqualByComparingTo("100");
    assertThat(new FulfilmentScoring(100).score(BigDecimal.valueOf(90))).isEqualByComparingTo("90");
    assertThat(new CollaborationScoring(5).score(new BigDecimal("4.2"))).isEqualByComparingTo("84");
  }

  @Test
  void theOverallScoreIsTheWeightedMeanOfTheCriteria() {
    BigDecimal overall =
        defaults
            .appraisal()
            .weights()
            .overallScore(
                BigDecimal.valueOf(100),
                BigDecimal.valueOf(50),
                BigDecimal.valueOf(100),
                BigDecimal.valueOf(0),
                BigDecimal.valueOf(100));

    assertThat(overall).isEqualByComparingTo("75");
  }

  @Test
  void aScoreFallsInTheFirstBandWhoseMinimumItReaches() {
    assertThat(defaults.rewardBandFor(BigDecimal.valueOf(95)).name()).isEqualTo("Outstanding");
    assertThat(defaults.rewardBandFor(BigDecimal.valueOf(75)).name()).isEqualTo("Strong");
    assertThat(defaults.rewardBandFor(new BigDecimal("74.99")).name()).isEqualTo("Solid");
    assertThat(defaults.rewardBandFor(BigDecimal.ZERO).outcome().kind())
        .isEqualTo(RewardOutcome.Kind.IMPROVEMENT_PLAN);
  }

  @Test
  void goalsFarFromHistoryAreFlagged() {
    GoalRealism realism = defaults.goalRealism();
    BigDecimal history = BigDecimal.valueOf(1_000_000);

    assertThat(realism.assess(BigDecimal.valueOf(850_000), history))
        .isEqualTo(GoalRealism.Assessment.UNCHALLENGING);
    assertThat(realism.assess(BigDecimal.valueOf(900_000), history))
        .isEqualTo(GoalRealism.Assessment.REALISTIC);
    assertThat(realism.assess(BigDecimal.valueOf(1_500_000), history))
        .isEqualTo(GoalRealism.Assessment.REALISTIC);
    assertThat(realism.assess(BigDecimal.valueOf(1_500_001), history))
        .isEqualTo(GoalRealism.Assessment.UNREALISTIC);
    assertThat(realism.assess(BigDecimal.valueOf(5), BigDecimal.ZERO))
        .as("without history there is nothing to compare with")
        .isEqualTo(GoalRealism.Assessment.REALISTIC);
  }

  @Test
  void aRoleMayGrantTheMostGenerousDiscountOfItsRolesAndUnlistedRolesNone() {
    QuoteSettings quotes = defaults.quotes();

    assertThat(quotes.maxDiscountWithoutApproval(List.of("sales-rep", "sales-manager")))
        .isEqualByComparingTo("25");
    assertThat(quotes.maxDiscountWithoutApproval(List.of("marketing"))).isEqualByComparingTo("0");
  }

  @Test
  void customersOfUnlistedSegmentsAreVisitedAtTheDefaultInterval() {
    assertThat(defaults.followUpVisits().intervalDaysFor("unknown")).isEqualTo(90);
    assertThat(defaults.followUpVisits().intervalDaysFor(null)).isEqualTo(90);
  }
}
