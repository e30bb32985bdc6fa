package io.salesplatform.platform.feedback;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.PageRequest;
import io.salesplatform.platform.api.Sort;
import io.salesplatform.platform.api.Versions;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.outbox.Outbox;
import io.salesplatform.platform.persistence.TenantDatabase;
import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.team.CompanyPeople;
import io.salesplatform.platform.team.PersonRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The current tenant's feedback channel. Whoever raises feedback sees their own; whoever answers it
 * ({@code feedback.answer}) sees all; anything else is unknown (404).
 */
@ApplicationScoped
public class FeedbackChannel {

  public static final Set<String> SORTABLE = Set.of("createdAt", "updatedAt");

  static final int TEXT_MAX = 10_000;

  @Inject TenantDatabase database;
  @Inject CompanyPeople people;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;

  Clock clock = Clock.systemUTC();

  /**
   * Whose feedback a caller reaches: their own, or with {@code feedback.answer} everyone's.
   *
   * @param callerId who asks
   * @param all whether they reach everyone's
   */
  public record Reach(String callerId, boolean all) {}

  /**
   * Which feedback to list.
   *
   * @param category only problems or suggestions
   * @param status only those standing so
   * @param mine only the caller's own
   */
  public record Filter(String category, String status, boolean mine) {}

  @Transactional
  public FeedbackView raise(FeedbackRequests.Raise request, Reach reach, AuditTrail.Actor actor) {
    List<Problem.FieldError> errors = new ArrayList<>();
    String category = Inputs.blankToNull(request.category);
    if (category == null || !Feedback.CATEGORIES.contains(category)) {
      errors.add(new Problem.FieldError("category", "problem or suggestion"));
    }
    String subject = Inputs.blankToNull(request.subject);
    if (subject == null || subject.length() > 200) {
      errors.add(new Problem.FieldError("subject", "1 to 200 characters"));
    }
    String text = Inputs.blankToNull(request.text);
    if (text == null || text.length() > TEXT_MAX) {
      errors.add(new Problem.FieldError("text", "1 to " + TEXT_MAX + " characters"));
    }
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The feedback is invalid.", errors);
    }
    boolean anonymous = Boolean.TRUE.equals(request.anonymous);
    Feedback feedback =
        new Feedback(category, subject, text, anonymous, reach.callerId(), clock.instant());
    database.entityManager().persist(feedback);
    FeedbackView view = FeedbackView.of(feedback, reach.callerId(), people.byId());
    // the audit trail names who acted, as everywhere; events and answers do not name an
    // anonymous raiser
    FeedbackView told = FeedbackView.of(feedback, null, people.byId());
    audit.record(
        actor,
        "feedback.raise",
        "feedback:" + feedback.id(),
        "Raised the " + category + " " + subject,
        null,
        told);
    outbox.emit("feedback.raised", "feedback", feedback.id(), told);
    return view;
  }

  @Transactional
  public Optional<FeedbackView> find(UUID id, Reach reach) {
    return reachable(id, reach).map(f -> FeedbackView.of(f, reach.callerId(), people.byId()));
  }

  @Transactional
  public FeedbackView answer(
      UUID id, FeedbackRequests.Answer request, long basedOn, Reach reach, AuditTrail.Actor actor) {
    Feedback feedback = reachable(id, reach).orElseThrow(() -> unknown(id.toString()));
    List<Problem.FieldError> errors = new ArrayList<>();
    String answer = Inputs.blankToNull(request.answer);
    if (answer == null || answer.length() > TEXT_MAX) {
      errors.add(new Problem.FieldError("answer", "1 to " + TEXT_MAX + " characters"));
    }
    String status = Inputs.blankToNull(request.status);
    if (status == null || !Feedback.ANSWER_STATUSES.contains(status)) {
      errors.add(new Problem.FieldError("status", String.join(", ", Feedback.ANSWER_STATUSES)));
    }
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The answer is invalid.", errors);
    }
    Versions.require(feedback.version(), basedOn, "feedback " + id);
    Map<String, PersonRef> names = people.byId();
    FeedbackView before = FeedbackView.of(feedback, null, names);
    feedback.answer(answer, status, actor.id(), clock.instant());
    try {
      database.entityManager().flush();
    } catch (OptimisticLockException e) {
      throw Versions.stale("feedback " + id, basedOn, basedOn + 1);
    }
    FeedbackView after = FeedbackView.of(feedback, null, names);
    audit.record(
        actor,
        "feedback.answer",
        "feedback:" + id,
        "Answered " + feedback.subject() + " (" + status + ")",
        before,
        after);
    outbox.emit("feedback.answered", "feedback", id, after);
    return FeedbackView.of(feedback, reach.callerId(), names);
  }

  @Transactional
  public List<FeedbackView> page(Filter filter, Sort sort, PageRequest page, Reach reach) {
    Map<String, PersonRef> names = people.byId();
    return query(filter, reach, "select f", sort.jpql("f", "id"), Feedback.class)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultStream()
        .map(f -> FeedbackView.of(f, reach.callerId(), names))
        .toList();
  }

  @Transactional
  public long count(Filter filter, Reach reach) {
    return query(filter, reach, "select count(f)", "", Long.class).getSingleResult();
  }

  private Optional<Feedback> reachable(UUID id, Reach reach) {
    Feedback feedback = database.entityManager().find(Feedback.class, id);
    if (feedback == null || !(reach.all() || feedback.raisedBy().equals(reach.callerId()))) {
      return Optional.empty();
    }
    return Optional.of(feedback);
  }

  private <T> TypedQuery<T> query(
      Filter filter, Reach reach, String select, String order, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select + " from Feedback f where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (!reach.all() || filter.mine()) {
      jpql.append(" and f.raisedBy = :self");
      parameters.put("self", reach.callerId());
    }
    if (filter.category() != null) {
      jpql.append(" and f.category = :category");
      parameters.put("category", filter.category());
    }
    if (filter.status() != null) {
      jpql.append(" and f.status = :status");
      parameters.put("status", filter.status());
    }
    TypedQuery<T> query = database.entityManager().createQuery(jpql + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  static ProblemException unknown(String id) {
    return Problems.notFound("There is no feedback " + id + " in your reach.");
  }
}
