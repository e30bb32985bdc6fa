package io.salesplatform.platform.survey;

import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.customer.CustomerScope;
import io.salesplatform.platform.customer.CustomerViews.Rep;
import io.salesplatform.platform.customer.Reps;
import io.salesplatform.platform.persistence.TenantDatabase;
import io.salesplatform.platform.plugin.PluginCalls;
import io.salesplatform.platform.plugin.SelectedExtension;
import io.salesplatform.platform.plugin.TenantPlugins;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.settings.TenantSettingsService;
import io.salesplatform.plugin.api.SurveyAggregation;
import io.salesplatform.plugin.api.SurveyAggregationRequest;
import io.salesplatform.plugin.api.SurveyAnswers;
import io.salesplatform.plugin.api.SurveyMechanism;
import io.salesplatform.plugin.api.SurveyResponse;
import io.salesplatform.tenant.config.settings.PluginPoint;
import io.salesplatform.tenant.config.settings.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The current tenant's issued surveys as its people read them: one, a filtered page, and the
 * satisfaction summed up by the tenant's survey plugin. A caller sees the surveys of the customers
 * in their reach (ADR 16); any other survey is unknown.
 */
@ApplicationScoped
public class Surveys {

  public static final Set<String> SORTABLE = Set.of("issuedAt", "answeredAt", "expiresAt", "score");

  /** The most answered surveys summed up in one request. */
  static final int MAX_AGGREGATED = 20_000;

  @Inject TenantDatabase database;
  @Inject TenantSettingsService settings;
  @Inject TenantPlugins plugins;
  @Inject PluginCalls calls;

  Clock clock = Clock.systemUTC();

  /**
   * Which surveys to list; every criterion is optional.
   *
   * @param customerId of this customer
   * @param repId whose rep (at issue time) was this person
   * @param trigger issued for this
   * @param status pending, answered or expired now
   * @param from issued on or after this day
   * @param to issued before this day
   */
  public record Filter(
      UUID customerId,
      String repId,
      SurveyTrigger trigger,
      SurveyStatus status,
      LocalDate from,
      LocalDate to) {}

  /** Whether the customer exists and is in the caller's reach. */
  @Transactional
  public boolean customerInReach(UUID customerId, CustomerScope scope) {
    return database
        .entityManager()
        .createQuery("select c.assignedRepId from Customer c where c.id = :id", String.class)
        .setParameter("id", customerId)
        .getResultStream()
        .findFirst()
        .map(scope::reaches)
        .orElse(false);
  }

  @Transactional
  public Optional<SurveyViews.SurveyView> find(UUID id, CustomerScope scope) {
    Survey survey = database.entityManager().find(Survey.class, id);
    if (survey == null || !reaches(survey, scope)) {
      return Optional.empty();
    }
    return Optional.of(view(survey));
  }

  @Transactional
  public List<SurveyViews.SurveyView> page(
      Filter filter, Sort sort, PageRequest page, CustomerScope scope) {
    Reps reps = reps();
    @SuppressWarnings("unchecked")
    List<Survey> found =
        query(filter, scope, "select s", sort.jpql("s", "id"))
            .setFirstResult(page.offset())
            .setMaxResults(page.limit())
            .getResultList();
    return found.stream().map(s -> view(s, reps)).toList();
  }

  @Transactional
  public long count(Filter filter, CustomerScope scope) {
    return ((Number) query(filter, scope, "select count(s)", "").getSingleResult()).longValue();
  }

  /**
   * The answered surveys in reach summed up by the tenant's survey plugin. Only surveys its plugin
   * designed are summed up: another mechanism's answers mean something else.
   */
  @Transactional
  public SurveyViews.Scores scores(
      Set<SurveyAggregationRequest.Dimension> groupBy,
      SurveyAggregationRequest.Period period,
      LocalDate from,
      LocalDate to,
      CustomerScope scope) {
    TenantSettings current = settings.current().settings();
    SelectedExtension<SurveyMechanism> mechanism =
        plugins
            .selected(current, PluginPoint.SURVEY, SurveyMechanism.class)
            .orElseThrow(
                () ->
                    Problems.unprocessable(
                        "no-survey-plugin",
                        "No survey plugin",
                        "The company has chosen no survey plugin to sum up its surveys."));
    StringBuilder jpql =
        new StringBuilder(
            "select s from Survey s where s.answeredAt is not null and s.pluginId = :plugin");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("plugin", mechanism.plugin().id());
    if (from != null) {
      jpql.append(" and s.answeredAt >= :from");
      parameters.put("from", from.atStartOfDay(current.timeZone()).toInstant());
    }
    if (to != null) {
      jpql.append(" and s.answeredAt < :to");
      parameters.put("to", to.atStartOfDay(current.timeZone()).toInstant());
    }
    reach(jpql, parameters, scope);
    Query query = database.entityManager().createQuery(jpql + " order by s.answeredAt, s.id");
    parameters.forEach(query::setParameter);
    @SuppressWarnings("unchecked")
    List<Survey> answered = query.setMaxResults(MAX_AGGREGATED + 1).getResultList();
    if (answered.size() > MAX_AGGREGATED) {
      throw Problems.badRequest(
          "from", "more than " + MAX_AGGREGATED + " answers; choose a shorter period");
    }
    Reps reps = reps();
    List<String> dimensions = groupBy.stream().map(d -> d.name().toLowerCase()).sorted().toList();
    String periodName = period.name().toLowerCase();
    if (answered.isEmpty()) {
      return new SurveyViews.Scores(mechanism.label(), dimensions, periodName, List.of());
    }
    List<SurveyResponse> responses =
        answered.stream()
            .map(
                s ->
                    new SurveyResponse(
                        s.customerId().toString(),
                        s.repId(),
                        s.answeredAt(),
                        new SurveyAnswers(s.questionnaire(), s.ratings(), s.comment())))
            .toList();
    SurveyAggregationRequest request =
        new SurveyAggregationRequest(responses, groupBy, period, current.timeZone());
    SurveyAggregation aggregation =
        calls.call(
            mechanism,
            database.tenantId().toString(),
            (m, context) -> m.aggregate(request, context),
            answer -> null);
    List<SurveyViews.ScoreGroup> groups =
        aggregation.groups().stream()
            .map(
                g ->
                    new SurveyViews.ScoreGroup(
                        g.key().customerId(),
                        g.key().repId() == null ? null : rep(reps, g.key().repId()),
                        g.key().period(),
                        g.responses(),
                        g.averageScore(),
                        g.metric(),
                        g.metricValue(),
                        g.categories()))
            .toList();
    return new SurveyViews.Scores(mechanism.label(), dimensions, periodName, groups);
  }

  SurveyViews.SurveyView view(Survey survey) {
    return view(survey, reps());
  }

  private SurveyViews.SurveyView view(Survey s, Reps reps) {
    return new SurveyViews.SurveyView(
        s.id(),
        s.customerId(),
        s.contact(),
        s.trigger().id(),
        s.subjectId(),
        rep(reps, s.repId()),
        s.pluginId() + " " + s.pluginVersion() + " (" + s.extension() + ")",
        s.questionnaire(),
        s.status(clock.instant()).id(),
        s.issuedAt(),
        s.expiresAt(),
        s.answeredAt(),
        s.answeredAt() == null ? null : s.ratings(),
        s.comment(),
        s.score(),
        s.category(),
        s.version());
  }

  private boolean reaches(Survey survey, CustomerScope scope) {
    return scope.all() || customerInReach(survey.customerId(), scope);
  }

  private static void reach(
      StringBuilder jpql, Map<String, Object> parameters, CustomerScope scope) {
    if (!scope.all()) {
      jpql.append(
          " and s.customerId in (select c.id from Customer c where c.assignedRepId = :self)");
      parameters.put("self", scope.callerId());
    }
  }

  private Query query(Filter filter, CustomerScope scope, String select, String order) {
    TenantSettings current = settings.current().settings();
    Instant now = clock.instant();
    StringBuilder jpql = new StringBuilder(select + " from Survey s where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    reach(jpql, parameters, scope);
    if (filter.customerId() != null) {
      jpql.append(" and s.customerId = :customer");
      parameters.put("customer", filter.customerId());
    }
    if (filter.repId() != null) {
      jpql.append(" and s.repId = :rep");
      parameters.put("rep", filter.repId());
    }
    if (filter.trigger() != null) {
      jpql.append(" and s.trigger = :trigger");
      parameters.put("trigger", filter.trigger().id());
    }
    if (filter.status() != null) {
      switch (filter.status()) {
        case ANSWERED -> jpql.append(" and s.answeredAt is not null");
        case PENDING -> {
          jpql.append(" and s.answeredAt is null and s.expiresAt > :now");
          parameters.put("now", now);
        }
        case EXPIRED -> {
          jpql.append(" and s.answeredAt is null and s.expiresAt <= :now");
          parameters.put("now", now);
        }
      }
    }
    if (filter.from() != null) {
      jpql.append(" and s.issuedAt >= :from");
      parameters.put("from", filter.from().atStartOfDay(current.timeZone()).toInstant());
    }
    if (filter.to() != null) {
      jpql.append(" and s.issuedAt < :to");
      parameters.put("to", filter.to().atStartOfDay(current.timeZone()).toInstant());
    }
    Query query = database.entityManager().createQuery(jpql + order);
    parameters.forEach(query::setParameter);
    return query;
  }

  private Reps reps() {
    return Reps.of(database.entityManager());
  }

  private static Rep rep(Reps reps, String id) {
    return reps.get(id);
  }
}
