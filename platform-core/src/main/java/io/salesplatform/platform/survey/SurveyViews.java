package io.salesplatform.platform.survey;

import io.salesplatform.platform.customer.CustomerViews.Rep;
import io.salesplatform.plugin.api.Questionnaire;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What crosses the wire about surveys. */
public final class SurveyViews {

  private SurveyViews() {}

  /**
   * An issued survey, as the company's people read it.
   *
   * @param id its id
   * @param customerId the customer asked
   * @param contact who was asked
   * @param trigger {@code manual}, {@code contract-completion} or {@code ticket-closure}
   * @param subjectId what it was issued for, such as the ticket's id; absent when manual
   * @param rep the customer's rep when it was issued
   * @param plugin the survey plugin that designed it: {@code id version (extension)}
   * @param questionnaire the questions asked
   * @param status {@code pending}, {@code answered} or {@code expired}
   * @param issuedAt when it was issued
   * @param expiresAt when its link stops working
   * @param answeredAt when it was answered
   * @param ratings the answers, by question id
   * @param comment the customer's comment
   * @param score the plugin's 0 to 100 score of the answers
   * @param category the plugin's reading of them, such as {@code promoter}
   * @param version its version
   */
  public record SurveyView(
      UUID id,
      UUID customerId,
      SurveyContact contact,
      String trigger,
      String subjectId,
      Rep rep,
      String plugin,
      Questionnaire questionnaire,
      String status,
      Instant issuedAt,
      Instant expiresAt,
      Instant answeredAt,
      Map<String, Integer> ratings,
      String comment,
      Integer score,
      String category,
      long version) {}

  /**
   * A survey just issued, with the link to send; the link is shown only here and in the {@code
   * survey.issued} event, never again.
   *
   * @param survey the survey
   * @param link the signed single-use link the contact answers at
   */
  public record IssuedSurvey(SurveyView survey, String link) {}

  /**
   * What the person holding a link sees: the questions and who asks, nothing else.
   *
   * @param company the company's name
   * @param questionnaire the questions
   * @param expiresAt until when it can be answered
   */
  public record PublicSurvey(String company, Questionnaire questionnaire, Instant expiresAt) {}

  /**
   * What the person holding a link learns after answering.
   *
   * @param company the company's name
   * @param answeredAt when the answers were kept
   */
  public record Thanks(String company, Instant answeredAt) {}

  /**
   * Satisfaction summed up by the tenant's survey plugin.
   *
   * @param plugin the plugin that summed up: {@code id version (extension)}
   * @param groupBy what the groups are by
   * @param period the length of a period when grouped by period
   * @param groups the groups, ordered by period, rep, customer
   */
  public record Scores(
      String plugin, List<String> groupBy, String period, List<ScoreGroup> groups) {}

  /**
   * One group's satisfaction.
   *
   * @param customerId the customer, when grouped by customer
   * @param rep the rep, when grouped by rep
   * @param period the period, when grouped by period ({@code 2026-Q1})
   * @param responses how many answered surveys
   * @param averageScore their mean 0 to 100 score
   * @param metric the plugin's headline figure, such as {@code nps} or {@code csat}
   * @param metricValue its value on its own scale
   * @param categories answers per category
   */
  public record ScoreGroup(
      String customerId,
      Rep rep,
      String period,
      int responses,
      BigDecimal averageScore,
      String metric,
      BigDecimal metricValue,
      Map<String, Integer> categories) {}
}
