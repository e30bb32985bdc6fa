package io.salesplatform.platform.pipeline;

import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.security.Caller;

/**
 * Whose opportunities a caller works with, and how: their own (those they own or whose current
 * stage they are responsible for), or with {@code opportunities.all} every one.
 *
 * @param caller who is asking
 * @param all whether every opportunity is in reach
 * @param mayOverride whether they may skip stages and go back
 * @param allCustomers whether every customer is in their reach, for opening opportunities
 */
public record OpportunityScope(
    Caller caller, boolean all, boolean mayOverride, boolean allCustomers) {

  public String callerId() {
    return caller.subject();
  }

  public boolean reaches(Opportunity opportunity) {
    return all
        || callerId().equals(opportunity.ownerId())
        || callerId().equals(opportunity.stageOwnerId());
  }

  public AuditTrail.Actor actor() {
    return new AuditTrail.Actor(caller.subject(), caller.username());
  }
}
