package io.salesplatform.platform.settings;

import io.salesplatform.platform.plugin.PluginConfigurations;
import io.salesplatform.platform.plugin.PluginHost;
import io.salesplatform.platform.plugin.PluginRegistry;
import io.salesplatform.tenant.config.settings.PluginPoint;
import io.salesplatform.tenant.config.settings.PluginSelection;
import io.salesplatform.tenant.config.settings.TenantSettings;
import io.salesplatform.tenant.config.settings.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks that a tenant's chosen plugins are installed, in the chosen version, serve the extension
 * point they are chosen for, and are configured as the schema each plugin declares allows. Only
 * selections a change makes are checked, so that a plugin removed later does not block unrelated
 * edits.
 */
@ApplicationScoped
public class PluginSelections {

  @Inject PluginRegistry registry;

  private final PluginConfigurations configurations = new PluginConfigurations();

  public List<Violation> check(TenantSettings before, TenantSettings after) {
    List<Violation> violations = new ArrayList<>();
    Map<PluginPoint, PluginSelection> was = before.plugins();
    for (var chosen : after.plugins().entrySet()) {
      String point = chosen.getKey().id();
      PluginSelection selection = chosen.getValue();
      if (selection == null || Objects.equals(selection, was.get(chosen.getKey()))) {
        continue;
      }
      String path = "plugins." + point;
      List<PluginHost.LoadedPlugin> versions =
          registry.plugins().stream().filter(p -> p.id().equals(selection.pluginId())).toList();
      if (versions.isEmpty()) {
        violations.add(
            new Violation(
                path + ".pluginId", "no plugin '" + selection.pluginId() + "' is installed"));
        continue;
      }
      var match =
          versions.stream().filter(p -> p.version().equals(selection.version())).findFirst();
      if (match.isEmpty()) {
        violations.add(
            new Violation(
                path + ".version",
                "plugin '"
                    + selection.pluginId()
                    + "' is installed in version(s) "
                    + versions.stream().map(PluginHost.LoadedPlugin::version).toList()
                    + ", not "
                    + selection.version()));
      } else if (!match.get().extensions().containsKey(point)) {
        violations.add(
            new Violation(
                path + ".pluginId",
                "plugin '" + selection.pluginId() + "' does not serve " + point));
      } else {
        for (PluginConfigurations.Problem problem :
            configurations.check(match.get(), selection.config())) {
          String where =
              problem.path().isEmpty() ? path + ".config" : path + ".config." + problem.path();
          violations.add(new Violation(where, problem.message()));
        }
      }
    }
    return violations;
  }
}
