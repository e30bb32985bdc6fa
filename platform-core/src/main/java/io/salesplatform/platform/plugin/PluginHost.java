package io.salesplatform.platform.plugin;

import io.salesplatform.plugin.api.CreditCheckProvider;
import io.salesplatform.plugin.api.PluginApi;
import io.salesplatform.plugin.api.PluginConfiguration;
import io.salesplatform.plugin.api.PricingStrategy;
import io.salesplatform.plugin.api.SurveyMechanism;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pf4j.DefaultPluginManager;
import org.pf4j.DefaultVersionManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.VersionManager;

/**
 * The plugins of one directory, loaded and started, with their extensions resolved once. A plugin
 * that starts but contributes no extension is reported as failed: that is what a jar which bundles
 * the plugin API looks like, and it must not pass silently.
 */
public final class PluginHost implements AutoCloseable {

  /** The extension points, by the name a tenant's configuration uses. */
  public static final Map<String, Class<?>> EXTENSION_POINTS =
      Map.of(
          "pricing", PricingStrategy.class,
          "credit-check", CreditCheckProvider.class,
          "survey", SurveyMechanism.class);

  private final PluginManager manager;
  private final List<LoadedPlugin> plugins;
  private final Map<String, Map<Class<?>, List<?>>> extensionsByPlugin;

  private PluginHost(PluginManager manager) {
    this.manager = manager;
    List<LoadedPlugin> loaded = new ArrayList<>();
    Map<String, Map<Class<?>, List<?>>> extensions = new LinkedHashMap<>();
    for (PluginWrapper plugin : manager.getPlugins()) {
      Map<Class<?>, List<?>> byPoint = new LinkedHashMap<>();
      Map<String, List<String>> names = new LinkedHashMap<>();
      if (plugin.getPluginState() == PluginState.STARTED) {
        for (var point : EXTENSION_POINTS.entrySet()) {
          List<?> found = manager.getExtensions(point.getValue(), plugin.getPluginId());
          if (!found.isEmpty()) {
            byPoint.put(point.getValue(), List.copyOf(found));
            names.put(point.getKey(), found.stream().map(e -> e.getClass().getName()).toList());
          }
        }
      }
      String failure = failure(manager, plugin, names);
      loaded.add(
          new LoadedPlugin(
              plugin.getPluginId(),
              plugin.getDescriptor().getVersion(),
              plugin.getDescriptor().getPluginDescription(),
              plugin.getDescriptor().getProvider(),
              failure == null ? "STARTED" : "FAILED",
              failure,
              names,
              configurationSchema(plugin)));
      extensions.put(plugin.getPluginId(), byPoint);
    }
    this.plugins = List.copyOf(loaded);
    this.extensionsByPlugin = extensions;
  }

  /**
   * Loads and starts every plugin jar in {@code directory}; an absent directory holds none. PF4J
   * checks each plugin's {@code Plugin-Requires} range against the plugin API version of this
   * platform and leaves a plugin built for another API unstarted.
   */
  public static PluginHost load(Path directory) {
    PluginManager manager =
        new DefaultPluginManager(directory.toAbsolutePath()) {
          @Override
          protected VersionManager createVersionManager() {
            return new ApiVersions();
          }
        };
    manager.setSystemVersion(PluginApi.VERSION);
    if (Files.isDirectory(directory)) {
      manager.loadPlugins();
      manager.startPlugins();
    }
    return new PluginHost(manager);
  }

  public List<LoadedPlugin> plugins() {
    return plugins;
  }

  /**
   * The extensions of {@code point} that plugin {@code pluginId} contributes, resolved at start.
   */
  public <T> List<T> extensions(String pluginId, Class<T> point) {
    List<?> found =
        extensionsByPlugin.getOrDefault(pluginId, Map.of()).getOrDefault(point, List.of());
    return found.stream().map(point::cast).toList();
  }

  @Override
  public void close() {
    // stopPlugins() itself modifies the list it walks (pf4j 3.15), so stop one by one.
    for (PluginWrapper plugin : new ArrayList<>(manager.getStartedPlugins())) {
      manager.stopPlugin(plugin.getPluginId());
    }
    manager.unloadPlugins();
  }

  private static String failure(
      PluginManager manager, PluginWrapper plugin, Map<String, List<String>> extensions) {
    String requires = plugin.getDescriptor().getRequires();
    if (plugin.getPluginState() == PluginState.DISABLED && !ApiVersions.isRange(requires)) {
      return "its Plugin-Requires '"
          + requires
          + "' is not a range of plugin API versions, such as >="
          + PluginApi.VERSION
          + " & <"
          + (Integer.parseInt(PluginApi.VERSION.split("\\.")[0]) + 1)
          + ".0.0";
    }
    if (plugin.getPluginState() == PluginState.DISABLED
        && !manager.getVersionManager().checkVersionConstraint(PluginApi.VERSION, requires)) {
      return "requires plugin API "
          + requires
          + ", but this platform provides "
          + PluginApi.VERSION
          + "; install a version of the plugin built for it";
    }
    if (plugin.getPluginState() != PluginState.STARTED) {
      Throwable error = plugin.getFailedException();
      return "not started ("
          + plugin.getPluginState()
          + (error == null ? "" : ": " + error.getMessage())
          + ")";
    }
    if (extensions.isEmpty()) {
      return "contributes no extension; a plugin jar must not bundle the plugin API or pf4j";
    }
    return null;
  }

  /**
   * PF4J's version checks, except that a range it cannot read makes the plugin incompatible instead
   * of failing the loading of every plugin in the directory.
   */
  private static final class ApiVersions extends DefaultVersionManager {

    @Override
    public boolean checkVersionConstraint(String version, String constraint) {
      return isRange(constraint) && super.checkVersionConstraint(version, constraint);
    }

    static boolean isRange(String constraint) {
      try {
        new DefaultVersionManager().checkVersionConstraint(PluginApi.VERSION, constraint);
        return true;
      } catch (RuntimeException unreadable) {
        return false;
      }
    }
  }

  /**
   * A plugin as loaded.
   *
   * @param id the plugin id from its manifest
   * @param version its version
   * @param description its one-line description
   * @param provider who made it
   * @param state STARTED, or FAILED with a reason
   * @param failure why it failed, or {@code null}
   * @param extensions its extension classes by extension point name
   * @param configurationSchema the JSON Schema of its configuration, or {@code null} when it
   *     declares none (it then accepts only an empty configuration)
   */
  public record LoadedPlugin(
      String id,
      String version,
      String description,
      String provider,
      String state,
      String failure,
      Map<String, List<String>> extensions,
      String configurationSchema) {}

  /** The schema the plugin's own jar declares; the platform's class path is not searched. */
  private static String configurationSchema(PluginWrapper plugin) {
    if (!(plugin.getPluginClassLoader() instanceof URLClassLoader jar)) {
      return null;
    }
    URL resource = jar.findResource(PluginConfiguration.SCHEMA_RESOURCE);
    if (resource == null) {
      return null;
    }
    try (InputStream in = resource.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "reading the configuration schema of " + plugin.getPluginId(), e);
    }
  }
}
