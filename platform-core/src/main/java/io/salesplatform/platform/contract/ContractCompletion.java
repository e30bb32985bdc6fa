package io.salesplatform.platform.contract;

import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.customer.Customers;
import io.salesplatform.platform.outbox.Outbox;
import io.salesplatform.platform.pipeline.Opportunities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * What happens when a contract is completed (policy 5.6), in the transaction of the delivery that
 * completed it: the follow-up visit is planned, the opportunity enters after-sales, and {@code
 * contract.completed} goes to the outbox. This is the one place where after-sales starts; a
 * satisfaction survey at completion belongs here too (or reacts to the outbox event).
 */
@ApplicationScoped
public class ContractCompletion {

  /** Days after completion the follow-up visit is planned for, unless one is planned earlier. */
  public static final int FOLLOW_UP_AFTER_DAYS = 7;

  @Inject Customers customers;
  @Inject Opportunities opportunities;
  @Inject Outbox outbox;

  @Transactional(Transactional.TxType.MANDATORY)
  public void completed(Contract contract, LocalDate on, Object view, AuditTrail.Actor actor) {
    customers.planFollowUp(contract.customerId(), on.plusDays(FOLLOW_UP_AFTER_DAYS), actor);
    opportunities.enterAfterSales(contract.opportunityId(), actor);
    outbox.emit("contract.completed", "contract", contract.id(), view);
  }
}
