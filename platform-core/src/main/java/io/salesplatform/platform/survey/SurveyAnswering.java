package io.salesplatform.platform.survey;

import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.outbox.Outbox;
import io.salesplatform.platform.persistence.TenantDatabase;
import io.salesplatform.platform.plugin.PluginCalls;
import io.salesplatform.platform.plugin.PluginHost;
import io.salesplatform.platform.plugin.PluginRegistry;
import io.salesplatform.platform.plugin.SelectedExtension;
import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.settings.TenantSettingsService;
import io.salesplatform.platform.tenant.Tenant;
import io.salesplatform.platform.tenant.TenantContext;
import io.salesplatform.platform.tenant.TenantRepository;
import io.salesplatform.platform.tenant.TenantStatus;
import io.salesplatform.plugin.api.InvalidRequestException;
import io.salesplatform.plugin.api.SurveyAnswers;
import io.salesplatform.plugin.api.SurveyMechanism;
import io.salesplatform.plugin.api.SurveyScore;
import io.salesplatform.tenant.config.settings.PluginPoint;
import io.salesplatform.tenant.config.settings.PluginSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a signed link lets its holder do, without a login: read the questionnaire and answer it
 * once. The link's token names the tenant and the survey; the request is bound to that tenant only,
 * so a link of one company never reaches another's data. Every token that is not one this platform
 * signed, or whose survey does not hold its hash, gets the same 404; an expired link 410, a used
 * one 410 as well.
 */
@RequestScoped
public class SurveyAnswering {

  @Inject SurveyLinks links;
  @Inject TenantRepository tenants;
  @Inject TenantContext tenantContext;
  @Inject TenantDatabase database;
  @Inject TenantSettingsService settings;
  @Inject PluginRegistry registry;
  @Inject PluginCalls calls;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;

  Clock clock = Clock.systemUTC();

  /** The answers a customer sends. */
  public static class Answers {
    /** The rating of each answered question, by question id. */
    public Map<String, Integer> ratings;

    /** Free text, when the survey takes a comment. */
    public String comment;
  }

  /** Binds the request to the link's tenant; the same 404 for anything not genuine. */
  public SurveyTokens.Claims enter(String token) {
    SurveyTokens verifier = links.verifier().orElseThrow(SurveyAnswering::unknown);
    SurveyTokens.Claims claims;
    boolean expired = false;
    try {
      claims = verifier.verify(token, clock.instant());
    } catch (SurveyTokens.RefusedException e) {
      if (e.refusal() == SurveyTokens.Refusal.FORGED) {
        throw unknown();
      }
      claims = e.claims();
      expired = true;
    }
    links.admit(claims.surveyId());
    Tenant tenant = tenants.findById(claims.tenantId()).orElseThrow(SurveyAnswering::unknown);
    if (tenant.status() != TenantStatus.ACTIVE) {
      throw unknown();
    }
    tenantContext.enter(tenant, Set.of());
    if (expired) {
      throw gone(
          "survey-expired",
          "Survey expired",
          "This survey link expired on " + claims.expiresAt() + "; it can no longer be answered.");
    }
    return claims;
  }

  @Transactional
  public SurveyViews.PublicSurvey read(String token, SurveyTokens.Claims claims) {
    Survey survey = open(token, claims);
    return new SurveyViews.PublicSurvey(
        tenantContext.tenant().name(), survey.questionnaire(), survey.expiresAt());
  }

  @Transactional
  public SurveyViews.Thanks answer(String token, SurveyTokens.Claims claims, Answers body) {
    Survey survey = open(token, claims);
    SurveyAnswers answers;
    try {
      answers =
          new SurveyAnswers(
              survey.questionnaire(),
              body.ratings == null ? null : new HashMap<>(body.ratings),
              body.comment);
    } catch (InvalidRequestException e) {
      throw Problems.badRequest(
          "The answers do not fit the survey; nothing was kept.",
          List.of(
              new Problem.FieldError(e.field() == null ? "ratings" : e.field(), e.getMessage())));
    }
    SelectedExtension<SurveyMechanism> mechanism = mechanism(survey);
    SurveyScore score =
        calls.call(
            mechanism,
            database.tenantId().toString(),
            (m, context) -> m.score(answers, context),
            answer -> null);
    Instant now = clock.instant();
    if (!survey.answer(answers.ratings(), answers.comment(), score, now)) {
      throw used();
    }
    try {
      database.entityManager().flush();
    } catch (OptimisticLockException e) {
      throw used();
    }
    AnsweredEvent event =
        new AnsweredEvent(
            survey.id(),
            survey.customerId().toString(),
            survey.repId(),
            survey.trigger().id(),
            survey.subjectId(),
            score.score(),
            score.category(),
            now);
    audit.record(
        new AuditTrail.Actor("survey-link:" + survey.id(), survey.contact().name()),
        "survey.answer",
        "survey:" + survey.id(),
        "Survey answered by "
            + survey.contact().name()
            + ": score "
            + score.score()
            + " ("
            + score.category()
            + ")",
        null,
        event);
    outbox.emit("survey.answered", "survey", survey.id(), event);
    return new SurveyViews.Thanks(tenantContext.tenant().name(), now);
  }

  /**
   * The {@code survey.answered} event.
   *
   * @param surveyId the survey
   * @param customerId its customer
   * @param repId the rep when it was issued
   * @param trigger what it was issued for
   * @param subjectId the ticket or contract, if any
   * @param score the 0 to 100 score
   * @param category the plugin's reading
   * @param answeredAt when it was answered
   */
  public record AnsweredEvent(
      java.util.UUID surveyId,
      String customerId,
      String repId,
      String trigger,
      String subjectId,
      int score,
      String category,
      Instant answeredAt) {}

  private Survey open(String token, SurveyTokens.Claims claims) {
    Survey survey = database.entityManager().find(Survey.class, claims.surveyId());
    if (survey == null || !survey.isLinkedBy(SurveyTokens.hash(token))) {
      throw unknown();
    }
    if (survey.answeredAt() != null) {
      throw used();
    }
    return survey;
  }

  /** The extension that designed the survey scores it, with the tenant's configuration of it. */
  private SelectedExtension<SurveyMechanism> mechanism(Survey survey) {
    String what = survey.pluginId() + " " + survey.pluginVersion();
    PluginHost.LoadedPlugin plugin =
        registry
            .plugin(survey.pluginId(), survey.pluginVersion())
            .orElseThrow(
                () ->
                    Problems.pluginUnavailable(
                        "The survey plugin "
                            + what
                            + " that designed this survey is not running; try again later."));
    SurveyMechanism extension =
        registry
            .extension(
                survey.pluginId(),
                survey.pluginVersion(),
                SurveyMechanism.class,
                survey.extension())
            .orElseThrow(
                () ->
                    Problems.pluginUnavailable(
                        "The survey plugin " + what + " has no extension " + survey.extension()));
    Map<String, Object> config =
        settings
            .current()
            .settings()
            .plugin(PluginPoint.SURVEY)
            .filter(s -> s.pluginId().equals(survey.pluginId()))
            .map(PluginSelection::config)
            .orElse(Map.of());
    return new SelectedExtension<>(
        PluginPoint.SURVEY.id(), plugin, survey.extension(), extension, config);
  }

  static ProblemException unknown() {
    return Problems.notFound("There is no such survey.");
  }

  private static ProblemException used() {
    return gone(
        "survey-answered",
        "Survey already answered",
        "This survey was already answered; a link is used once.");
  }

  private static ProblemException gone(String slug, String title, String detail) {
    return new ProblemException(Problem.of(Response.Status.GONE, slug, title, detail));
  }
}
