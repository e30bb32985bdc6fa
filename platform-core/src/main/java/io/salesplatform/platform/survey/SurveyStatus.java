package io.salesplatform.platform.survey;

/** Where a survey stands: waiting for its answers, answered, or expired unanswered. */
public enum SurveyStatus {
  PENDING,
  ANSWERED,
  EXPIRED;

  public String id() {
    return name().toLowerCase();
  }
}
