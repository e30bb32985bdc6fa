package io.salesplatform.platform.problem;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The runtime's own errors (no such path, wrong method, unsupported media type) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    Response.StatusType status = original.getStatusInfo();
    String detail;
    if (exception instanceof NotFoundException) {
      detail = "There is nothing at this address.";
    } else if (exception instanceof NotAllowedException) {
      detail =
          "This address does not accept that method; it accepts "
              + original.getAllowedMethods()
              + ".";
    } else if (status.getStatusCode() >= 500) {
      detail = "The platform could not complete the request.";
    } else {
      detail = exception.getMessage();
    }
    Response.ResponseBuilder response =
        Response.fromResponse(
                Problem.of(status, slug(status), status.getReasonPhrase(), detail).toResponse())
            .type(Problem.MEDIA_TYPE);
    original
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Content-Type")
                  && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> response.header(name, v));
              }
            });
    return response.build();
  }

  private static String slug(Response.StatusType status) {
    return status.getReasonPhrase().toLowerCase().replaceAll("[^a-z0-9]+", "-");
  }
}
