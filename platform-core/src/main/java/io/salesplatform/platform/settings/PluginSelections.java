package io.salesplatform.platform.settings;

import io.salesplatform.platform.plugin.PluginAvailability;
import io.salesplatform.platform.plugin.PluginCalls;
import io.salesplatform.platform.plugin.PluginConfigurations;
import io.salesplatform.platform.plugin.PluginHost;
import io.salesplatform.platform.plugin.PluginRegistry;
import io.salesplatform.platform.plugin.TenantPlugins;
import io.salesplatform.platform.plugin.WriteOnlyFields;
import io.salesplatform.plugin.api.InvalidConfigurationException;
import io.salesplatform.plugin.api.PluginConfiguration;
import io.salesplatform.plugin.api.PluginExtension;
import io.salesplatform.tenant.config.settings.Change;
import io.salesplatform.tenant.config.settings.PluginPoint;
import io.salesplatform.tenant.config.settings.PluginSelection;
import io.salesplatform.tenant.config.settings.SettingsDiff;
import io.salesplatform.tenant.config.settings.SettingsPath;
import io.salesplatform.tenant.config.settings.TenantSettings;
import io.salesplatform.tenant.config.settings.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks that a tenant's chosen plugins are installed, in the chosen version, serve the extension
 * point they are chosen for with the named extension, and are configured as the schema each plugin
 * declares and the extension's own {@code checkConfiguration} allow. Only selections a change makes
 * are checked, so that a plugin removed later does not block unrelated edits. Also keeps the
 * settings a plugin's schema marks write-only out of every read and every recorded change.
 */
@ApplicationScoped
public class PluginSelections {

  /** What a read shows in place of a write-only value in a change. */
  static final String HIDDEN = "(hidden)";

  @Inject PluginRegistry registry;
  @Inject PluginCalls calls;
  @Inject PluginAvailability availability;

  private final PluginConfigurations configurations = new PluginConfigurations();

  /**
   * The problems of the selections {@code after} makes anew for company {@code tenant}, including a
   * plugin version the operator has not made available to it.
   */
  public List<Violation> check(UUID tenant, TenantSettings before, TenantSettings after) {
    List<Violation> violations = new ArrayList<>();
    Map<PluginPoint, PluginSelection> was = before.plugins();
    for (var chosen : after.plugins().entrySet()) {
      PluginPoint point = chosen.getKey();
      PluginSelection selection = chosen.getValue();
      if (selection == null || Objects.equals(selection, was.get(point))) {
        continue;
      }
      check(tenant, point, selection, violations);
    }
    return violations;
  }

  private void check(
      UUID tenant, PluginPoint point, PluginSelection selection, List<Violation> violations) {
    String path = SettingsPath.key("plugins", point.id());
    var installed = registry.plugin(selection.pluginId(), selection.version());
    if (installed.isEmpty()) {
      registry.refresh();
    }
    List<PluginHost.LoadedPlugin> versions =
        registry.plugins().stream()
            .filter(p -> p.id().equals(selection.pluginId()) && p.failure() == null)
            .toList();
    if (versions.isEmpty()) {
      violations.add(
          new Violation(
              path + ".pluginId", "no plugin '" + selection.pluginId() + "' is installed"));
      return;
    }
    var match = versions.stream().filter(p -> p.version().equals(selection.version())).findFirst();
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
      return;
    }
    PluginHost.LoadedPlugin plugin = match.get();
    if (!availability.isAvailable(tenant, plugin.id(), plugin.version())) {
      violations.add(
          new Violation(
              path + ".version",
              "plugin '"
                  + selection.pluginId()
                  + "' "
                  + selection.version()
                  + " is not available to this company; the platform operator decides which"
                  + " companies may choose it"));
      return;
    }
    List<String> offered = plugin.extensions().getOrDefault(point.id(), List.of());
    if (offered.isEmpty()) {
      violations.add(
          new Violation(
              path + ".pluginId",
              "plugin '" + selection.pluginId() + "' does not serve " + point.id()));
      return;
    }
    String name = TenantPlugins.extensionName(plugin, point, selection.extension());
    if (name == null) {
      violations.add(
          new Violation(
              path + ".extension",
              "plugin '"
                  + selection.pluginId()
                  + "' has several "
                  + point.id()
                  + " extensions; name one of "
                  + offered));
      return;
    }
    if (!offered.contains(name)) {
      violations.add(
          new Violation(
              path + ".extension",
              "plugin '"
                  + selection.pluginId()
                  + "' "
                  + selection.version()
                  + " has no "
                  + point.id()
                  + " extension '"
                  + name
                  + "'; it has "
                  + offered));
      return;
    }
    List<PluginConfigurations.Problem> problems = configurations.check(plugin, selection.config());
    for (PluginConfigurations.Problem problem : problems) {
      String where =
          problem.path().isEmpty() ? path + ".config" : path + ".config." + problem.path();
      violations.add(new Violation(where, problem.message()));
    }
    if (problems.isEmpty()) {
      Class<? extends PluginExtension> type = PluginHost.EXTENSION_POINTS.get(point.id());
      PluginExtension extension =
          registry.extension(plugin.id(), plugin.version(), type, name).orElseThrow();
      try {
        calls.check(
            plugin,
            () -> extension.checkConfiguration(new PluginConfiguration(selection.config())));
      } catch (InvalidConfigurationException e) {
        violations.add(new Violation(path + ".config." + e.path(), e.getMessage()));
      } catch (RuntimeException | LinkageError e) {
        violations.add(
            new Violation(
                path + ".config",
                "plugin '"
                    + plugin.id()
                    + "' failed to check this configuration: "
                    + e.getClass().getSimpleName()
                    + ": "
                    + e.getMessage()));
      }
    }
  }

  /**
   * The same settings, each selection that names no extension naming the one its plugin has, so
   * that what is stored says which extension serves the point.
   */
  public TenantSettings named(TenantSettings settings) {
    TenantSettings named = settings;
    for (var chosen : settings.plugins().entrySet()) {
      PluginSelection selection = chosen.getValue();
      if (selection == null || selection.extension() != null) {
        continue;
      }
      Optional<PluginHost.LoadedPlugin> plugin =
          registry.plugin(selection.pluginId(), selection.version());
      String name =
          plugin.map(p -> TenantPlugins.extensionName(p, chosen.getKey(), null)).orElse(null);
      if (name != null) {
        named = named.withPlugin(chosen.getKey(), selection.withExtension(name));
      }
    }
    return named;
  }

  /**
   * {@code next}, where each selection of the same plugin as in {@code current} keeps the
   * write-only settings it leaves out.
   */
  public TenantSettings keepSecrets(TenantSettings current, TenantSettings next) {
    TenantSettings kept = next;
    for (var chosen : next.plugins().entrySet()) {
      PluginSelection selection = chosen.getValue();
      PluginSelection previous = current.plugins().get(chosen.getKey());
      if (selection == null
          || previous == null
          || !previous.pluginId().equals(selection.pluginId())) {
        continue;
      }
      WriteOnlyFields secrets = secretsOf(selection.pluginId(), selection.version());
      Map<String, Object> config = secrets.keep(previous.config(), selection.config());
      if (!config.equals(selection.config())) {
        kept = kept.withPlugin(chosen.getKey(), selection.withConfig(config));
      }
    }
    return kept;
  }

  /** A copy of one plugin configuration without its write-only settings. */
  public Map<String, Object> hideConfig(
      String pluginId, String version, Map<String, Object> config) {
    return secretsOf(pluginId, version).hide(config);
  }

  /** A copy of a settings tree without the write-only plugin settings. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> hide(Map<String, Object> tree) {
    Map<String, Object> copy = new LinkedHashMap<>(tree);
    if (!(tree.get("plugins") instanceof Map<?, ?> plugins)) {
      return copy;
    }
    Map<String, Object> hidden = new LinkedHashMap<>();
    plugins.forEach(
        (point, value) -> {
          if (value instanceof Map<?, ?> selection
              && selection.get("config") instanceof Map<?, ?> config) {
            Map<String, Object> shown = new LinkedHashMap<>((Map<String, Object>) selection);
            shown.put("config", secretsOf(selection).hide((Map<String, Object>) config));
            hidden.put(String.valueOf(point), shown);
          } else {
            hidden.put(String.valueOf(point), value);
          }
        });
    copy.put("plugins", hidden);
    return copy;
  }

  /**
   * What changed from {@code before} to {@code after}, as people may read it: a write-only setting
   * that changed is listed, but its values show as {@value #HIDDEN}.
   */
  @SuppressWarnings("unchecked")
  public List<Change> changes(Map<String, Object> before, Map<String, Object> after) {
    List<Change> changes = new ArrayList<>(SettingsDiff.between(hide(before), hide(after)));
    Map<?, ?> pluginsAfter = after.get("plugins") instanceof Map<?, ?> m ? m : Map.of();
    Map<?, ?> pluginsBefore = before.get("plugins") instanceof Map<?, ?> m ? m : Map.of();
    for (PluginPoint point : PluginPoint.values()) {
      Map<String, Object> was = config(pluginsBefore.get(point.id()));
      Map<String, Object> is = config(pluginsAfter.get(point.id()));
      List<List<String>> paths = new ArrayList<>();
      for (Object selection :
          new Object[] {pluginsBefore.get(point.id()), pluginsAfter.get(point.id())}) {
        if (selection instanceof Map<?, ?> map) {
          secretsOf(map).paths().stream().filter(p -> !paths.contains(p)).forEach(paths::add);
        }
      }
      for (List<String> path : paths) {
        Object old = WriteOnlyFields.valueAt(was, path);
        Object now = WriteOnlyFields.valueAt(is, path);
        if (!Objects.equals(old, now)) {
          String at = SettingsPath.key(SettingsPath.key("plugins", point.id()), "config");
          for (String key : path) {
            at = SettingsPath.key(at, key);
          }
          changes.add(new Change(at, old == null ? null : HIDDEN, now == null ? null : HIDDEN));
        }
      }
    }
    return changes;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> config(Object selection) {
    return selection instanceof Map<?, ?> map && map.get("config") instanceof Map<?, ?> config
        ? (Map<String, Object>) config
        : Map.of();
  }

  private WriteOnlyFields secretsOf(Map<?, ?> selection) {
    return selection.get("pluginId") instanceof String id
            && selection.get("version") instanceof String version
        ? secretsOf(id, version)
        : WriteOnlyFields.of(null);
  }

  /**
   * The write-only settings of a plugin version; when that version is not installed, those of any
   * installed version of the plugin, so that a removed version's secrets stay hidden.
   */
  private WriteOnlyFields secretsOf(String pluginId, String version) {
    Optional<PluginHost.LoadedPlugin> plugin =
        registry
            .plugin(pluginId, version)
            .or(
                () ->
                    registry.plugins().stream()
                        .filter(p -> p.id().equals(pluginId) && p.configurationSchema() != null)
                        .findFirst());
    return WriteOnlyFields.of(
        plugin.map(PluginHost.LoadedPlugin::configurationSchema).orElse(null));
  }
}
