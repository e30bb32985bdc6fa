package io.salesplatform.platform.api;

import io.salesplatform.platform.PlatformApplication;
import io.salesplatform.platform.security.Allow;
import io.salesplatform.platform.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The operator's list of every endpoint and what guards it. */
@Path("/platform/endpoints")
@RequestScoped
@Allow(Caller.PLATFORM_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class EndpointResource {

  @GET
  @Operation(summary = "Every endpoint with the rule that guards it")
  public List<EndpointCatalog.Endpoint> endpoints() {
    return EndpointCatalog.of(PlatformApplication.RESOURCES);
  }
}
