package io.salesplatform.platform.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesplatform.tenant.config.settings.AppraisalWeights;
import io.salesplatform.tenant.config.settings.TenantSettings;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Default settings: weights 40/20/15/15/10, revenue cap 120 %, 3 surveys or neutral 70, 5 new
 * customers, fulfilment full at 100 %, ratings out of 5.
 */
class ScorecardTest {

  private final Scorecard scorecard = new Scorecard(TenantSettings.defaults());

  private static RawFigures figures(
      String rep,
      String revenue,
      String goal,
      long surveys,
      String surveyMean,
      long newCustomers,
      long due,
      long onTime,
      long ratings,
      String ratingMean) {
    return new RawFigures(
        rep,
        new BigDecimal(revenue),
        goal == null ? null : new BigDecimal(goal),
        3,
        surveys,
        surveyMean == null ? null : new BigDecimal(surveyMean),
        newCustomers,
        due,
        onTime,
        ratings,
        ratingMean == null ? null : new BigDecimal(ratingMean));
  }

  @Test
  void everyCriterionScoredByItsRuleAndWeighted() {
    Scorecard.Result r =
        scorecard
            .appraise(List.of(figures("ann", "120000", "100000", 4, "80", 5, 10, 9, 2, "4")))
            .get(0);
    // revenue 120 % of goal = the cap: 100; satisfaction mean 80: 80; 5 of 5 new: 100;
    // 90 % on time: 90; mean rating 4 of 5: 80
    List<String> scores = r.criteria().stream().map(c -> c.score().toPlainString()).toList();
    assertEquals(List.of("100.00", "80.00", "100.00", "90.00", "80.00"), scores);
    // 100*.4 + 80*.2 + 100*.15 + 90*.15 + 80*.1 = 40 + 16 + 15 + 13.5 + 8
    assertEquals(new BigDecimal("92.50"), r.overall());
    assertEquals("Outstanding", r.band());
    assertEquals(1, r.rank());
    assertEquals(new BigDecimal("40.00"), r.criteria().get(0).contribution());
  }

  @Test
  void whatCannotBeMeasuredGivesItsWeightToTheRestAndSaysSo() {
    Scorecard.Result r =
        scorecard
            .appraise(List.of(figures("bob", "50000", null, 0, null, 1, 0, 0, 0, null)))
            .get(0);
    Scorecard.CriterionScore revenue = r.criteria().get(0);
    assertNull(revenue.score());
    assertEquals(BigDecimal.ZERO.setScale(2), revenue.effectiveWeight());
    assertTrue(revenue.explanation().contains("No revenue goal"), revenue.explanation());
    // satisfaction takes the neutral 70; new customers 1 of 5 = 20; fulfilment and
    // collaboration not measured: weights 20 and 15 share 100 -> 57.14 and 42.86
    Scorecard.CriterionScore satisfaction = r.criteria().get(1);
    assertEquals(new BigDecimal("70.00"), satisfaction.score());
    assertTrue(satisfaction.explanation().contains("neutral"), satisfaction.explanation());
    assertEquals(new BigDecimal("57.14"), satisfaction.effectiveWeight());
    assertEquals(new BigDecimal("42.86"), r.criteria().get(2).effectiveWeight());
    // 70 * 20/35 + 20 * 15/35 = 40 + 8.571...
    assertEquals(new BigDecimal("48.57"), r.overall());
    assertEquals("Developing", r.band());
  }

  @Test
  void equalScoresShareARankAndTheNextRankSkips() {
    List<Scorecard.Result> results =
        scorecard.appraise(
            List.of(
                figures("c", "100000", "100000", 3, "70", 2, 4, 4, 1, "3"),
                figures("a", "100000", "100000", 3, "70", 2, 4, 4, 1, "3"),
                figures("b", "0", "100000", 3, "10", 0, 4, 0, 1, "1"),
                figures("d", "200000", "100000", 3, "90", 6, 4, 4, 1, "5")));
    assertEquals(
        List.of("d", "a", "c", "b"), results.stream().map(x -> x.figures().repId()).toList());
    assertEquals(List.of(1, 2, 2, 4), results.stream().map(Scorecard.Result::rank).toList());
  }

  @Test
  void otherWeightsChangeTheOrder() {
    List<RawFigures> reps =
        List.of(
            figures("seller", "240000", "100000", 3, "40", 5, 4, 2, 1, "2"),
            figures("carer", "60000", "100000", 3, "95", 0, 4, 4, 1, "5"));
    assertEquals("seller", scorecard.appraise(reps).get(0).figures().repId());
    Scorecard caring = scorecard.weighing(new AppraisalWeights(10, 50, 10, 20, 10));
    assertEquals("carer", caring.appraise(reps).get(0).figures().repId());
  }
}
