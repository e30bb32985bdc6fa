package io.salesplatform.platform.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not JSON, or not of the expected shape: the JSON binding fails while the runtime
 * reads the request, and the runtime reports that as a processing error.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException exception) {
    return Problems.badRequest(
            "The body is not valid JSON of the expected shape.",
            java.util.List.of(new Problem.FieldError("body", rootMessage(exception))))
        .problem()
        .toResponse();
  }

  private static String rootMessage(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? "unreadable body" : cause.getMessage();
  }
}
