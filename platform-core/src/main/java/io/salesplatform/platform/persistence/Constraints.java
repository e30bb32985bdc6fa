package io.salesplatform.platform.persistence;

import java.sql.SQLException;

/** Reads what the database refused. */
public final class Constraints {

  private static final String UNIQUE_VIOLATION = "23505";

  private Constraints() {}

  /** Whether {@code error}, or any cause of it, is a violated unique constraint. */
  public static boolean isUniqueViolation(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
