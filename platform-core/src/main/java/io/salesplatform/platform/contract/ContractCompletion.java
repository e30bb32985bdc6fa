package io.salesplatform.platform.contract;

import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.customer.Customers;
import io.salesplatform.platform.outbox.Outbox;
import io.salesplatform.platform.pipeline.Opportunities;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.survey.SurveyIssuer;
import io.salesplatform.platform.survey.SurveyNotIssued;
import io.salesplatform.platform.survey.SurveyTrigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * What happens when a contract is completed (policy 5.6), in the transaction of the delivery that
 * completed it: the follow-up visit is planned, the opportunity enters after-sales, a satisfaction
 * survey goes to the customer's first contact with an e-mail address through the company's survey
 * plugin, and {@code contract.completed} goes to the outbox. This is the one place where
 * after-sales starts.
 *
 * <p>The delivery is never refused for the survey's sake: a company without a survey plugin sends
 * none, and a customer without an e-mail contact or a failing plugin leaves a {@code
 * survey.not-issued} event naming why, so that someone issues it by hand.
 */
@ApplicationScoped
public class ContractCompletion {

  /** Days after completion the follow-up visit is planned for, unless one is planned earlier. */
  public static final int FOLLOW_UP_AFTER_DAYS = 7;

  @Inject Customers customers;
  @Inject Opportunities opportunities;
  @Inject Outbox outbox;
  @Inject SurveyIssuer surveys;

  private static final Logger LOG = Logger.getLogger(ContractCompletion.class.getName());

  @Transactional(Transactional.TxType.MANDATORY)
  public void completed(Contract contract, LocalDate on, Object view, AuditTrail.Actor actor) {
    customers.planFollowUp(contract.customerId(), on.plusDays(FOLLOW_UP_AFTER_DAYS), actor);
    opportunities.enterAfterSales(contract.opportunityId(), actor);
    outbox.emit("contract.completed", "contract", contract.id(), view);
    if (surveys.available()) {
      try {
        surveys.issue(
            contract.customerId(),
            null,
            SurveyTrigger.CONTRACT_COMPLETION,
            contract.id().toString(),
            actor);
      } catch (ProblemException e) {
        LOG.info(
            () -> "no survey at completion of contract " + contract.id() + ": " + e.getMessage());
        outbox.emit(
            "survey.not-issued",
            "contract",
            contract.id(),
            SurveyNotIssued.of(SurveyTrigger.CONTRACT_COMPLETION, contract.customerId(), e));
      }
    }
  }
}
