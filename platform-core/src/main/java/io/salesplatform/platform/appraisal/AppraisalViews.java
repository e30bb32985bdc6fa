package io.salesplatform.platform.appraisal;

import io.salesplatform.tenant.config.settings.RewardOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the appraisal API answers. */
public final class AppraisalViews {

  private AppraisalViews() {}

  /**
   * A person, by user id and name.
   *
   * @param id the user id
   * @param name the display name or user name
   */
  public record Person(String id, String name) {}

  /**
   * An appraisal run of a quarter.
   *
   * @param id its id
   * @param quarter the quarter appraised
   * @param trigger {@code schedule} (at quarter close) or {@code on-demand}
   * @param settingsRevision the settings revision it used
   * @param reps how many reps it appraised
   * @param startedBy who started it ({@code platform} for the schedule)
   * @param startedAt when it started
   * @param finishedAt when it finished, from when it is frozen
   * @param published whether it is the quarter's published appraisal
   * @param publishedAt when it was published
   * @param results every rep's result, best first (only when one run is read)
   */
  public record RunView(
      UUID id,
      String quarter,
      String trigger,
      int settingsRevision,
      int reps,
      Person startedBy,
      Instant startedAt,
      Instant finishedAt,
      boolean published,
      Instant publishedAt,
      List<ResultSummary> results) {}

  /**
   * A rep's place in a run.
   *
   * @param rep the rep
   * @param overall the overall score, 0 to 100
   * @param rank 1 for the best; equal scores share a rank
   * @param band the reward band
   * @param outcome what the band earns
   */
  public record ResultSummary(
      Person rep, BigDecimal overall, int rank, String band, Outcome outcome) {}

  /**
   * A rep's result, explained: every criterion's raw figure, score, weight and the records it came
   * from.
   *
   * @param runId the run
   * @param quarter the quarter
   * @param settingsRevision the settings revision the run used
   * @param rep the rep
   * @param overall the overall score
   * @param rank the rank
   * @param band the reward band
   * @param outcome what the band earns
   * @param criteria the five criteria in the policy's order
   * @param comments the rep's comments and disputes with their answers
   */
  public record ResultView(
      UUID runId,
      String quarter,
      int settingsRevision,
      Person rep,
      BigDecimal overall,
      int rank,
      String band,
      Outcome outcome,
      List<CriterionView> criteria,
      List<CommentView> comments) {}

  /**
   * One criterion of a rep's result.
   *
   * @param criterion its id, such as {@code sales-revenue}
   * @param raw the raw figure, or null when there was nothing to measure
   * @param unit what the raw figure counts
   * @param score 0 to 100, or null when not scored
   * @param weight the company's weight
   * @param effectiveWeight the weight it counted with for this rep
   * @param contribution its part of the overall score
   * @param explanation how the score came about
   * @param records the records it came from
   */
  public record CriterionView(
      String criterion,
      BigDecimal raw,
      String unit,
      BigDecimal score,
      int weight,
      BigDecimal effectiveWeight,
      BigDecimal contribution,
      String explanation,
      List<Source> records) {}

  /**
   * A record a criterion came from.
   *
   * @param kind {@code contract}, {@code customer}, {@code survey}, {@code milestone} or {@code
   *     rating}
   * @param id its id
   * @param label what it is, such as {@code Contract 12 with Acme}
   * @param figure what it counted with, such as its value, score or rating
   * @param day the day that placed it in the quarter
   */
  public record Source(String kind, String id, String label, String figure, LocalDate day) {}

  /**
   * A comment on or dispute of a result.
   *
   * @param id its id
   * @param kind {@code comment} or {@code dispute}
   * @param text what the rep wrote
   * @param author who wrote it
   * @param createdAt when
   * @param answer the manager's answer, or null while open
   * @param decision for a dispute: {@code upheld} or {@code dismissed}; for a comment {@code noted}
   * @param answeredBy who answered
   * @param answeredAt when
   * @param version its version
   */
  public record CommentView(
      UUID id,
      String kind,
      String text,
      Person author,
      Instant createdAt,
      String answer,
      String decision,
      Person answeredBy,
      Instant answeredAt,
      long version) {}

  /**
   * Every rep's score and rank now, and under proposed weights.
   *
   * @param quarter the quarter
   * @param settingsRevision the settings revision of the current weights
   * @param current the current weights by criterion
   * @param proposed the proposed weights by criterion
   * @param reps per rep, best under the proposal first
   */
  public record WhatIf(
      String quarter,
      int settingsRevision,
      Map<String, Integer> current,
      Map<String, Integer> proposed,
      List<WhatIfRep> reps) {}

  /**
   * One rep under both weightings.
   *
   * @param rep the rep
   * @param currentScore the overall score under the current weights
   * @param currentRank the rank under them
   * @param proposedScore the overall score under the proposed weights
   * @param proposedRank the rank under them
   * @param rankChange how many places the rep would move up (positive) or down (negative)
   * @param proposedBand the band under the proposal
   */
  public record WhatIfRep(
      Person rep,
      BigDecimal currentScore,
      int currentRank,
      BigDecimal proposedScore,
      int proposedRank,
      int rankChange,
      String proposedBand) {}

  /**
   * A collaboration rating.
   *
   * @param id its id
   * @param quarter the quarter it rates
   * @param rated who is rated
   * @param rater who rated (shown to managers and to the rater only)
   * @param raterRole {@code manager} or {@code peer}
   * @param rating 1 to the company's scale maximum
   * @param comment why
   * @param updatedAt when last given
   * @param version its version
   */
  public record RatingView(
      UUID id,
      String quarter,
      Person rated,
      Person rater,
      String raterRole,
      int rating,
      String comment,
      Instant updatedAt,
      long version) {}

  /**
   * The outcomes of a quarter's published appraisal (policy 8.3).
   *
   * @param quarter the quarter
   * @param runId the published run
   * @param outcomes per rep, best first
   */
  public record Rewards(String quarter, UUID runId, List<ResultSummary> outcomes) {}

  /**
   * What a reward band earns (policy 8.3).
   *
   * @param kind {@code bonus}, {@code recognition}, {@code improvement-plan} or {@code none}
   * @param bonusPercent for a bonus, the percent of quarterly base pay
   */
  public record Outcome(String kind, BigDecimal bonusPercent) {
    static Outcome of(RewardOutcome outcome) {
      return new Outcome(outcome.kind().id(), outcome.bonusPercent());
    }
  }
}
