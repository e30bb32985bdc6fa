package io.salesplatform.platform.goal;

import io.salesplatform.platform.persistence.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each rep achieved in a period, read from signed contracts in one grouped query each: the
 * revenue signed in a currency, and the new customers won, a customer being new in the period of
 * its first signed contract and won by that contract's owner.
 */
@ApplicationScoped
public class Achievements {

  @Inject TenantDatabase database;

  /**
   * A rep's achievement in a period.
   *
   * @param revenue the value of contracts signed in the period in the currency asked for
   * @param newCustomers the customers whose first signed contract falls in the period
   */
  public record Achieved(BigDecimal revenue, long newCustomers) {
    public static final Achieved NONE = new Achieved(BigDecimal.ZERO.setScale(2), 0);

    Achieved plus(Achieved other) {
      return new Achieved(revenue.add(other.revenue), newCustomers + other.newCustomers);
    }
  }

  /** Per rep (user id), what they achieved in {@code [from, to)}; reps with nothing absent. */
  @Transactional
  public Map<String, Achieved> byRep(Instant from, Instant to, String currency) {
    Map<String, Achieved> achieved = new HashMap<>();
    List<?> revenue =
        database
            .entityManager()
            .createNativeQuery(
                "select owner_id, sum(value) from contract"
                    + " where signed_at >= ?1 and signed_at < ?2 and currency = ?3"
                    + " group by owner_id")
            .setParameter(1, Timestamp.from(from))
            .setParameter(2, Timestamp.from(to))
            .setParameter(3, currency)
            .getResultList();
    for (Object row : revenue) {
      Object[] columns = (Object[]) row;
      achieved.put(
          (String) columns[0],
          new Achieved(((BigDecimal) columns[1]).setScale(2, RoundingMode.HALF_EVEN), 0));
    }
    List<?> newCustomers =
        database
            .entityManager()
            .createNativeQuery(
                "select owner_id, count(*) from ("
                    + " select distinct on (customer_id) customer_id, owner_id, signed_at"
                    + " from contract where signed_at is not null"
                    + " order by customer_id, signed_at, id) first_contract"
                    + " where signed_at >= ?1 and signed_at < ?2 group by owner_id")
            .setParameter(1, Timestamp.from(from))
            .setParameter(2, Timestamp.from(to))
            .getResultList();
    for (Object row : newCustomers) {
      Object[] columns = (Object[]) row;
      achieved.merge(
          (String) columns[0],
          new Achieved(BigDecimal.ZERO.setScale(2), ((Number) columns[1]).longValue()),
          Achieved::plus);
    }
    return achieved;
  }

  /** The sum over everyone. */
  public static Achieved total(Map<String, Achieved> byRep) {
    return byRep.values().stream().reduce(Achieved.NONE, Achieved::plus);
  }

  /** The sum over the named reps. */
  public static Achieved of(Map<String, Achieved> byRep, Iterable<String> reps) {
    Achieved sum = Achieved.NONE;
    for (String rep : reps) {
      sum = sum.plus(byRep.getOrDefault(rep, Achieved.NONE));
    }
    return sum;
  }
}
