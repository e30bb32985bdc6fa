package io.salesplatform.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: logged in full with an incident id, answered with the id alone, so that an
 * operator can find the cause and a caller learns nothing of the internals.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "incident " + incident, exception);
    return Problem.of(
            Response.Status.INTERNAL_SERVER_ERROR,
            "internal-error",
            "Internal error",
            "The platform could not complete the request (incident " + incident + ").")
        .toResponse();
  }
}
