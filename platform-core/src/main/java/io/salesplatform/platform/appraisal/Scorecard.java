package io.salesplatform.platform.appraisal;

import io.salesplatform.tenant.config.settings.AppraisalScoring;
import io.salesplatform.tenant.config.settings.AppraisalSettings;
import io.salesplatform.tenant.config.settings.AppraisalWeights;
import io.salesplatform.tenant.config.settings.RewardBand;
import io.salesplatform.tenant.config.settings.RewardOutcome;
import io.salesplatform.tenant.config.settings.TenantSettings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns each rep's raw figures into criterion scores, an overall score, a rank and a reward band,
 * keeping every step visible (policy chapter 6: fair, just and open; 8.3).
 *
 * <p>A criterion without anything to measure (no revenue goal set, no obligation due, nobody rated)
 * is not scored: its weight is shared among the rep's scored criteria in proportion to theirs, so
 * nobody gains or loses from what could not be measured, and the explanation says so. Customer
 * satisfaction is always scored: below the minimum number of answers it takes the company's neutral
 * score.
 */
public final class Scorecard {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final AppraisalSettings appraisal;
  private final TenantSettings settings;

  /** Scores by the company's settings. */
  public Scorecard(TenantSettings settings) {
    this(settings.appraisal(), settings);
  }

  private Scorecard(AppraisalSettings appraisal, TenantSettings settings) {
    this.appraisal = appraisal;
    this.settings = settings;
  }

  /** The same scorecard with other weights, to preview them (what-if). */
  public Scorecard weighing(AppraisalWeights weights) {
    return new Scorecard(new AppraisalSettings(weights, appraisal.scoring()), settings);
  }

  /**
   * One criterion of one rep.
   *
   * @param criterion which
   * @param raw the raw figure, or null when there was nothing to measure
   * @param unit what the raw figure counts
   * @param score 0 to 100, or null when not scored
   * @param weight the company's weight for the criterion
   * @param effectiveWeight the weight it counted with for this rep, after sharing out the weight of
   *     criteria that were not scored (two decimals)
   * @param contribution score × effective weight ÷ 100, its part of the overall score
   * @param explanation how the score came about, in one sentence
   */
  public record CriterionScore(
      Criterion criterion,
      BigDecimal raw,
      String unit,
      BigDecimal score,
      int weight,
      BigDecimal effectiveWeight,
      BigDecimal contribution,
      String explanation) {}

  /**
   * One rep's result.
   *
   * @param figures the raw figures it came from
   * @param criteria the five criteria in the policy's order
   * @param overall the overall score, 0 to 100, two decimals
   * @param rank 1 for the best; equal scores share a rank
   * @param band the reward band the overall score falls in
   * @param outcome what the band earns
   */
  public record Result(
      RawFigures figures,
      List<CriterionScore> criteria,
      BigDecimal overall,
      int rank,
      String band,
      RewardOutcome outcome) {}

  /** Every rep's result, best first. */
  public List<Result> appraise(List<RawFigures> reps) {
    List<Unranked> unranked = new ArrayList<>();
    for (RawFigures figures : reps) {
      unranked.add(score(figures));
    }
    unranked.sort(
        Comparator.comparing(Unranked::overall).reversed().thenComparing(u -> u.figures().repId()));
    List<Result> results = new ArrayList<>();
    int rank = 0;
    BigDecimal previous = null;
    for (int i = 0; i < unranked.size(); i++) {
      Unranked u = unranked.get(i);
      if (previous == null || u.overall().compareTo(previous) != 0) {
        rank = i + 1;
        previous = u.overall();
      }
      RewardBand band = settings.rewardBandFor(u.overall());
      results.add(
          new Result(u.figures(), u.criteria(), u.overall(), rank, band.name(), band.outcome()));
    }
    return results;
  }

  private record Unranked(RawFigures figures, List<CriterionScore> criteria, BigDecimal overall) {}

  private record Measured(BigDecimal raw, String unit, BigDecimal score, String explanation) {}

  private Unranked score(RawFigures f) {
    AppraisalScoring scoring = appraisal.scoring();
    Map<Criterion, Measured> measured = new EnumMap<>(Criterion.class);

    if (f.revenueGoal() == null || f.revenueGoal().signum() == 0) {
      measured.put(
          Criterion.SALES_REVENUE,
          new Measured(
              null,
              "percent of goal",
              null,
              "No revenue goal was set for the rep in the quarter, so revenue ("
                  + plain(f.revenue())
                  + " from "
                  + f.contracts()
                  + " contracts) is not scored."));
    } else {
      BigDecimal percent = percent(f.revenue(), f.revenueGoal());
      measured.put(
          Criterion.SALES_REVENUE,
          new Measured(
              percent,
              "percent of goal",
              scoring.salesRevenue().score(percent),
              plain(f.revenue())
                  + " signed in "
                  + f.contracts()
                  + " contracts against a goal of "
                  + plain(f.revenueGoal())
                  + " is "
                  + percent.toPlainString()
                  + "%; "
                  + scoring.salesRevenue().capPercent()
                  + "% or more scores 100."));
    }

    var satisfaction = scoring.customerSatisfaction();
    if (satisfaction.counts(f.surveys())) {
      measured.put(
          Criterion.CUSTOMER_SATISFACTION,
          new Measured(
              round(f.surveyMean()),
              "mean survey score",
              satisfaction.score(f.surveys(), f.surveyMean()),
              f.surveys()
                  + " answered surveys scored "
                  + round(f.surveyMean()).toPlainString()
                  + " on average (0 to 100)."));
    } else {
      measured.put(
          Criterion.CUSTOMER_SATISFACTION,
          new Measured(
              f.surveyMean() == null ? null : round(f.surveyMean()),
              "mean survey score",
              satisfaction.score(f.surveys(), f.surveyMean()),
              f.surveys()
                  + " answered surveys, fewer than the "
                  + Math.max(1, satisfaction.minimumResponses())
                  + " needed, so the neutral score "
                  + satisfaction.neutralScore()
                  + " applies."));
    }

    int target = scoring.newCustomers().quarterlyTarget();
    measured.put(
        Criterion.NEW_CUSTOMERS,
        new Measured(
            BigDecimal.valueOf(f.newCustomers()),
            "customers",
            scoring.newCustomers().score((int) Math.min(Integer.MAX_VALUE, f.newCustomers())),
            f.newCustomers()
                + " new customers won against "
                + target
                + " expected per quarter for the full score."));

    if (f.obligationsDue() == 0) {
      measured.put(
          Criterion.CONTRACT_FULFILMENT,
          new Measured(
              null,
              "percent on time",
              null,
              "No obligation of the rep's contracts was due in the quarter, so fulfilment is not"
                  + " scored."));
    } else {
      BigDecimal rate =
          percent(
              BigDecimal.valueOf(f.obligationsMetOnTime()), BigDecimal.valueOf(f.obligationsDue()));
      measured.put(
          Criterion.CONTRACT_FULFILMENT,
          new Measured(
              rate,
              "percent on time",
              scoring.contractFulfilment().score(rate),
              f.obligationsMetOnTime()
                  + " of "
                  + f.obligationsDue()
                  + " obligations due were met on time ("
                  + rate.toPlainString()
                  + "%); "
                  + scoring.contractFulfilment().fullScoreAtPercent()
                  + "% scores 100."));
    }

    if (f.ratings() == 0 || f.ratingMean() == null) {
      measured.put(
          Criterion.TEAM_COLLABORATION,
          new Measured(
              null,
              "mean rating",
              null,
              "Nobody rated the rep's collaboration for the quarter, so it is not scored."));
    } else {
      measured.put(
          Criterion.TEAM_COLLABORATION,
          new Measured(
              round(f.ratingMean()),
              "mean rating",
              scoring.teamCollaboration().score(f.ratingMean()),
              f.ratings()
                  + " ratings by the manager and peers average "
                  + round(f.ratingMean()).toPlainString()
                  + " of "
                  + scoring.teamCollaboration().ratingScaleMax()
                  + "."));
    }

    Map<Criterion, Integer> weights = weights(appraisal.weights());
    int scoredWeight =
        measured.entrySet().stream()
            .filter(e -> e.getValue().score() != null)
            .mapToInt(e -> weights.get(e.getKey()))
            .sum();
    List<CriterionScore> criteria = new ArrayList<>();
    BigDecimal overall = BigDecimal.ZERO;
    for (Criterion criterion : Criterion.values()) {
      Measured m = measured.get(criterion);
      int weight = weights.get(criterion);
      BigDecimal effective;
      BigDecimal contribution;
      if (m.score() == null || scoredWeight == 0) {
        effective = BigDecimal.ZERO.setScale(2);
        contribution = BigDecimal.ZERO.setScale(2);
      } else {
        effective =
            BigDecimal.valueOf(weight)
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(scoredWeight), 10, RoundingMode.HALF_UP);
        contribution = m.score().multiply(effective).divide(HUNDRED, 10, RoundingMode.HALF_UP);
        overall = overall.add(contribution);
      }
      criteria.add(
          new CriterionScore(
              criterion,
              m.raw(),
              m.unit(),
              m.score(),
              weight,
              effective.setScale(2, RoundingMode.HALF_UP),
              contribution.setScale(2, RoundingMode.HALF_UP),
              m.explanation()));
    }
    return new Unranked(f, List.copyOf(criteria), overall.setScale(2, RoundingMode.HALF_UP));
  }

  static Map<Criterion, Integer> weights(AppraisalWeights w) {
    Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
    weights.put(Criterion.SALES_REVENUE, w.salesRevenue());
    weights.put(Criterion.CUSTOMER_SATISFACTION, w.customerSatisfaction());
    weights.put(Criterion.NEW_CUSTOMERS, w.newCustomers());
    weights.put(Criterion.CONTRACT_FULFILMENT, w.contractFulfilment());
    weights.put(Criterion.TEAM_COLLABORATION, w.teamCollaboration());
    return weights;
  }

  private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal round(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  private static String plain(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
