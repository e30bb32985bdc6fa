package io.salesplatform.platform.ticket;

import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.security.Caller;

/**
 * Whose tickets a caller works with: those of the customers in their reach (ADR 16) and those
 * assigned to them; with {@code customers.all} every one.
 *
 * @param caller who is asking
 * @param all whether every ticket is in reach
 * @param mayAssign whether they may give tickets to anyone ({@code tickets.assign})
 */
public record TicketScope(Caller caller, boolean all, boolean mayAssign) {

  public String callerId() {
    return caller.subject();
  }

  /** Whether a ticket assigned to {@code assigneeId} of a customer of {@code repId} is in reach. */
  public boolean reaches(String assigneeId, String repId) {
    return all || callerId().equals(assigneeId) || callerId().equals(repId);
  }

  public AuditTrail.Actor actor() {
    return new AuditTrail.Actor(caller.subject(), caller.username());
  }
}
