package io.salesplatform.platform.plugin;

import io.salesplatform.plugin.api.PluginExtension;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's plugins, loaded once per JVM when the application starts, every version of every
 * plugin side by side; extensions are resolved then and looked up by name afterwards.
 */
@ApplicationScoped
public class PluginRegistry {

  private static final Logger LOG = Logger.getLogger(PluginRegistry.class.getName());

  @Inject
  @ConfigProperty(name = "platform.plugins.dir")
  String directory;

  private volatile PluginHost host;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    host = PluginHost.load(Path.of(directory));
    host.plugins().forEach(PluginRegistry::log);
  }

  static void log(PluginHost.LoadedPlugin plugin) {
    if (plugin.failure() == null) {
      LOG.info(() -> "plugin " + plugin.id() + " " + plugin.version() + ": " + plugin.extensions());
    } else {
      LOG.severe(
          () -> "plugin " + plugin.id() + " " + plugin.version() + " failed: " + plugin.failure());
    }
  }

  public List<PluginHost.LoadedPlugin> plugins() {
    return host == null ? List.of() : host.plugins();
  }

  /** The started plugin {@code pluginId} in {@code version}. */
  public Optional<PluginHost.LoadedPlugin> plugin(String pluginId, String version) {
    return host == null ? Optional.empty() : host.plugin(pluginId, version);
  }

  /** The extension of {@code point} named {@code name} of a started plugin version. */
  public <T extends PluginExtension> Optional<T> extension(
      String pluginId, String version, Class<T> point, String name) {
    return host == null ? Optional.empty() : host.extension(pluginId, version, point, name);
  }

  @PreDestroy
  void stop() {
    if (host != null) {
      host.close();
    }
  }
}
