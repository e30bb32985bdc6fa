package io.salesplatform.platform.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;

/**
 * How well the company keeps a contract's terms (policy 6.4). Counted are the milestones the
 * company owes (deliveries and the company's obligations; invoices and the customer's obligations
 * are the customer's side) whose due day has come: due on or before {@code asOf}. Of those, a
 * milestone delivered on or before its due day is on time; one delivered late, or not yet
 * delivered, is not. The rate is on time ÷ due, or {@code null} when nothing is due yet.
 *
 * @param due how many milestones are due so far
 * @param onTime how many of them were delivered on time
 * @param rate on time ÷ due, rounded to four decimals; {@code null} when none is due
 */
public record FulfilmentRate(int due, int onTime, BigDecimal rate) {

  /** What the rate needs to know of a milestone. */
  public record Facts(Milestone.Kind kind, LocalDate dueOn, LocalDate doneOn) {}

  public static FulfilmentRate of(Collection<Facts> milestones, LocalDate asOf) {
    int due = 0;
    int onTime = 0;
    for (Facts m : milestones) {
      if (!m.kind().companyOwes() || m.dueOn().isAfter(asOf)) {
        continue;
      }
      due++;
      if (m.doneOn() != null && !m.doneOn().isAfter(m.dueOn())) {
        onTime++;
      }
    }
    return of(due, onTime);
  }

  /** The rate of {@code onTime} out of {@code due}. */
  public static FulfilmentRate of(int due, int onTime) {
    return new FulfilmentRate(
        due,
        onTime,
        due == 0
            ? null
            : BigDecimal.valueOf(onTime)
                .divide(BigDecimal.valueOf(due), 4, RoundingMode.HALF_EVEN));
  }
}
