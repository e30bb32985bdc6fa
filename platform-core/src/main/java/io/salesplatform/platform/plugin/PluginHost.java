package io.salesplatform.platform.plugin;

import io.salesplatform.plugin.api.CreditCheckProvider;
import io.salesplatform.plugin.api.PluginApi;
import io.salesplatform.plugin.api.PluginConfiguration;
import io.salesplatform.plugin.api.PluginExtension;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;
import org.pf4j.DefaultPluginManager;
import org.pf4j.DefaultVersionManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.VersionManager;

/**
 * The plugins of one directory, each jar loaded and started by a PF4J manager of its own, with its
 * extensions resolved once. PF4J allows one plugin id per manager; a manager per jar is what lets
 * two versions of one plugin run side by side, each tenant pinned to either. A plugin that starts
 * but contributes no extension is reported as failed: that is what a jar which bundles the plugin
 * API looks like, and it must not pass silently.
 */
public final class PluginHost implements AutoCloseable {

  /** The extension points, by the name a tenant's configuration uses. */
  public static final Map<String, Class<? extends PluginExtension>> EXTENSION_POINTS =
      Map.of(
          "pricing", PricingStrategy.class,
          "credit-check", CreditCheckProvider.class,
          "survey", SurveyMechanism.class);

  private final Path directory;
  private final ConcurrentMap<Path, Installed> byFile = new ConcurrentHashMap<>();

  private PluginHost(Path directory) {
    this.directory = directory;
  }

  /**
   * Loads and starts every plugin jar in {@code directory}; an absent directory holds none. PF4J
   * checks each plugin's {@code Plugin-Requires} range against the plugin API version of this
   * platform and leaves a plugin built for another API unstarted.
   */
  public static PluginHost load(Path directory) {
    PluginHost host = new PluginHost(directory.toAbsolutePath());
    host.refresh();
    return host;
  }

  /**
   * Brings the host in line with the directory: starts the jars that appeared and stops those that
   * disappeared. Jars are only ever added or removed whole (a new jar is written under a temporary
   * name and renamed), so a jar already loaded never changes under its manager.
   *
   * @return whether anything changed
   */
  public synchronized boolean refresh() {
    List<Path> jars = jars();
    boolean changed = false;
    for (Path gone : new ArrayList<>(byFile.keySet())) {
      if (!jars.contains(gone)) {
        byFile.remove(gone).close();
        changed = true;
      }
    }
    for (Path jar : jars) {
      if (!byFile.containsKey(jar)) {
        byFile.put(jar, Installed.start(jar, duplicateOf(jar)));
        changed = true;
      }
    }
    return changed;
  }

  /** Every plugin jar found, started or failed, by id then version. */
  public List<LoadedPlugin> plugins() {
    return byFile.values().stream()
        .map(Installed::plugin)
        .sorted(Comparator.comparing(LoadedPlugin::id).thenComparing(LoadedPlugin::version))
        .toList();
  }

  /** The started plugin {@code pluginId} in {@code version}, if there is one. */
  public Optional<LoadedPlugin> plugin(String pluginId, String version) {
    return started(pluginId, version).map(Installed::plugin);
  }

  /**
   * The extensions of {@code point} that plugin {@code pluginId} contributes, resolved at start, in
   * every started version.
   */
  public <T> List<T> extensions(String pluginId, Class<T> point) {
    return byFile.values().stream()
        .filter(i -> i.plugin().id().equals(pluginId) && i.plugin().failure() == null)
        .flatMap(i -> i.extensions().getOrDefault(point, List.of()).stream())
        .map(point::cast)
        .toList();
  }

  /**
   * The extension of {@code point} named {@code name} in plugin {@code pluginId} {@code version}.
   */
  public <T extends PluginExtension> Optional<T> extension(
      String pluginId, String version, Class<T> point, String name) {
    return started(pluginId, version)
        .flatMap(
            i ->
                i.extensions().getOrDefault(point, List.of()).stream()
                    .filter(e -> e.name().equals(name))
                    .findFirst())
        .map(point::cast);
  }

  /** The folder the host loads plugin jars from. */
  public Path directory() {
    return directory;
  }

  @Override
  public synchronized void close() {
    byFile.values().forEach(Installed::close);
    byFile.clear();
  }

  private Optional<Installed> started(String pluginId, String version) {
    return byFile.values().stream()
        .filter(
            i ->
                i.plugin().id().equals(pluginId)
                    && i.plugin().version().equals(version)
                    && i.plugin().failure() == null)
        .findFirst();
  }

  /** The jar already started with the same id and version as {@code jar}, if any. */
  private Path duplicateOf(Path jar) {
    Optional<String[]> identity = Installed.identity(jar);
    if (identity.isEmpty()) {
      return null;
    }
    return byFile.entrySet().stream()
        .filter(
            e ->
                e.getValue().plugin().id().equals(identity.get()[0])
                    && e.getValue().plugin().version().equals(identity.get()[1])
                    && e.getValue().plugin().failure() == null)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }

  private List<Path> jars() {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".jar"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("listing the plugins in " + directory, e);
    }
  }

  /**
   * A plugin as loaded.
   *
   * @param id the plugin id from its manifest (the file name when the manifest has none)
   * @param version its version
   * @param description its one-line description
   * @param provider who made it
   * @param requires the plugin API versions it declares it works with
   * @param state STARTED, or FAILED with a reason
   * @param failure why it failed, or {@code null}
   * @param extensions the names of its extensions by extension point name, in PF4J's order
   * @param configurationSchema the JSON Schema of its configuration, or {@code null} when it
   *     declares none (it then accepts only an empty configuration)
   * @param file the jar's file name in the plugins directory
   * @param checksum the SHA-256 of the jar, in hex
   */
  public record LoadedPlugin(
      String id,
      String version,
      String description,
      String provider,
      String requires,
      String state,
      String failure,
      Map<String, List<String>> extensions,
      String configurationSchema,
      String file,
      String checksum) {}

  /** One jar with its own PF4J manager. */
  record Installed(
      PluginManager manager, LoadedPlugin plugin, Map<Class<?>, List<PluginExtension>> extensions) {

    static Installed start(Path jar, Path duplicateOf) {
      String checksum = sha256(jar);
      String file = jar.getFileName().toString();
      PluginManager manager =
          new DefaultPluginManager(jar.getParent()) {
            @Override
            protected VersionManager createVersionManager() {
              return new ApiVersions();
            }
          };
      manager.setSystemVersion(PluginApi.VERSION);
      if (duplicateOf != null) {
        String[] identity = identity(jar).orElseThrow();
        return failed(
            manager,
            identity[0],
            identity[1],
            file,
            checksum,
            "the same plugin and version is already loaded from " + duplicateOf.getFileName());
      }
      String pluginId;
      try {
        pluginId = manager.loadPlugin(jar);
      } catch (RuntimeException e) {
        String[] identity = identity(jar).orElse(new String[] {file, "?"});
        return failed(
            manager, identity[0], identity[1], file, checksum, "not loaded: " + e.getMessage());
      }
      PluginWrapper wrapper = manager.getPlugin(pluginId);
      if (wrapper.getPluginState() != PluginState.DISABLED) {
        try {
          manager.startPlugin(pluginId);
        } catch (RuntimeException e) {
          // PF4J records the failure on the wrapper; it is reported below.
        }
      }
      Map<Class<?>, List<PluginExtension>> byPoint = new LinkedHashMap<>();
      Map<String, List<String>> names = new LinkedHashMap<>();
      String failure = null;
      if (wrapper.getPluginState() == PluginState.STARTED) {
        try {
          for (var point : EXTENSION_POINTS.entrySet()) {
            List<? extends PluginExtension> found =
                manager.getExtensions(point.getValue(), pluginId);
            if (!found.isEmpty()) {
              byPoint.put(point.getValue(), List.copyOf(found));
              names.put(point.getKey(), found.stream().map(PluginExtension::name).toList());
            }
          }
        } catch (RuntimeException | LinkageError e) {
          failure = "its extensions could not be created: " + e;
        }
      }
      if (failure == null) {
        failure = failure(manager, wrapper, names);
      }
      LoadedPlugin plugin =
          new LoadedPlugin(
              pluginId,
              wrapper.getDescriptor().getVersion(),
              wrapper.getDescriptor().getPluginDescription(),
              wrapper.getDescriptor().getProvider(),
              wrapper.getDescriptor().getRequires(),
              failure == null ? "STARTED" : "FAILED",
              failure,
              failure == null ? names : Map.of(),
              configurationSchema(wrapper),
              file,
              checksum);
      return new Installed(manager, plugin, failure == null ? byPoint : Map.of());
    }

    private static Installed failed(
        PluginManager manager,
        String id,
        String version,
        String file,
        String checksum,
        String failure) {
      return new Installed(
          manager,
          new LoadedPlugin(
              id, version, null, null, null, "FAILED", failure, Map.of(), null, file, checksum),
          Map.of());
    }

    /** The id and version the jar's manifest declares; fails when it cannot be read. */
    static String[] identityOf(Path jar) {
      return identity(jar).orElseThrow(() -> new IllegalArgumentException("no plugin: " + jar));
    }

    /** The id and version the jar's manifest declares, if it can be read. */
    static Optional<String[]> identity(Path jar) {
      try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
        var manifest = file.getManifest();
        if (manifest == null) {
          return Optional.empty();
        }
        String id = manifest.getMainAttributes().getValue("Plugin-Id");
        String version = manifest.getMainAttributes().getValue("Plugin-Version");
        return id == null || version == null
            ? Optional.empty()
            : Optional.of(new String[] {id, version});
      } catch (IOException e) {
        return Optional.empty();
      }
    }

    void close() {
      try {
        // stopPlugins() itself modifies the list it walks (pf4j 3.15), so stop one by one.
        for (PluginWrapper started : new ArrayList<>(manager.getStartedPlugins())) {
          manager.stopPlugin(started.getPluginId());
        }
        manager.unloadPlugins();
      } catch (RuntimeException e) {
        // A plugin that fails to stop is dropped all the same.
      }
    }
  }

  static String sha256(Path jar) {
    try (InputStream in = Files.newInputStream(jar)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + jar, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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
  static final class ApiVersions extends DefaultVersionManager {

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
