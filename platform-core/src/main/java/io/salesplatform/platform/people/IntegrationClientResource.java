package io.salesplatform.platform.people;

import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.security.Caller;
import io.salesplatform.platform.security.CurrentCaller;
import io.salesplatform.platform.security.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** API credentials for the company's own systems. */
@Path("/t/{tenant}/clients")
@RequestScoped
@RequiresPermission("clients.manage")
@Produces(MediaType.APPLICATION_JSON)
public class IntegrationClientResource {

  @Inject IntegrationClients clients;
  @Inject CurrentCaller currentCaller;

  @Context UriInfo uri;

  @GET
  @Operation(summary = "The company's integration clients and their roles")
  public List<IntegrationClients.ClientView> list() {
    return clients.list();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create an integration client",
      description =
          "A confidential client for the client-credentials grant, holding the given roles in"
              + " this company. Its secret is in this answer only.")
  public Response create(@NotNull(message = "a body is required") @Valid ClientRequest request) {
    IntegrationClients.ClientView client = clients.create(request.name, request.roles, actor());
    return Response.created(uri.getAbsolutePathBuilder().path(client.clientId()).build())
        .entity(client)
        .build();
  }

  @DELETE
  @Path("{clientId}")
  @Operation(summary = "Revoke an integration client: it can obtain no new token")
  public Response revoke(@PathParam("clientId") String clientId) {
    clients.revoke(clientId, actor());
    return Response.noContent().build();
  }

  private AuditTrail.Actor actor() {
    Caller caller = currentCaller.require();
    return new AuditTrail.Actor(caller.subject(), caller.username());
  }

  /** A client to create. */
  public static class ClientRequest {
    @NotBlank(message = "a name is required")
    @Size(max = 200)
    public String name;

    @NotEmpty(message = "give the client at least one role")
    public List<String> roles;
  }
}
