package io.salesplatform.platform.feedback;

/** What clients send to the feedback channel. */
public final class FeedbackRequests {

  private FeedbackRequests() {}

  /** A problem or suggestion raised. */
  public static class Raise {
    /** problem or suggestion; required. */
    public String category;

    /** A short subject, 1 to 200 characters; required. */
    public String subject;

    /** What it is about, 1 to 10,000 characters; required. */
    public String text;

    /** Whether to hide one's name from whoever reads it (false when absent). */
    public Boolean anonymous;
  }

  /** Management's answer. */
  public static class Answer {
    /** The answer, 1 to 10,000 characters; required. */
    public String answer;

    /** answered, accepted, declined or done; required. */
    public String status;

    /** The version the answer is based on (or If-Match). */
    public Long version;
  }
}
