package io.salesplatform.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/** Bean Validation failures on a request, reported all at once, field by field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<Problem.FieldError> errors =
        exception.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(field(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return Problems.badRequest("The request has " + errors.size() + " invalid field(s).", errors)
        .problem()
        .toResponse();
  }

  /** The path within the request body, without the method and parameter the runtime adds. */
  private static String field(ConstraintViolation<?> violation) {
    StringJoiner path = new StringJoiner(".");
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.PROPERTY
          || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        path.add(node.getName());
      }
    }
    return path.length() == 0 ? "body" : path.toString();
  }
}
