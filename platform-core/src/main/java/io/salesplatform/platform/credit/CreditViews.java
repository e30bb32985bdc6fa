package io.salesplatform.platform.credit;

import io.salesplatform.platform.api.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What crosses the wire about credit. */
public final class CreditViews {

  private CreditViews() {}

  /**
   * A credit decision on a customer.
   *
   * @param id its id
   * @param customerId the customer
   * @param checkedAt when the check ran
   * @param checkedBy who ran it (user id)
   * @param decision {@code approve}, {@code review} or {@code reject}
   * @param rating A (best) to E
   * @param score the provider's score, 0 to 100, if it gives one
   * @param creditLimit the most the customer may owe in all
   * @param requestedAmount the deal amount the check was asked about
   * @param exposure the customer's exposure the check was told
   * @param expiresAt when the decision stops being current
   * @param reasons why, the deciding one first
   * @param reference the provider's own reference, if any
   * @param pluginId the plugin that decided
   * @param pluginVersion its version
   * @param extension its extension
   * @param inputs what the platform sent the plugin
   */
  public record CreditCheckView(
      UUID id,
      UUID customerId,
      Instant checkedAt,
      String checkedBy,
      String decision,
      String rating,
      Integer score,
      Money creditLimit,
      Money requestedAmount,
      Money exposure,
      Instant expiresAt,
      List<String> reasons,
      String reference,
      String pluginId,
      String pluginVersion,
      String extension,
      Object inputs) {}

  /**
   * A customer's credit standing, as the customer file shows it.
   *
   * @param latestDecision the latest decision ({@code approve}, {@code review}, {@code reject}), or
   *     {@code null} when the customer was never checked
   * @param rating its rating
   * @param creditLimit its limit
   * @param exposure what signed contracts commit the customer to and it has not paid, now
   * @param available the limit less the exposure (negative when beyond it)
   * @param checkedAt when the latest check ran
   * @param expiresAt when it stops being current
   * @param current whether it is still current for a deal in its currency
   */
  public record CreditProfile(
      String latestDecision,
      String rating,
      Money creditLimit,
      Money exposure,
      Money available,
      Instant checkedAt,
      Instant expiresAt,
      boolean current) {}
}
