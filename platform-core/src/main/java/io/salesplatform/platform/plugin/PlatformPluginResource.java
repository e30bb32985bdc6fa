package io.salesplatform.platform.plugin;

import io.salesplatform.platform.security.Allow;
import io.salesplatform.platform.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The operator's view of the plugin catalog: every jar in the plugins folder, started or failed and
 * why. Reading it first looks for jars added to or removed from the folder since the last look, so
 * a jar placed there is in use without a restart.
 */
@Path("/platform/plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allow(Caller.PLATFORM_ADMIN)
public class PlatformPluginResource {

  @Inject PluginRegistry registry;

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
}
