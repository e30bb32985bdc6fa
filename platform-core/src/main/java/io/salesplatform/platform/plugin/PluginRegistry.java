package io.salesplatform.platform.plugin;

import io.salesplatform.plugin.api.PluginExtension;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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

  @Inject
  @ConfigProperty(name = "platform.plugins.poll-interval", defaultValue = "PT30S")
  Duration pollInterval;

  private volatile PluginHost host;
  private ScheduledExecutorService poll;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    host = PluginHost.load(Path.of(directory));
    host.plugins().forEach(PluginRegistry::log);
    // Instances sharing the folder notice a jar another one added within an interval at most.
    poll =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "plugin-folder-poll");
              thread.setDaemon(true);
              return thread;
            });
    long millis = pollInterval.toMillis();
    poll.scheduleWithFixedDelay(this::refreshQuietly, millis, millis, TimeUnit.MILLISECONDS);
  }

  /**
   * Loads the jars added to the plugins folder since the last look and drops those removed.
   *
   * @return whether anything changed
   */
  public boolean refresh() {
    PluginHost current = host;
    if (current == null) {
      return false;
    }
    java.util.Set<String> known =
        current.plugins().stream()
            .map(PluginHost.LoadedPlugin::file)
            .collect(java.util.stream.Collectors.toSet());
    boolean changed = current.refresh();
    if (changed) {
      current.plugins().stream()
          .filter(p -> !known.contains(p.file()))
          .forEach(PluginRegistry::log);
    }
    return changed;
  }

  private void refreshQuietly() {
    try {
      refresh();
    } catch (RuntimeException e) {
      LOG.warning(() -> "looking for new plugin jars failed: " + e);
    }
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

  /** The plugins folder. */
  public Path directory() {
    return Path.of(directory).toAbsolutePath();
  }

  @PreDestroy
  void stop() {
    if (poll != null) {
      poll.shutdownNow();
    }
    if (host != null) {
      host.close();
    }
  }
}
