package io.salesplatform.platform.plugin;

import io.salesplatform.platform.problem.Problem;
import io.salesplatform.platform.problem.Problems;
import io.salesplatform.platform.security.Caller;
import io.salesplatform.platform.security.CurrentCaller;
import io.salesplatform.platform.security.RequiresPermission;
import io.salesplatform.platform.settings.PluginSelections;
import io.salesplatform.platform.settings.SettingsRevision;
import io.salesplatform.platform.settings.TenantSettingsService;
import io.salesplatform.platform.tenant.TenantContext;
import io.salesplatform.tenant.config.settings.InvalidSettingsException;
import io.salesplatform.tenant.config.settings.PluginPoint;
import io.salesplatform.tenant.config.settings.PluginSelection;
import io.salesplatform.tenant.config.settings.TenantSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Which plugin, version and extension serves each extension point of the tenant, and with what
 * configuration. Everyone of the tenant may read it (write-only settings never show); the tenant
 * admin chooses. A choice is a settings revision like any other change of the settings.
 */
@Path("/t/{tenant}/plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TenantPluginResource {

  @Inject TenantSettingsService settings;
  @Inject PluginSelections selections;
  @Inject PluginRegistry registry;
  @Inject CurrentCaller currentCaller;
  @Inject PluginAvailability availability;
  @Inject TenantContext tenantContext;

  @GET
  @RequiresPermission("settings.read")
  @Operation(summary = "Per extension point: the extension serving it and those available")
  public List<TenantPluginViews.Point> list() {
    TenantSettings current = settings.current().settings();
    List<TenantPluginViews.Point> points = new ArrayList<>();
    var audiences = availability.audiences();
    for (PluginPoint point : PluginPoint.values()) {
      points.add(view(current, point, audiences));
    }
    return points;
  }

  @PUT
  @Path("{extensionPoint}")
  @RequiresPermission("plugins.manage")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Choose the plugin, version and extension serving an extension point",
      description =
          "The body names pluginId, version, extension and config. The configuration is checked"
              + " against the plugin's schema and by the extension before it is saved as a new"
              + " settings revision; every violation is reported by path.")
  public TenantPluginViews.Chosen choose(
      @PathParam("extensionPoint") String extensionPoint, PluginChoice choice) {
    PluginPoint point =
        PluginPoint.byId(extensionPoint)
            .orElseThrow(
                () ->
                    Problems.notFound(
                        "There is no extension point '"
                            + extensionPoint
                            + "'; there are pricing, credit-check and survey."));
    if (choice == null) {
      throw Problems.badRequest("body", "a body with pluginId, version and extension is required");
    }
    PluginSelection selection;
    try {
      selection =
          new PluginSelection(
              choice.pluginId,
              choice.version,
              choice.extension,
              choice.config == null ? Map.of() : choice.config);
    } catch (InvalidSettingsException e) {
      throw Problems.badRequest(
          "The choice has invalid fields; nothing was changed.",
          e.violations().stream().map(v -> new Problem.FieldError(v.path(), v.message())).toList());
    }
    String reason =
        choice.reason == null || choice.reason.isBlank()
            ? "Chose "
                + selection.pluginId()
                + " "
                + selection.version()
                + (selection.extension() == null ? "" : " (" + selection.extension() + ")")
                + " for "
                + point.id()
            : choice.reason;
    Caller caller = currentCaller.require();
    TenantSettingsService.Outcome outcome =
        settings.select(
            point,
            selection,
            reason,
            new SettingsRevision.Author(caller.subject(), caller.username()));
    return new TenantPluginViews.Chosen(
        outcome.revision().number(),
        view(settings.current().settings(), point, availability.audiences()));
  }

  /** The point as the company sees it: only plugin versions available to it are on offer. */
  private TenantPluginViews.Point view(
      TenantSettings current,
      PluginPoint point,
      Map<String, PluginAvailability.Audience> audiences) {
    java.util.UUID tenant = tenantContext.tenantId().value();
    TenantPluginViews.Selected selected =
        current
            .plugin(point)
            .map(
                s -> {
                  var plugin = registry.plugin(s.pluginId(), s.version());
                  String name =
                      plugin
                          .map(p -> TenantPlugins.extensionName(p, point, s.extension()))
                          .orElse(s.extension());
                  return new TenantPluginViews.Selected(
                      s.pluginId(),
                      s.version(),
                      name,
                      selections.hideConfig(s.pluginId(), s.version(), s.config()),
                      plugin.isPresent());
                })
            .orElse(null);
    List<TenantPluginViews.Offer> offers = new ArrayList<>();
    for (PluginHost.LoadedPlugin plugin : registry.plugins()) {
      if (plugin.failure() != null
          || !audiences
              .getOrDefault(
                  PluginAvailability.key(plugin.id(), plugin.version()),
                  PluginAvailability.Audience.EVERYONE)
              .includes(tenant)) {
        continue;
      }
      for (String name : plugin.extensions().getOrDefault(point.id(), List.of())) {
        offers.add(
            new TenantPluginViews.Offer(
                plugin.id(), plugin.version(), name, plugin.description(), plugin.provider()));
      }
    }
    return new TenantPluginViews.Point(point.id(), selected, offers);
  }
}
