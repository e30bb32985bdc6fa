package io.salesplatform.plugins.credit;

import io.salesplatform.plugin.api.CreditCheckRequest;
import io.salesplatform.plugin.api.CreditRating;
import io.salesplatform.plugin.api.Money;
import io.salesplatform.plugin.api.PaymentHistory;
import io.salesplatform.plugin.api.PluginConfiguration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The internal scorecard: four factors, each scored 0 to 100 from the customer's own figures, and
 * weighted into one score that decides the rating and how much of the base limit the customer gets.
 *
 * @param weights how much each factor counts; the score is the weighted mean
 * @param ratingFloors the least score for each rating A to D; below D's floor is E
 * @param limitPercent the credit limit each rating gets, in percent of the base limit
 * @param fullTenureYears the years as a customer that score the tenure factor full
 * @param overdueDaysTolerated the age of the oldest overdue invoice beyond which the overdue factor
 *     scores 0 and a person reviews the deal
 * @param newCustomerPaymentScore the payment-history score of a customer that has paid no invoice
 */
record Scorecard(
    Map<Factor, BigDecimal> weights,
    Map<CreditRating, Integer> ratingFloors,
    Map<CreditRating, BigDecimal> limitPercent,
    int fullTenureYears,
    int overdueDaysTolerated,
    int newCustomerPaymentScore) {

  /** The factors, by the name the configuration gives their weights. */
  enum Factor {
    PAYMENT_HISTORY("paymentHistory", "payment history"),
    OVERDUE("overdue", "overdue amounts"),
    EXPOSURE("exposure", "exposure against the limit"),
    TENURE("tenure", "years as a customer");

    final String key;
    final String label;

    Factor(String key, String label) {
      this.key = key;
      this.label = label;
    }
  }

  private static final Map<Factor, BigDecimal> DEFAULT_WEIGHTS =
      Map.of(
          Factor.PAYMENT_HISTORY, BigDecimal.valueOf(40),
          Factor.OVERDUE, BigDecimal.valueOf(30),
          Factor.EXPOSURE, BigDecimal.valueOf(20),
          Factor.TENURE, BigDecimal.valueOf(10));
  static final Map<CreditRating, Integer> DEFAULT_FLOORS =
      Map.of(CreditRating.A, 80, CreditRating.B, 65, CreditRating.C, 50, CreditRating.D, 35);
  private static final Map<CreditRating, BigDecimal> DEFAULT_LIMIT_PERCENT =
      Map.of(
          CreditRating.A, BigDecimal.valueOf(150),
          CreditRating.B, BigDecimal.valueOf(100),
          CreditRating.C, BigDecimal.valueOf(75),
          CreditRating.D, BigDecimal.valueOf(50),
          CreditRating.E, BigDecimal.ZERO);

  /**
   * The score of each factor and the weighted score.
   *
   * @param factors each factor's score, 0 to 100
   * @param score the weighted mean, rounded half up to a whole number
   */
  record Result(Map<Factor, Integer> factors, int score) {}

  static Scorecard from(PluginConfiguration configuration) {
    PluginConfiguration section = configuration.section("scorecard");
    PluginConfiguration weightSection = section.section("weights");
    Map<Factor, BigDecimal> weights = new EnumMap<>(Factor.class);
    BigDecimal sum = BigDecimal.ZERO;
    for (Factor factor : Factor.values()) {
      BigDecimal weight = weightSection.decimal(factor.key, DEFAULT_WEIGHTS.get(factor));
      if (weight.signum() < 0) {
        throw weightSection.invalid(factor.key, "a weight is not negative");
      }
      weights.put(factor, weight);
      sum = sum.add(weight);
    }
    if (sum.signum() == 0) {
      throw section.invalid("weights", "at least one factor must weigh something");
    }
    return new Scorecard(
        Map.copyOf(weights),
        ratingFloors(section, "ratingFloors"),
        limitPercent(section),
        positive(section, "fullTenureYears", 5),
        positive(section, "overdueDaysTolerated", 90),
        scoreSetting(section, "newCustomerPaymentScore", 50));
  }

  /** Scores the customer, with the exposure factor measured against {@code baseLimit}. */
  Result score(CreditCheckRequest request, Money baseLimit, LocalDate today) {
    Map<Factor, Integer> factors = new EnumMap<>(Factor.class);
    factors.put(Factor.PAYMENT_HISTORY, paymentHistory(request.paymentHistory()));
    factors.put(Factor.OVERDUE, overdue(request));
    factors.put(Factor.EXPOSURE, exposure(request, baseLimit));
    factors.put(Factor.TENURE, tenure(request.customerSince(), today));
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal total = BigDecimal.ZERO;
    for (Factor factor : Factor.values()) {
      weighted =
          weighted.add(weights.get(factor).multiply(BigDecimal.valueOf(factors.get(factor))));
      total = total.add(weights.get(factor));
    }
    int score = weighted.divide(total, 0, RoundingMode.HALF_UP).intValueExact();
    return new Result(factors, score);
  }

  /** The rating of a score: the best whose floor it reaches. */
  static CreditRating rating(int score, Map<CreditRating, Integer> floors) {
    for (CreditRating rating :
        List.of(CreditRating.A, CreditRating.B, CreditRating.C, CreditRating.D)) {
      if (score >= floors.get(rating)) {
        return rating;
      }
    }
    return CreditRating.E;
  }

  /** The credit limit a rating earns, from the base limit. */
  Money limit(CreditRating rating, Money baseLimit) {
    return baseLimit.times(limitPercent.get(rating).movePointLeft(2));
  }

  /** The factors as a sentence, for the decision's reasons. */
  String explain(Result result, CreditRating rating) {
    Map<String, String> parts = new LinkedHashMap<>();
    for (Factor factor : Factor.values()) {
      parts.put(
          factor.label,
          result.factors().get(factor)
              + " (weight "
              + weights.get(factor).stripTrailingZeros().toPlainString()
              + ")");
    }
    StringBuilder sentence =
        new StringBuilder("Scorecard ")
            .append(result.score())
            .append(" of 100, rating ")
            .append(rating)
            .append(": ");
    parts.forEach((label, value) -> sentence.append(label).append(' ').append(value).append(", "));
    sentence.setLength(sentence.length() - 2);
    return sentence.append('.').toString();
  }

  /**
   * The share of invoices paid on time, less a point for each day the late ones were late on
   * average, at most 30 points.
   */
  int paymentHistory(PaymentHistory history) {
    if (history.invoicesPaid() == 0) {
      return newCustomerPaymentScore;
    }
    BigDecimal onTime =
        BigDecimal.valueOf(history.invoicesPaid() - history.invoicesPaidLate())
            .movePointRight(2)
            .divide(BigDecimal.valueOf(history.invoicesPaid()), 0, RoundingMode.HALF_UP);
    int penalty = Math.min(history.averageDaysLate(), 30);
    return clamp(onTime.intValueExact() - penalty);
  }

  /** The share of the exposure not overdue; 0 once an invoice is overdue beyond the tolerance. */
  int overdue(CreditCheckRequest request) {
    if (request.oldestOverdueDays() > overdueDaysTolerated) {
      return 0;
    }
    if (request.currentExposure().isZero()) {
      return 100;
    }
    BigDecimal share =
        request
            .overdueAmount()
            .amount()
            .movePointRight(2)
            .divide(request.currentExposure().amount(), 0, RoundingMode.HALF_UP);
    return clamp(100 - share.intValueExact());
  }

  /**
   * How much of the base limit the deal leaves free: full up to half the limit used, none once it
   * is all used, in a straight line between.
   */
  static int exposure(CreditCheckRequest request, Money baseLimit) {
    BigDecimal used = request.currentExposure().plus(request.requestedAmount()).amount();
    if (baseLimit.isZero()) {
      return used.signum() == 0 ? 100 : 0;
    }
    BigDecimal free =
        BigDecimal.ONE.subtract(used.divide(baseLimit.amount(), 6, RoundingMode.HALF_UP));
    return clamp(
        free.multiply(BigDecimal.valueOf(200)).setScale(0, RoundingMode.HALF_UP).intValue());
  }

  /** Whole months as a customer against the years that score full. */
  int tenure(LocalDate since, LocalDate today) {
    if (since == null || since.isAfter(today)) {
      return 0;
    }
    long months = ChronoUnit.MONTHS.between(since, today);
    return clamp((int) Math.min(100, months * 100 / (fullTenureYears * 12L)));
  }

  private static int clamp(int score) {
    return Math.max(0, Math.min(100, score));
  }

  static Map<CreditRating, Integer> ratingFloors(PluginConfiguration section, String key) {
    PluginConfiguration floors = section.section(key);
    Map<CreditRating, Integer> read = new EnumMap<>(CreditRating.class);
    int above = 101;
    for (CreditRating rating :
        List.of(CreditRating.A, CreditRating.B, CreditRating.C, CreditRating.D)) {
      int floor = scoreSetting(floors, rating.name(), DEFAULT_FLOORS.get(rating));
      if (floor >= above) {
        throw floors.invalid(
            rating.name(),
            "the floor of " + rating + " must be below the floor of the rating above");
      }
      read.put(rating, floor);
      above = floor;
    }
    return Map.copyOf(read);
  }

  private static Map<CreditRating, BigDecimal> limitPercent(PluginConfiguration section) {
    PluginConfiguration percents = section.section("limitPercentByRating");
    Map<CreditRating, BigDecimal> read = new EnumMap<>(CreditRating.class);
    for (CreditRating rating : CreditRating.values()) {
      BigDecimal percent = percents.decimal(rating.name(), DEFAULT_LIMIT_PERCENT.get(rating));
      if (percent.signum() < 0) {
        throw percents.invalid(rating.name(), "a share of the limit is not negative");
      }
      read.put(rating, percent);
    }
    return Map.copyOf(read);
  }

  private static int positive(PluginConfiguration section, String key, int fallback) {
    int value = section.integer(key, fallback);
    if (value < 1) {
      throw section.invalid(key, "must be at least 1");
    }
    return value;
  }

  private static int scoreSetting(PluginConfiguration section, String key, int fallback) {
    int value = section.integer(key, fallback);
    if (value < 0 || value > 100) {
      throw section.invalid(key, "a score is between 0 and 100");
    }
    return value;
  }
}
