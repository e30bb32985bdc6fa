package io.salesplatform.platform.plugin;

import io.salesplatform.plugin.api.PluginApi;
import io.salesplatform.tenant.config.settings.PluginSelection;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

/**
 * What an uploaded plugin jar must be before the platform stores it: a readable jar whose manifest
 * names the plugin (id and semantic version), an API range that holds this platform's plugin API, a
 * plugin class that is in the jar when one is named, and extensions, each of an extension point the
 * platform knows. The classes are looked at in a class loader of their own that is thrown away
 * afterwards; nothing of the jar runs here (classes are not initialised).
 */
public final class PluginJarCheck {

  private static final Pattern CLASS_NAME =
      Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(?:\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

  static final String EXTENSIONS_INDEX = "META-INF/extensions.idx";

  private PluginJarCheck() {}

  /**
   * The plugin a jar declares.
   *
   * @param id its plugin id
   * @param version its version
   */
  public record Identity(String id, String version) {}

  /** Why a jar is not taken. */
  public static final class Rejected extends Exception {
    private static final long serialVersionUID = 1L;

    Rejected(String reason) {
      super(reason, null, false, false);
    }
  }

  /** Checks {@code jar}; the answer is the plugin it declares. */
  public static Identity check(Path jar) throws Rejected {
    try (JarFile file = open(jar)) {
      Attributes manifest = manifest(file);
      String id = manifest.getValue("Plugin-Id");
      if (id == null || id.isBlank()) {
        throw new Rejected("its manifest has no Plugin-Id");
      }
      if (!PluginSelection.isPluginId(id)) {
        throw new Rejected(
            "its Plugin-Id '" + id + "' is not a plugin id: lower-case words joined by hyphens");
      }
      String version = manifest.getValue("Plugin-Version");
      if (version == null || version.isBlank()) {
        throw new Rejected("its manifest has no Plugin-Version");
      }
      if (!PluginSelection.isVersion(version)) {
        throw new Rejected(
            "its Plugin-Version '"
                + version
                + "' is not a semantic version such as 1.4.0 or 2.0.0-rc.1");
      }
      pluginClass(file, manifest.getValue("Plugin-Class"));
      requires(manifest.getValue("Plugin-Requires"));
      extensions(jar, file);
      return new Identity(id, version);
    } catch (IOException e) {
      throw new Rejected("it could not be read as a jar: " + e.getMessage());
    }
  }

  private static JarFile open(Path jar) throws Rejected {
    try {
      return new JarFile(jar.toFile());
    } catch (IOException e) {
      throw new Rejected("it is not a jar (a zip archive could not be read)");
    }
  }

  private static Attributes manifest(JarFile file) throws Rejected, IOException {
    var manifest = file.getManifest();
    if (manifest == null) {
      throw new Rejected("it has no manifest (META-INF/MANIFEST.MF) naming the plugin");
    }
    return manifest.getMainAttributes();
  }

  /** A plugin class may be left out (PF4J then uses its own); when named, it must be there. */
  private static void pluginClass(JarFile file, String pluginClass) throws Rejected {
    if (pluginClass == null) {
      return;
    }
    if (!CLASS_NAME.matcher(pluginClass).matches()) {
      throw new Rejected("its Plugin-Class '" + pluginClass + "' is not a class name");
    }
    if (file.getEntry(pluginClass.replace('.', '/') + ".class") == null) {
      throw new Rejected("its Plugin-Class " + pluginClass + " is not in the jar");
    }
  }

  private static void requires(String requires) throws Rejected {
    if (requires == null || requires.isBlank()) {
      throw new Rejected(
          "its manifest has no Plugin-Requires; name the plugin API versions it works with, such"
              + " as "
              + range());
    }
    if (!PluginHost.ApiVersions.isRange(requires)) {
      throw new Rejected(
          "its Plugin-Requires '"
              + requires
              + "' is not a range of plugin API versions, such as "
              + range());
    }
    if (!new PluginHost.ApiVersions().checkVersionConstraint(PluginApi.VERSION, requires)) {
      throw new Rejected(
          "it requires plugin API "
              + requires
              + ", but this platform provides "
              + PluginApi.VERSION
              + "; build it for "
              + range());
    }
  }

  private static String range() {
    return ">="
        + PluginApi.VERSION
        + " & <"
        + (Integer.parseInt(PluginApi.VERSION.split("\\.")[0]) + 1)
        + ".0.0";
  }

  private static void extensions(Path jar, JarFile file) throws Rejected, IOException {
    ZipEntry index = file.getEntry(EXTENSIONS_INDEX);
    List<String> names = new ArrayList<>();
    if (index != null) {
      try (BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(file.getInputStream(index), StandardCharsets.UTF_8))) {
        for (String line; (line = lines.readLine()) != null; ) {
          String name = line.strip();
          if (!name.isEmpty() && !name.startsWith("#")) {
            names.add(name);
          }
        }
      }
    }
    if (names.isEmpty()) {
      throw new Rejected(
          "it contributes no extension ("
              + EXTENSIONS_INDEX
              + " is missing or empty; pf4j's annotation processor writes it)");
    }
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {jar.toUri().toURL()}, PluginJarCheck.class.getClassLoader())) {
      for (String name : names) {
        if (file.getEntry(name.replace('.', '/') + ".class") == null) {
          throw new Rejected("its extension " + name + " is not in the jar");
        }
        Class<?> type;
        try {
          type = Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
          throw new Rejected("its extension " + name + " cannot be loaded: " + e);
        }
        if (PluginHost.EXTENSION_POINTS.values().stream()
            .noneMatch(point -> point.isAssignableFrom(type))) {
          throw new Rejected(
              "its extension "
                  + name
                  + " implements no extension point of this platform ("
                  + String.join(", ", points())
                  + ")");
        }
      }
    }
  }

  private static List<String> points() {
    return PluginHost.EXTENSION_POINTS.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + ": " + e.getValue().getSimpleName())
        .toList();
  }
}
