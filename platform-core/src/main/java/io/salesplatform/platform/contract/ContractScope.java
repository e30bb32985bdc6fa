package io.salesplatform.platform.contract;

import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.pipeline.OpportunityScope;
import io.salesplatform.platform.security.Caller;

/**
 * Whose contracts a caller works with: those they own or whose opportunity is in their reach; with
 * {@code opportunities.all} or {@code contracts.review} (legal reviews every contract) every one.
 *
 * @param caller who is asking
 * @param all whether every contract is in reach
 * @param opportunities the caller's reach over opportunities and quotes
 */
public record ContractScope(Caller caller, boolean all, OpportunityScope opportunities) {

  public String callerId() {
    return caller.subject();
  }

  public AuditTrail.Actor actor() {
    return new AuditTrail.Actor(caller.subject(), caller.username());
  }
}
