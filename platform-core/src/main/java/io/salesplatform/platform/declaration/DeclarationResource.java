package io.salesplatform.platform.declaration;

import io.salesplatform.platform.security.Allow;
import io.salesplatform.platform.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The operator's view of the declared tenants. */
@Path("/platform/declarations")
@RequestScoped
@Allow(Caller.PLATFORM_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class DeclarationResource {

  @Inject DeclaredTenants declarations;

  @GET
  @Operation(summary = "What the last application of each declaration file did")
  public List<DeclarationReport> reports() {
    return declarations.reports();
  }

  @POST
  @Path("apply")
  @Operation(
      summary = "Apply every declaration file now",
      description = "For a changed folder, such as an updated ConfigMap, without a restart.")
  public List<DeclarationReport> apply() {
    return declarations.applyNow();
  }
}
