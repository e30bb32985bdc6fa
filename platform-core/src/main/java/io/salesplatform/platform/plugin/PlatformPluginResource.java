package io.salesplatform.platform.plugin;

import io.salesplatform.platform.security.Allow;
import io.salesplatform.platform.security.Caller;
import io.salesplatform.platform.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The operator's view of the plugin catalog: every jar in the plugins folder, started or failed and
 * why. Reading it first looks for jars added to or removed from the folder since the last look, so
 * a jar placed there is in use without a restart. The operator also uploads a jar, decides which
 * companies may choose a version, and removes a version no company uses (ADR 20).
 */
@Path("/platform/plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allow(Caller.PLATFORM_ADMIN)
public class PlatformPluginResource {

  @Inject PluginRegistry registry;
  @Inject PluginInstallation installation;
  @Inject CurrentCaller currentCaller;

  /**
   * One plugin jar.
   *
   * @param id the plugin id
   * @param version its version
   * @param requires the plugin API versions it works with
   * @param description what it does
   * @param provider who made it
   * @param state STARTED or FAILED
   * @param failure why it failed, or {@code null}
   * @param extensions its extensions' names by extension point
   * @param file its file in the plugins folder
   * @param checksum the SHA-256 of the jar, in hex
   */
  public record CatalogEntry(
      String id,
      String version,
      String requires,
      String description,
      String provider,
      String state,
      String failure,
      Map<String, List<String>> extensions,
      String file,
      String checksum) {

    static CatalogEntry of(PluginHost.LoadedPlugin plugin) {
      return new CatalogEntry(
          plugin.id(),
          plugin.version(),
          plugin.requires(),
          plugin.description(),
          plugin.provider(),
          plugin.state(),
          plugin.failure(),
          plugin.extensions(),
          plugin.file(),
          plugin.checksum());
    }
  }

  @GET
  @Operation(summary = "Every plugin jar in the plugins folder, started or failed with the reason")
  public List<CatalogEntry> catalog() {
    registry.refresh();
    return registry.plugins().stream().map(CatalogEntry::of).toList();
  }

  @POST
  // Any type here and the type checked below: so that the operator's rule is applied first and
  // anyone else is refused 403 whatever they send.
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Upload a plugin jar: checked, stored, started, and available to no company yet",
      description =
          "The body is the jar; the query parameter sha256 is its SHA-256 in hex, as sha256sum"
              + " prints it. Refused before anything is stored when too large (413), when the"
              + " checksum differs (400), when it is no plugin this platform takes (422: not a"
              + " jar, no manifest, a bad Plugin-Id or Plugin-Version, a Plugin-Requires without"
              + " this plugin API, an extension of no known extension point), or when the version"
              + " is installed (409); a jar that does not start is removed again (422).")
  public Response upload(
      @QueryParam("sha256") String sha256,
      @jakarta.ws.rs.HeaderParam("Content-Type") String contentType,
      InputStream jar) {
    String type =
        contentType == null
            ? ""
            : contentType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
    if (!type.equals("application/java-archive")
        && !type.equals(MediaType.APPLICATION_OCTET_STREAM)) {
      throw new io.salesplatform.platform.problem.ProblemException(
          io.salesplatform.platform.problem.Problem.of(
              Response.Status.UNSUPPORTED_MEDIA_TYPE,
              "unsupported-media-type",
              "Unsupported media type",
              "A plugin jar is sent as application/java-archive or application/octet-stream."));
    }
    PluginHost.LoadedPlugin plugin =
        installation.upload(jar, sha256, currentCaller.require().username());
    return Response.status(Response.Status.CREATED).entity(CatalogEntry.of(plugin)).build();
  }

  @GET
  @Path("{pluginId}/{version}/availability")
  @Operation(summary = "The companies that may choose a plugin version, or all")
  public PluginInstallation.Availability availability(
      @PathParam("pluginId") String pluginId, @PathParam("version") String version) {
    return installation.availability(pluginId, version);
  }

  @PUT
  @Path("{pluginId}/{version}/availability")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Make a plugin version available to every company or to the companies named",
      description =
          "{\"allTenants\": true} or {\"tenants\": [\"slug\", ...]}. Refused (409) when a company"
              + " whose settings select the version would lose it.")
  public PluginInstallation.Availability makeAvailable(
      @PathParam("pluginId") String pluginId,
      @PathParam("version") String version,
      AvailabilityChange change) {
    return installation.makeAvailable(
        pluginId, version, change, currentCaller.require().username());
  }

  @DELETE
  @Path("{pluginId}/{version}")
  @Operation(
      summary = "Stop and delete a plugin version no company uses",
      description = "Refused (409, naming how many) while any company's settings select it.")
  public Response remove(
      @PathParam("pluginId") String pluginId, @PathParam("version") String version) {
    installation.remove(pluginId, version, currentCaller.require().username());
    return Response.noContent().build();
  }
}
