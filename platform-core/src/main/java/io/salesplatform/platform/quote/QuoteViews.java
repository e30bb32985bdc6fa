package io.salesplatform.platform.quote;

import io.salesplatform.platform.api.Money;
import io.salesplatform.platform.customer.CustomerViews.Rep;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What crosses the wire about quotes. */
public final class QuoteViews {

  private QuoteViews() {}

  /**
   * A quote, with its current version.
   *
   * @param id its id
   * @param opportunityId its opportunity
   * @param customerId the opportunity's customer
   * @param owner who made it
   * @param status draft, pending-approval, approved, rejected, sent, accepted or refused
   * @param total the current version's net total
   * @param approvalRequired whether the current version needs a manager's approval
   * @param requestedAt when the customer asked for it
   * @param responseDue by when it is to be sent, from the company's response time
   * @param responseOverdue whether that has passed and it is not sent
   * @param decision the manager's decision on the current version, if any
   * @param sentOn the day it was sent
   * @param validUntil its last valid day once sent, from the company's validity
   * @param expired whether it was sent and that day has passed without an answer
   * @param answerReason why the customer accepted or refused it
   * @param answeredAt when the customer answered
   * @param current its current version
   * @param createdAt when it was made
   * @param updatedAt when it last changed
   * @param version its version for changes, also the ETag
   */
  public record QuoteView(
      UUID id,
      UUID opportunityId,
      UUID customerId,
      Rep owner,
      String status,
      Money total,
      boolean approvalRequired,
      Instant requestedAt,
      Instant responseDue,
      boolean responseOverdue,
      Decision decision,
      LocalDate sentOn,
      LocalDate validUntil,
      boolean expired,
      String answerReason,
      Instant answeredAt,
      VersionView current,
      Instant createdAt,
      Instant updatedAt,
      long version) {}

  /**
   * A manager's decision.
   *
   * @param decision {@code approved} or {@code rejected}
   * @param by who decided
   * @param comment why
   * @param at when
   */
  public record Decision(String decision, Rep by, String comment, Instant at) {}

  /**
   * One version of a quote's lines, as priced.
   *
   * @param number 1, 2, ...
   * @param lines each line: product, SKU, quantity, the discount asked for, list and unit price,
   *     the discount applied, the line total
   * @param listTotal the lines at list price
   * @param discountTotal what the discounts take off
   * @param netTotal what the customer pays
   * @param currency the currency of every amount
   * @param approvalRequired whether a manager must approve it
   * @param approvalReasons why: a code, the line (1-based) or none, a message
   * @param pluginId the pricing plugin that priced it, or {@code null} at list price
   * @param pluginVersion its version
   * @param extension its extension
   * @param settingsRevision the company's settings revision used
   * @param createdBy who made it (user id)
   * @param createdAt when
   */
  public record VersionView(
      int number,
      List<Object> lines,
      BigDecimal listTotal,
      BigDecimal discountTotal,
      BigDecimal netTotal,
      String currency,
      boolean approvalRequired,
      List<Object> approvalReasons,
      String pluginId,
      String pluginVersion,
      String extension,
      int settingsRevision,
      String createdBy,
      Instant createdAt) {}
}
