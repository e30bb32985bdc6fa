package io.salesplatform.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;

/** The problems the platform answers with, named once so that each kind keeps one type. */
public final class Problems {

  /** 422, which the status enumeration of this JAX-RS version does not name. */
  private static final Response.StatusType UNPROCESSABLE =
      new Response.StatusType() {
        @Override
        public int getStatusCode() {
          return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
          return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
          return "Unprocessable Content";
        }
      };

  private Problems() {}

  public static ProblemException badRequest(String detail, List<Problem.FieldError> errors) {
    return new ProblemException(
        Problem.of(Status.BAD_REQUEST, "invalid-request", "Invalid request", detail)
            .withErrors(errors));
  }

  public static ProblemException badRequest(String field, String message) {
    return badRequest(
        "The request has an invalid field.", List.of(new Problem.FieldError(field, message)));
  }

  public static Problem unauthenticated(String detail) {
    return Problem.of(Status.UNAUTHORIZED, "unauthenticated", "Authentication required", detail);
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(Problem.of(Status.FORBIDDEN, "forbidden", "Forbidden", detail));
  }

  /** Unknown, or belonging to a tenant the caller does not have: the two are never told apart. */
  public static ProblemException notFound(String detail) {
    return new ProblemException(Problem.of(Status.NOT_FOUND, "not-found", "Not found", detail));
  }

  /** The tenant of the request is suspended; told only to its own people. */
  public static ProblemException suspended(String slug, String reason) {
    return new ProblemException(
        Problem.of(
            Status.FORBIDDEN,
            "tenant-suspended",
            "Tenant suspended",
            "The company '"
                + slug
                + "' is suspended"
                + (reason == null ? "" : " (" + reason + ")")
                + ". Its data is kept; the platform operator can resume it."));
  }

  public static ProblemException conflict(String slug, String title, String detail) {
    return new ProblemException(Problem.of(Status.CONFLICT, slug, title, detail));
  }

  /** A well-formed request that a rule of the policy or of the API refuses. */
  public static ProblemException unprocessable(String slug, String title, String detail) {
    return new ProblemException(Problem.of(UNPROCESSABLE, slug, title, detail));
  }

  public static ProblemException unavailable(String slug, String title, String detail) {
    return new ProblemException(Problem.of(Status.SERVICE_UNAVAILABLE, slug, title, detail));
  }

  /** A request body larger than the platform takes. */
  public static ProblemException tooLarge(String slug, String title, String detail) {
    return new ProblemException(Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, slug, title, detail));
  }

  /** The plugin serving the request failed or answered nonsense: a defect of the plugin. */
  public static ProblemException pluginFailed(String detail) {
    return new ProblemException(
        Problem.of(Status.BAD_GATEWAY, "plugin-failed", "Plugin failed", detail));
  }

  /** The plugin serving the request did not answer in time. */
  public static ProblemException pluginTimedOut(String detail) {
    return new ProblemException(
        Problem.of(Status.GATEWAY_TIMEOUT, "plugin-timeout", "Plugin timed out", detail));
  }

  /**
   * The plugin cannot serve now (not installed, busy, its circuit open, or its outside service
   * down); the request may be repeated later.
   */
  public static ProblemException pluginUnavailable(String detail) {
    return new ProblemException(
        Problem.of(Status.SERVICE_UNAVAILABLE, "plugin-unavailable", "Plugin unavailable", detail));
  }

  /** The tenant's configuration of the plugin cannot work; the tenant's admin must change it. */
  public static ProblemException pluginMisconfigured(String detail, String field, String message) {
    return new ProblemException(
        Problem.of(Status.CONFLICT, "plugin-misconfigured", "Plugin misconfigured", detail)
            .withErrors(List.of(new Problem.FieldError(field, message))));
  }
}
