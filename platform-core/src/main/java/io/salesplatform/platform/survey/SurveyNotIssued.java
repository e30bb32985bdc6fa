package io.salesplatform.platform.survey;

import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.ProblemException;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The {@code survey.not-issued} event: a survey that something should have issued on the side (a
 * closed ticket, a completed contract) and could not, with why, so that someone issues it by hand.
 *
 * @param trigger what it should have been issued for
 * @param customerId the customer it should have gone to
 * @param reason why not, for a person to read: the refusal's field errors (such as "contact:
 *     required: the customer's file has no contact with an e-mail address") or else its detail
 * @param problem the kind of refusal, the last segment of the problem's type (such as {@code
 *     no-survey-plugin}, {@code invalid-request}, {@code plugin-failed})
 */
public record SurveyNotIssued(String trigger, UUID customerId, String reason, String problem) {

  /** The event for a refusal of {@link SurveyIssuer#issue}. */
  public static SurveyNotIssued of(SurveyTrigger trigger, UUID customerId, ProblemException e) {
    return new SurveyNotIssued(trigger.id(), customerId, reason(e.problem()), kind(e.problem()));
  }

  /** Why a problem refused: its field errors when it names any, else its detail or title. */
  static String reason(Problem problem) {
    if (!problem.errors().isEmpty()) {
      return problem.errors().stream()
          .map(error -> error.field() + ": " + error.message())
          .collect(Collectors.joining("; "));
    }
    if (problem.detail() != null && !problem.detail().isBlank()) {
      return problem.detail();
    }
    return problem.title();
  }

  private static String kind(Problem problem) {
    String type = problem.type() == null ? "" : problem.type();
    return type.substring(type.lastIndexOf('/') + 1);
  }
}
