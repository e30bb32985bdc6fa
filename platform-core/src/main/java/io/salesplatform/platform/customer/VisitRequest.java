package io.salesplatform.platform.customer;

/** A follow-up visit as its rep records it. */
public class VisitRequest {
  /** The day of the visit, ISO-8601 such as {@code 2026-03-31}; today when absent; never later. */
  public String visitedOn;

  /** What came of it; required. */
  public String outcome;

  /** What happens next, such as {@code send the revised proposal}. */
  public String nextStep;
}
