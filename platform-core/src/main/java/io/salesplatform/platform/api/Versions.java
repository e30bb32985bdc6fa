package io.salesplatform.platform.api;

import io.salesplatform.platform.problem.ProblemException;
import io.salesplatform.platform.problem.Problems;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic locking on the wire. Every versioned resource answers with its version as an {@code
 * ETag}, and every change names the version it was made from, as the {@code If-Match} header or a
 * {@code version} field of the body; a change made from an older version is refused with 409, so
 * that no one overwrites a change they have not seen.
 */
public final class Versions {

  private Versions() {}

  /**
   * The version a change is based on, from the body's {@code version} field or the {@code If-Match}
   * header; a 400 when neither names one, when the header is no version, or when the two differ.
   */
  public static long basedOn(Long fromBody, String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      if (fromBody == null) {
        throw Problems.badRequest(
            "version", "required: the version the change is based on (or the ETag as If-Match)");
      }
      return fromBody;
    }
    long tagged;
    try {
      tagged = Long.parseLong(ifMatch.trim().replaceFirst("^W/", "").replace("\"", ""));
    } catch (NumberFormatException e) {
      throw Problems.badRequest("If-Match", "not an ETag of this resource");
    }
    if (fromBody != null && fromBody != tagged) {
      throw Problems.badRequest("version", "differs from the If-Match header");
    }
    return tagged;
  }

  /** Refuses a change based on {@code basedOn} when the resource is at {@code current}. */
  public static void require(long current, long basedOn, String what) {
    if (current != basedOn) {
      throw stale(what, basedOn, current);
    }
  }

  /** The 409 for a change made from an older version. */
  public static ProblemException stale(String what, long basedOn, long current) {
    return Problems.conflict(
        "stale-version",
        "Stale version",
        "The change is based on version "
            + basedOn
            + " of "
            + what
            + ", but version "
            + current
            + " is current. Read it again and apply the change to the current version.");
  }

  public static EntityTag tag(long version) {
    return new EntityTag(Long.toString(version));
  }
}
