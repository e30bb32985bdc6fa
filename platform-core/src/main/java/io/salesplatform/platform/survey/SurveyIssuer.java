package io.salesplatform.platform.survey;

import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.customer.Customer;
import io.salesplatform.platform.outbox.Outbox;
import io.salesplatform.platform.persistence.TenantDatabase;
import io.salesplatform.platform.plugin.PluginCalls;
import io.salesplatform.platform.plugin.SelectedExtension;
import io.salesplatform.platform.plugin.TenantPlugins;
import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.settings.TenantSettingsService;
import io.salesplatform.plugin.api.Questionnaire;
import io.salesplatform.plugin.api.SurveyMechanism;
import io.salesplatform.plugin.api.SurveyRequest;
import io.salesplatform.tenant.config.settings.PluginPoint;
import io.salesplatform.tenant.config.settings.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues satisfaction surveys (policy 5.6): the tenant's survey plugin designs the questionnaire,
 * the survey is kept with the customer's current rep, and a signed single-use link is made for its
 * contact and told to the outbox ({@code survey.issued}) for the mail sender. Anything that should
 * survey a customer (a manual request, a closed ticket, a completed contract) calls {@link #issue}
 * inside its own transaction, so the survey exists exactly when that change commits.
 */
@ApplicationScoped
public class SurveyIssuer {

  private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

  @Inject TenantDatabase database;
  @Inject TenantSettingsService settings;
  @Inject TenantPlugins plugins;
  @Inject PluginCalls calls;
  @Inject SurveyLinks links;
  @Inject Surveys surveys;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;

  Clock clock = Clock.systemUTC();

  /** Whether the current tenant has chosen a survey plugin. */
  @Transactional
  public boolean available() {
    return settings.current().settings().plugin(PluginPoint.SURVEY).isPresent();
  }

  /**
   * Issues a survey to a contact of a customer; the caller has checked the customer is in reach.
   *
   * @param contact who to ask; when {@code null}, the customer's first contact with an e-mail
   * @param subjectId what it is issued for (a ticket's or contract's id); {@code null} when manual
   * @param actor who issues it, for the audit trail
   *     <p>Every refusal is raised before anything is written, so a refusal leaves the caller's
   *     transaction usable: a caller that issues a survey on the side (contract completion) catches
   *     it and carries on.
   * @throws io.salesplatform.platform.problem.ProblemException 400 for an unknown customer or a bad
   *     contact, 422 {@code no-survey-plugin} when the tenant has no survey plugin, 503 when links
   *     cannot be signed, and the plugin's own problems
   */
  @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = ProblemException.class)
  public SurveyViews.IssuedSurvey issue(
      UUID customerId,
      SurveyContact contact,
      SurveyTrigger trigger,
      String subjectId,
      AuditTrail.Actor actor) {
    SurveyTokens tokens = links.tokens();
    Customer customer = database.entityManager().find(Customer.class, customerId);
    if (customer == null) {
      throw Problems.badRequest("customerId", "no customer of the company has this id");
    }
    SurveyContact to = contact(contact, customer);
    TenantSettings current = settings.current().settings();
    Optional<SelectedExtension<SurveyMechanism>> selected =
        plugins.selected(current, PluginPoint.SURVEY, SurveyMechanism.class);
    if (selected.isEmpty()) {
      throw Problems.unprocessable(
          "no-survey-plugin",
          "No survey plugin",
          "The company has chosen no survey plugin, so no survey can be designed; its admin"
              + " chooses one under plugins/survey.");
    }
    SelectedExtension<SurveyMechanism> mechanism = selected.get();
    SurveyRequest request =
        new SurveyRequest(trigger.id(), customerId.toString(), current.locale().toLanguageTag());
    Questionnaire questionnaire =
        calls.call(
            mechanism,
            database.tenantId().toString(),
            (m, context) -> m.design(request, context),
            answer -> null);
    Instant now = clock.instant();
    Instant expires = now.plus(links.validity());
    Survey survey =
        new Survey(
            customerId,
            to,
            trigger,
            subjectId,
            customer.assignedRepId(),
            mechanism.plugin().id(),
            mechanism.plugin().version(),
            mechanism.name(),
            questionnaire,
            actor.id(),
            now,
            expires);
    String token =
        tokens.sign(new SurveyTokens.Claims(database.tenantId().value(), survey.id(), expires));
    survey.linkedBy(SurveyTokens.hash(token));
    database.entityManager().persist(survey);
    String link = links.link(token);
    SurveyViews.SurveyView view = surveys.view(survey);
    audit.record(
        actor,
        "survey.issue",
        "survey:" + survey.id(),
        "Issued a " + trigger.id() + " survey to " + to.name() + " of " + customer.name(),
        null,
        view);
    outbox.emit(
        "survey.issued",
        "survey",
        survey.id(),
        new IssuedEvent(
            survey.id(),
            customerId,
            customer.name(),
            to,
            trigger.id(),
            subjectId,
            current.locale().toLanguageTag(),
            link,
            expires));
    return new SurveyViews.IssuedSurvey(view, link);
  }

  /**
   * The {@code survey.issued} event: what a mail sender needs to send the link.
   *
   * @param surveyId the survey
   * @param customerId its customer
   * @param customerName the customer's name
   * @param contact who to send it to
   * @param trigger what it was issued for
   * @param subjectId the ticket or contract, if any
   * @param locale the language of the questionnaire
   * @param link the signed link
   * @param expiresAt when the link stops working
   */
  public record IssuedEvent(
      UUID surveyId,
      UUID customerId,
      String customerName,
      SurveyContact contact,
      String trigger,
      String subjectId,
      String locale,
      String link,
      Instant expiresAt) {}

  private static SurveyContact contact(SurveyContact given, Customer customer) {
    if (given == null) {
      return customer.contacts().stream()
          .filter(c -> c.email() != null && c.email().strip().matches(EMAIL))
          .findFirst()
          .map(c -> new SurveyContact(c.name().strip(), c.email().strip()))
          .orElseThrow(
              () ->
                  Problems.badRequest(
                      "contact",
                      "required: the customer's file has no contact with an e-mail address"));
    }
    List<Problem.FieldError> errors = new ArrayList<>();
    String name = given.name() == null ? "" : given.name().strip();
    String email = given.email() == null ? "" : given.email().strip();
    if (name.isEmpty()) {
      errors.add(new Problem.FieldError("contact.name", "required"));
    } else if (name.length() > 200) {
      errors.add(new Problem.FieldError("contact.name", "at most 200 characters"));
    }
    if (email.isEmpty()) {
      errors.add(new Problem.FieldError("contact.email", "required: where the link is sent"));
    } else if (email.length() > 320 || !email.matches(EMAIL)) {
      errors.add(new Problem.FieldError("contact.email", "an e-mail address"));
    }
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The survey's contact is invalid.", errors);
    }
    return new SurveyContact(name, email);
  }
}
