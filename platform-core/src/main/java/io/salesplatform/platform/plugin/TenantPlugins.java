package io.salesplatform.platform.plugin;

import io.salesplatform.platform.problem.Problems;
import io.salesplatform.plugin.api.PluginExtension;
import io.salesplatform.tenant.config.settings.PluginPoint;
import io.salesplatform.tenant.config.settings.PluginSelection;
import io.salesplatform.tenant.config.settings.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Which extension serves an extension point for a tenant: the plugin, version and extension its
 * settings select, looked up among the extensions resolved when the plugins started.
 */
@ApplicationScoped
public class TenantPlugins {

  @Inject PluginRegistry registry;

  /**
   * The extension {@code settings} select for {@code point}; empty when they select none.
   *
   * @throws io.salesplatform.platform.problem.ProblemException 503 when the selected plugin version
   *     or extension is not running on this platform
   */
  public <T extends PluginExtension> Optional<SelectedExtension<T>> selected(
      TenantSettings settings, PluginPoint point, Class<T> type) {
    Optional<PluginSelection> chosen = settings.plugin(point);
    if (chosen.isEmpty()) {
      return Optional.empty();
    }
    PluginSelection selection = chosen.get();
    String what = selection.pluginId() + " " + selection.version();
    PluginHost.LoadedPlugin plugin =
        registry
            .plugin(selection.pluginId(), selection.version())
            // another instance may have added the jar since this one last looked
            .or(
                () ->
                    registry.refresh()
                        ? registry.plugin(selection.pluginId(), selection.version())
                        : java.util.Optional.empty())
            .orElseThrow(
                () ->
                    Problems.pluginUnavailable(
                        "The company's "
                            + point.id()
                            + " plugin "
                            + what
                            + " is not running on this platform; its admin can choose another"
                            + " version, or the operator install it."));
    String name = extensionName(plugin, point, selection.extension());
    if (name == null) {
      throw Problems.pluginUnavailable(
          "The company's " + point.id() + " plugin " + what + " has no extension to serve it.");
    }
    T extension =
        registry
            .extension(selection.pluginId(), selection.version(), type, name)
            .orElseThrow(
                () ->
                    Problems.pluginUnavailable(
                        "The company's "
                            + point.id()
                            + " plugin "
                            + what
                            + " has no extension '"
                            + name
                            + "'."));
    return Optional.of(
        new SelectedExtension<>(point.id(), plugin, name, extension, selection.config()));
  }

  /**
   * The extension a selection names, or, when it names none, the plugin's only extension of the
   * point; {@code null} when that is ambiguous or there is none.
   */
  public static String extensionName(
      PluginHost.LoadedPlugin plugin, PluginPoint point, String named) {
    if (named != null) {
      return named;
    }
    List<String> offered = plugin.extensions().getOrDefault(point.id(), List.of());
    return offered.size() == 1 ? offered.get(0) : null;
  }
}
