package io.salesplatform.platform.api;

import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
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

  /** An optional id in a query parameter or field {@code name}; a 400 naming it when malformed. */
  public static UUID optionalId(String name, String value) {
    if (blankToNull(value) == null) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw Problems.badRequest(name, "an id");
    }
  }

  /** An optional ISO day in a query parameter or field {@code name}; a 400 naming it when wrong. */
  public static LocalDate optionalDay(String name, String value) {
    if (blankToNull(value) == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw Problems.badRequest(name, "a day such as 2026-01-31");
    }
  }

  /**
   * An amount of money from a decimal string such as {@code 990.00}: not negative, at most two
   * decimals and 17 digits before the point. A missing amount is {@code null}, and an error when
   * {@code required}; every problem is added to {@code errors} under {@code field}, and the answer
   * is then {@code null}.
   */
  public static BigDecimal amount(
      String field, String value, boolean required, List<Problem.FieldError> errors) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(new Problem.FieldError(field, "required: a decimal such as 990.00"));
      }
      return null;
    }
    try {
      BigDecimal amount = new BigDecimal(value.strip());
      if (amount.signum() < 0) {
        errors.add(new Problem.FieldError(field, "not negative"));
      } else if (amount.scale() > 2) {
        errors.add(new Problem.FieldError(field, "at most two decimals"));
      } else if (amount.precision() - amount.scale() > 17) {
        errors.add(new Problem.FieldError(field, "too large"));
      } else {
        return amount.setScale(2);
      }
    } catch (NumberFormatException e) {
      errors.add(new Problem.FieldError(field, "a decimal such as 990.00"));
    }
    return null;
  }
}
