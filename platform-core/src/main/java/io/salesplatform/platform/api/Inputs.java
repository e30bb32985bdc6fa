package io.salesplatform.platform.api;

import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import java.util.UUID;
import java.util.function.Supplier;

/** Small readings of request input that every resource needs the same way. */
public final class Inputs {

  private Inputs() {}

  /** The text without surrounding white space, or {@code null} when there is none. */
  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The request body; a request without one gets a 400 naming it. */
  public static <T> T required(T body) {
    if (body == null) {
      throw Problems.badRequest("body", "a body is required");
    }
    return body;
  }

  /**
   * A resource id from a path. An id that is not a UUID names nothing, so it gets the same answer
   * as an unknown one ({@code unknown}, a 404) rather than a 400 that tells ids apart.
   */
  public static UUID id(String value, Supplier<ProblemException> unknown) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw unknown.get();
    }
  }

  /** An optional day of a query parameter, such as {@code 2026-01-31}; a 400 naming it if bad. */
  public static java.time.LocalDate day(String name, String value) {
    String text = blankToNull(value);
    if (text == null) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw Problems.badRequest(name, "a day such as 2026-01-31");
    }
  }

  /** An optional id of a query parameter (a filter); a 400 naming it if it is no id. */
  public static UUID filterId(String name, String value) {
    String text = blankToNull(value);
    if (text == null) {
      return null;
    }
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw Problems.badRequest(name, "an id");
    }
  }
}
