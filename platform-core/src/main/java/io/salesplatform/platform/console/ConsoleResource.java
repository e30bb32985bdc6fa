package io.salesplatform.platform.console;

import io.salesplatform.platform.security.DedicatedRealms;
import io.salesplatform.platform.security.IdentitySettings;
import io.salesplatform.platform.security.Public;
import io.salesplatform.tenant.config.TenantSlug;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What the console needs to know before anyone signs in. */
@Path("/console/config")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConsoleResource {

  static final String CLIENT_ID = "sales-console";

  @Inject IdentitySettings identity;
  @Inject DedicatedRealms dedicatedRealms;

  @GET
  @Public
  @Operation(
      summary = "Where the console sends people to sign in",
      description =
          "With ?company=<slug> for a company that has a realm of its own, its people sign in"
              + " there; otherwise in the shared realm.")
  public ConsoleConfig config(@QueryParam("company") String company) {
    String tenantRealm =
        company != null
                && TenantSlug.problem(company).isEmpty()
                && dedicatedRealms.hasOwnRealm(company)
            ? IdentitySettings.dedicatedRealm(company)
            : identity.tenantRealm();
    return new ConsoleConfig(
        identity.publicUrl(), tenantRealm, identity.platformRealm(), CLIENT_ID);
  }

  /**
   * The console's public settings.
   *
   * @param identityUrl the identity provider's public base URL
   * @param tenantRealm the realm company staff sign in to
   * @param platformRealm the realm operators sign in to
   * @param clientId the console's public client
   */
  public record ConsoleConfig(
      String identityUrl, String tenantRealm, String platformRealm, String clientId) {}
}
