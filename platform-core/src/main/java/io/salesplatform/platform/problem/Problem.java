package io.salesplatform.platform.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A problem detail (RFC 9457).
 *
 * @param type a URI naming the kind of problem; the same kind always has the same type
 * @param title a short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong this time, for a person to read
 * @param errors one entry per invalid field, for bad input; empty otherwise
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://sales-platform.dev/problems/";

  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** A problem whose type is {@code slug} under the platform's problem namespace. */
  public static Problem of(Response.StatusType status, String slug, String title, String detail) {
    return new Problem(TYPE_BASE + slug, title, status.getStatusCode(), detail, List.of());
  }

  public Problem withErrors(List<FieldError> fieldErrors) {
    return new Problem(type, title, status, detail, fieldErrors);
  }

  public Response toResponse() {
    return Response.status(status)
        .type(MediaType.valueOf(MEDIA_TYPE))
        .entity(Json.BINDING.toJson(this))
        .build();
  }

  /**
   * One invalid field.
   *
   * @param field the field's path in the request body, such as {@code adminEmail}
   * @param message what is wrong with it
   */
  public record FieldError(String field, String message) {}

  /** Made on first use, so that problems can be built where no JSON binding is present. */
  private static final class Json {
    static final Jsonb BINDING = JsonbBuilder.create();
  }
}
