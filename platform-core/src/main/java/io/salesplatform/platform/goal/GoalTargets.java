package io.salesplatform.platform.goal;

import io.salesplatform.tenant.config.settings.GoalRealism.Assessment;
import java.math.BigDecimal;

/**
 * What a goal asks for, and how it compared with history when it was set.
 *
 * @param revenue the revenue target, in {@code currency}
 * @param currency the company's currency when the goal was set
 * @param newCustomers the number of new customers to win
 * @param note why the targets are what they are (a new product, a new market, ...), or null
 * @param realism how the targets compared with history when they were set
 * @param setBy the user id of who set them
 */
record GoalTargets(
    BigDecimal revenue,
    String currency,
    int newCustomers,
    String note,
    Realism realism,
    String setBy) {

  /**
   * How a goal's targets compared with the scope's history when set (policy 4.1).
   *
   * @param revenueHistory the scope's mean signed revenue per quarter in the history window, or
   *     null without history
   * @param revenue how the revenue target compares with it
   * @param newCustomerHistory the scope's mean new customers per quarter in the window, or null
   * @param newCustomers how the new-customer target compares with it
   */
  record Realism(
      BigDecimal revenueHistory,
      Assessment revenue,
      BigDecimal newCustomerHistory,
      Assessment newCustomers) {}
}
