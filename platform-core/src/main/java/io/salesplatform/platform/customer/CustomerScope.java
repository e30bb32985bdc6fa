package io.salesplatform.platform.customer;

import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.security.Caller;

/**
 * Whose customers a caller works with: their own (the customers assigned to them), or with {@code
 * customers.all} every customer of the company.
 *
 * @param caller who is asking
 * @param all whether every customer is in reach
 */
public record CustomerScope(Caller caller, boolean all) {

  public String callerId() {
    return caller.subject();
  }

  /** Whether the customer assigned to {@code repId} is in reach. */
  public boolean reaches(String repId) {
    return all || callerId().equals(repId);
  }

  public AuditTrail.Actor actor() {
    return new AuditTrail.Actor(caller.subject(), caller.username());
  }
}
