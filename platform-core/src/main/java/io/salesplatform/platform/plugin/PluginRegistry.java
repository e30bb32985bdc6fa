package io.salesplatform.platform.plugin;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The platform's plugins, loaded once when the application starts. */
@ApplicationScoped
public class PluginRegistry {

  private static final Logger LOG = Logger.getLogger(PluginRegistry.class.getName());

  @Inject
  @ConfigProperty(name = "platform.plugins.dir")
  String directory;

  private volatile PluginHost host;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    host = PluginHost.load(Path.of(directory));
    for (PluginHost.LoadedPlugin plugin : host.plugins()) {
      if (plugin.failure() == null) {
        LOG.info(
            () ->
                "plugin "
                    + plugin.id()
                    + " "
                    + plugin.version()
                    + ": "
                    + plugin.extensions().keySet());
      } else {
        LOG.severe(
            () ->
                "plugin " + plugin.id() + " " + plugin.version() + " failed: " + plugin.failure());
      }
    }
  }

  public List<PluginHost.LoadedPlugin> plugins() {
    return host == null ? List.of() : host.plugins();
  }

  @PreDestroy
  void stop() {
    if (host != null) {
      host.close();
    }
  }
}
