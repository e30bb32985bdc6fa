package io.salesplatform.platform.feedback;

import io.salesplatform.platform.team.CompanyPeople;
import io.salesplatform.platform.team.PersonRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A problem or suggestion with its answers.
 *
 * @param id its id
 * @param category problem or suggestion
 * @param subject its subject
 * @param text what it is about
 * @param anonymous whether the raiser hid their name
 * @param raisedBy who raised it; {@code null} when anonymous, except to the raiser
 * @param mine whether the caller raised it
 * @param status open, answered, accepted, declined or done
 * @param answers management's answers, oldest first
 * @param createdAt when it was raised
 * @param updatedAt when it was last answered
 * @param version its version, also the ETag
 */
public record FeedbackView(
    UUID id,
    String category,
    String subject,
    String text,
    boolean anonymous,
    PersonRef raisedBy,
    boolean mine,
    String status,
    List<AnswerView> answers,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  /**
   * One answer.
   *
   * @param answer what management answered
   * @param status the status it set
   * @param by who answered
   * @param at when
   */
  public record AnswerView(String answer, String status, PersonRef by, Instant at) {}

  static FeedbackView of(Feedback feedback, String callerId, Map<String, PersonRef> people) {
    boolean mine = feedback.raisedBy().equals(callerId);
    return new FeedbackView(
        feedback.id(),
        feedback.category(),
        feedback.subject(),
        feedback.text(),
        feedback.anonymous(),
        feedback.anonymous() && !mine ? null : CompanyPeople.ref(people, feedback.raisedBy()),
        mine,
        feedback.status(),
        feedback.answers().stream()
            .map(
                a ->
                    new AnswerView(
                        a.answer, a.status, CompanyPeople.ref(people, a.byId), Instant.parse(a.at)))
            .toList(),
        feedback.createdAt(),
        feedback.updatedAt(),
        feedback.version());
  }
}
