package io.salesplatform.platform.appraisal;

import io.salesplatform.platform.api.Inputs;
import io.salesplatform.platform.api.Quarter;
import io.salesplatform.platform.api.Versions;
import io.salesplatform.platform.appraisal.AppraisalViews.CommentView;
import io.salesplatform.platform.appraisal.AppraisalViews.RatingView;
import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.customer.Reps;
import io.salesplatform.platform.outbox.Outbox;
import io.salesplatform.platform.persistence.TenantDatabase;
import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.settings.TenantSettingsService;
import io.salesplatform.platform.tenant.TenantMember;
import io.salesplatform.tenant.config.settings.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What people say about appraisals: collaboration ratings before a quarter's appraisal is published
 * (policy 6.5), and reps' comments and disputes after, which a manager answers (chapter 6: open and
 * fair).
 */
@ApplicationScoped
public class AppraisalFeedback {

  @Inject TenantDatabase database;
  @Inject TenantSettingsService settings;
  @Inject Appraisals appraisals;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;

  Clock clock = Clock.systemUTC();

  /**
   * Rates a colleague's collaboration in a quarter, or changes one's rating. A manager's rating
   * counts as a manager's, anyone else's as a peer's.
   */
  @Transactional
  public RatingView rate(
      Quarter quarter,
      String ratedId,
      RatingRequest request,
      AuditTrail.Actor rater,
      boolean manager) {
    TenantSettings current = settings.current().settings();
    int max = current.appraisal().scoring().teamCollaboration().ratingScaleMax();
    List<Problem.FieldError> errors = new ArrayList<>();
    if (request.rating == null || request.rating < 1 || request.rating > max) {
      errors.add(new Problem.FieldError("rating", "required: 1 to " + max));
    }
    String comment = Inputs.blankToNull(request.comment);
    if (comment != null && comment.length() > 2000) {
      errors.add(new Problem.FieldError("comment", "at most 2000 characters"));
    }
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The rating is invalid.", errors);
    }
    if (ratedId.equals(rater.id())) {
      throw Problems.unprocessable(
          "self-rating", "Own rating", "Collaboration is rated by colleagues, not by oneself.");
    }
    TenantMember rated = database.entityManager().find(TenantMember.class, ratedId);
    if (rated == null || !rated.isActive()) {
      throw Problems.notFound("There is no active person " + ratedId + " in this company.");
    }
    if (quarter.start(current.timeZone()).isAfter(clock.instant())) {
      throw Problems.unprocessable(
          "quarter-not-begun",
          "Quarter not begun",
          quarter + " has not begun; rate it once it has.");
    }
    if (appraisals.published(quarter)) {
      throw Problems.conflict(
          "appraisal-published-already",
          "Appraisal published",
          "The appraisal of " + quarter + " is published; its ratings are final.");
    }
    String role = manager ? "manager" : "peer";
    CollaborationRating rating =
        database
            .entityManager()
            .createQuery(
                "select r from CollaborationRating r where r.quarter = :quarter"
                    + " and r.ratedId = :rated and r.raterId = :rater",
                CollaborationRating.class)
            .setParameter("quarter", quarter.toString())
            .setParameter("rated", ratedId)
            .setParameter("rater", rater.id())
            .getResultStream()
            .findFirst()
            .orElse(null);
    Reps names = appraisals.names();
    RatingView before = rating == null ? null : view(rating, names, true);
    if (rating == null) {
      rating =
          new CollaborationRating(quarter.toString(), ratedId, rater.id(), role, clock.instant());
      rating.rate(request.rating, comment, role, clock.instant());
      database.entityManager().persist(rating);
    } else if (request.version != null && request.version != rating.version()) {
      throw Versions.stale("rating", request.version, rating.version());
    } else if (!rating.rate(request.rating, comment, role, clock.instant())) {
      return before;
    }
    database.entityManager().flush();
    RatingView after = view(rating, names, true);
    audit.record(
        rater,
        "appraisal.rate",
        "collaboration-rating:" + rating.id(),
        "Rated the collaboration of " + after.rated().name() + " in " + quarter,
        before,
        after);
    outbox.emit("appraisal.rated", "collaboration-rating", rating.id(), after);
    return after;
  }

  /** The ratings of a quarter: all of them for managers, else the ones the caller gave. */
  @Transactional
  public List<RatingView> ratings(Quarter quarter, String ratedId, String callerId, boolean all) {
    StringBuilder jpql =
        new StringBuilder("select r from CollaborationRating r where r.quarter = :quarter");
    if (!all) {
      jpql.append(" and r.raterId = :rater");
    }
    if (ratedId != null) {
      jpql.append(" and r.ratedId = :rated");
    }
    var query =
        database
            .entityManager()
            .createQuery(jpql + " order by r.ratedId, r.raterId", CollaborationRating.class)
            .setParameter("quarter", quarter.toString());
    if (!all) {
      query.setParameter("rater", callerId);
    }
    if (ratedId != null) {
      query.setParameter("rated", ratedId);
    }
    Reps names = appraisals.names();
    return query.getResultStream().map(r -> view(r, names, true)).toList();
  }

  /** A rep's comment on, or dispute of, their own published result. */
  @Transactional
  public CommentView comment(
      UUID runId, String repId, CommentRequest request, AuditTrail.Actor author) {
    AppraisalRun run = appraisals.existing(runId, false);
    if (appraisals.stored(runId, repId).isEmpty()) {
      throw Problems.notFound("Run " + runId + " has no result for " + repId + ".");
    }
    if (!repId.equals(author.id())) {
      throw Problems.unprocessable(
          "not-own-result",
          "Not one's own result",
          "Only the appraised rep comments on or disputes their result.");
    }
    List<Problem.FieldError> errors = new ArrayList<>();
    String kind = Inputs.blankToNull(request.kind);
    if (kind == null) {
      kind = "comment";
    } else if (!kind.equals("comment") && !kind.equals("dispute")) {
      errors.add(new Problem.FieldError("kind", "comment or dispute"));
    }
    String text = Inputs.blankToNull(request.text);
    if (text == null) {
      errors.add(new Problem.FieldError("text", "required"));
    } else if (text.length() > 4000) {
      errors.add(new Problem.FieldError("text", "at most 4000 characters"));
    }
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The comment is invalid.", errors);
    }
    AppraisalComment comment =
        new AppraisalComment(runId, repId, kind, text, author.id(), clock.instant());
    database.entityManager().persist(comment);
    database.entityManager().flush();
    CommentView view = Explanations.view(comment, appraisals.names());
    audit.record(
        author,
        "appraisal." + kind,
        "appraisal-comment:" + comment.id(),
        ("dispute".equals(kind) ? "Disputed" : "Commented on")
            + " the appraisal of "
            + run.quarter(),
        null,
        view);
    outbox.emit(
        "dispute".equals(kind) ? "appraisal.disputed" : "appraisal.commented",
        "appraisal-comment",
        comment.id(),
        view);
    return view;
  }

  /** A manager's answer to a comment or dispute; a dispute is upheld or dismissed. */
  @Transactional
  public CommentView answer(
      UUID runId,
      String repId,
      UUID commentId,
      AnswerRequest request,
      long basedOn,
      AuditTrail.Actor manager) {
    AppraisalComment comment = database.entityManager().find(AppraisalComment.class, commentId);
    if (comment == null || !comment.runId().equals(runId) || !comment.repId().equals(repId)) {
      throw Problems.notFound("There is no comment " + commentId + " on this result.");
    }
    List<Problem.FieldError> errors = new ArrayList<>();
    String answer = Inputs.blankToNull(request.answer);
    if (answer == null) {
      errors.add(new Problem.FieldError("answer", "required"));
    } else if (answer.length() > 4000) {
      errors.add(new Problem.FieldError("answer", "at most 4000 characters"));
    }
    String decision = Inputs.blankToNull(request.decision);
    if ("dispute".equals(comment.kind())) {
      if (!"upheld".equals(decision) && !"dismissed".equals(decision)) {
        errors.add(
            new Problem.FieldError("decision", "required for a dispute: upheld or dismissed"));
      }
    } else if (decision != null && !"noted".equals(decision)) {
      errors.add(new Problem.FieldError("decision", "a comment is only noted"));
    } else {
      decision = "noted";
    }
    if (!errors.isEmpty()) {
      throw Problems.badRequest("The answer is invalid.", errors);
    }
    Versions.require(comment.version(), basedOn, "comment " + commentId);
    if (comment.answer() != null) {
      throw Problems.conflict(
          "answered-already", "Answered already", "The comment was answered already.");
    }
    Reps names = appraisals.names();
    CommentView before = Explanations.view(comment, names);
    comment.answer(answer, decision, manager.id(), clock.instant());
    try {
      database.entityManager().flush();
    } catch (OptimisticLockException e) {
      throw Versions.stale("comment " + commentId, basedOn, basedOn + 1);
    }
    CommentView after = Explanations.view(comment, names);
    audit.record(
        manager,
        "appraisal.answer",
        "appraisal-comment:" + commentId,
        "Answered a " + comment.kind() + " of " + after.author().name(),
        before,
        after);
    outbox.emit("appraisal.answered", "appraisal-comment", commentId, after);
    return after;
  }

  static RatingView view(CollaborationRating r, Reps names, boolean showRater) {
    return new RatingView(
        r.id(),
        r.quarter(),
        Appraisals.person(names, r.ratedId()),
        showRater ? Appraisals.person(names, r.raterId()) : null,
        r.raterRole(),
        r.rating(),
        r.comment(),
        r.updatedAt(),
        r.version());
  }

  /** A collaboration rating as a client sends it. */
  public static class RatingRequest {
    /** 1 to the company's rating scale maximum (appraisal scoring, teamCollaboration). */
    public Integer rating;

    /** Why, up to 2,000 characters; optional. */
    public String comment;

    /** When changing one's rating, the version it was read at; optional. */
    public Long version;
  }

  /** A comment or dispute as a rep sends it. */
  public static class CommentRequest {
    /** {@code comment} (default) or {@code dispute}. */
    public String kind;

    /** What the rep says, up to 4,000 characters. */
    public String text;
  }

  /** A manager's answer. */
  public static class AnswerRequest {
    /** The answer, up to 4,000 characters. */
    public String answer;

    /** For a dispute {@code upheld} or {@code dismissed}; for a comment {@code noted}. */
    public String decision;

    /** The comment's version (or If-Match). */
    public Long version;
  }
}
