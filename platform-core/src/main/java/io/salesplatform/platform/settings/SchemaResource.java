package io.salesplatform.platform.settings;

import io.salesplatform.platform.security.Public;
import io.salesplatform.tenant.config.settings.SettingsSchema;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The published JSON Schemas, for editors and scripts that validate settings and tenant files. */
@Path("/schemas")
@RequestScoped
@Public
@Produces({"application/schema+json", "application/json"})
public class SchemaResource {

  @GET
  @Path("tenant-settings.json")
  @Operation(summary = "The JSON Schema of a tenant's settings")
  public String settings() {
    return SettingsSchema.json();
  }

  @GET
  @Path("tenant-declaration.json")
  @Operation(summary = "The JSON Schema of a tenant declaration file")
  public String declaration() {
    return SettingsSchema.declarationJson();
  }
}
