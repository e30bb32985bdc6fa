package io.salesplatform.platform.credit;

import io.salesplatform.platform.persistence.TenantDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A customer's figures as the company's own contracts show them, for credit checks and the credit
 * profile. Exposure is what signed contracts commit the customer to and it has not paid yet: the
 * value of its signed (and completed) contracts less their paid invoice milestones, in one currency
 * (contracts in other currencies are not converted and not counted).
 */
@ApplicationScoped
public class CustomerLedger {

  /**
   * Exposure per customer and currency, in SQL for the ledger and for every aggregate over it
   * (credit exposure by customer and rep): the value of signed and completed contracts less their
   * paid invoice milestones, never negative. Columns {@code customer_id}, {@code currency}, {@code
   * exposure}; the tenant is parameter {@code ?1}.
   */
  public static final String EXPOSURE_SQL =
      "select c.customer_id, c.currency,"
          + " greatest(sum(c.value) - coalesce(sum(p.paid), 0), 0) as exposure"
          + " from contract c left join (select m.tenant_id, m.contract_id, sum(m.amount) as paid"
          + " from contract_milestone m where m.tenant_id = ?1 and m.kind = 'invoice'"
          + " and m.status = 'DONE' group by m.tenant_id, m.contract_id) p"
          + " on p.tenant_id = c.tenant_id and p.contract_id = c.id"
          + " where c.tenant_id = ?1 and c.status in ('SIGNED', 'COMPLETED')"
          + " group by c.customer_id, c.currency";

  @Inject TenantDatabase database;

  /**
   * The figures.
   *
   * @param exposure signed value not yet paid, not negative
   * @param overdue the unpaid invoice milestones past their due day, at most the exposure
   * @param oldestOverdueDays days the oldest of them is past due; 0 when none
   * @param invoicesPaid invoices paid over the last 24 months
   * @param invoicesPaidLate of those, paid after their due day
   * @param averageDaysLate over the late ones, the average days late
   * @param customerSince the day its first contract was signed, or {@code null}
   */
  public record Figures(
      BigDecimal exposure,
      BigDecimal overdue,
      int oldestOverdueDays,
      int invoicesPaid,
      int invoicesPaidLate,
      int averageDaysLate,
      LocalDate customerSince) {}

  @Transactional(Transactional.TxType.MANDATORY)
  public Figures figures(UUID customerId, String currency, LocalDate today) {
    EntityManager em = database.entityManager();
    Object[] signed =
        (Object[])
            em.createNativeQuery(
                    "select (select coalesce(sum(e.exposure), 0) from ("
                        + EXPOSURE_SQL
                        + ") e where e.customer_id = ?2 and e.currency = ?3),"
                        + " min(c.signed_on) from contract c"
                        + " where c.tenant_id = ?1 and c.customer_id = ?2 and c.currency = ?3"
                        + " and c.status in ('SIGNED', 'COMPLETED')")
                .setParameter(1, database.tenantId().value())
                .setParameter(2, customerId)
                .setParameter(3, currency)
                .getSingleResult();
    Object[] invoices =
        (Object[])
            em.createNativeQuery(
                    "select"
                        + " coalesce(sum(m.amount) filter (where m.status = 'PENDING'"
                        + " and m.due_on < ?4), 0),"
                        + " coalesce(max(?4 - m.due_on) filter (where m.status = 'PENDING'"
                        + " and m.due_on < ?4), 0),"
                        + " count(*) filter (where m.status = 'DONE' and m.done_on >= ?5),"
                        + " count(*) filter (where m.status = 'DONE' and m.done_on >= ?5"
                        + " and m.done_on > m.due_on),"
                        + " coalesce(round(avg(m.done_on - m.due_on) filter (where m.status = 'DONE'"
                        + " and m.done_on >= ?5 and m.done_on > m.due_on)), 0)"
                        + " from contract_milestone m join contract c on c.tenant_id = m.tenant_id"
                        + " and c.id = m.contract_id"
                        + " where m.tenant_id = ?1 and c.customer_id = ?2 and c.currency = ?3"
                        + " and c.status in ('SIGNED', 'COMPLETED') and m.kind = 'invoice'")
                .setParameter(1, database.tenantId().value())
                .setParameter(2, customerId)
                .setParameter(3, currency)
                .setParameter(4, Date.valueOf(today))
                .setParameter(5, Date.valueOf(today.minusMonths(24)))
                .getSingleResult();
    BigDecimal exposure = decimal(signed[0]);
    BigDecimal overdue = decimal(invoices[0]).min(exposure);
    int oldest = overdue.signum() == 0 ? 0 : Math.max(1, number(invoices[1]));
    int paidLate = number(invoices[3]);
    return new Figures(
        exposure,
        overdue,
        oldest,
        number(invoices[2]),
        paidLate,
        paidLate == 0 ? 0 : number(invoices[4]),
        signed[1] == null ? null : day(signed[1]));
  }

  private static BigDecimal decimal(Object value) {
    return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
  }

  private static int number(Object value) {
    return value == null ? 0 : ((Number) value).intValue();
  }

  private static LocalDate day(Object value) {
    return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
  }
}
