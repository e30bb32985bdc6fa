package io.salesplatform.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.salesplatform.plugin.api.CreditCheckProvider;
import io.salesplatform.plugin.api.PluginApi;
import io.salesplatform.plugin.api.PluginExtension;
import io.salesplatform.plugin.api.PricingStrategy;
import io.salesplatform.plugin.api.SurveyMechanism;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.DefaultPluginManager;
import org.pf4j.DefaultVersionManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.VersionManager;

/**
 * Checks a built plugin jar the way the platform will take it: its manifest names the plugin, its
 * version and the API range it needs; it bundles neither the plugin API nor pf4j; it lists its
 * extensions and declares a valid configuration schema; and PF4J, with this API as its system
 * version, starts it and finds its named extensions.
 *
 * <p>The jar exists only after {@code package}, so a plugin runs this as an integration test
 * (Failsafe, a class named {@code *IT}) and names the jar in the system property {@code
 * plugin.jar}, or overrides {@link #pluginJar()}.
 */
public abstract class PluginJarConformance {

  /** The extension points the platform knows. */
  public static final List<Class<? extends PluginExtension>> EXTENSION_POINTS =
      List.of(PricingStrategy.class, CreditCheckProvider.class, SurveyMechanism.class);

  private static final VersionManager VERSIONS = new DefaultVersionManager();

  @TempDir Path pluginsDirectory;

  /** The jar under test: by default the one the system property {@code plugin.jar} names. */
  protected Path pluginJar() {
    String jar = System.getProperty("plugin.jar");
    assertNotNull(jar, "set the system property plugin.jar to the built plugin jar");
    return Path.of(jar);
  }

  /**
   * The extension names the jar must contribute, by extension point; {@code null} (the default) to
   * accept any non-empty set.
   */
  protected Map<Class<? extends PluginExtension>, Set<String>> expectedExtensions() {
    return null;
  }

  @Test
  void theManifestNamesThePluginItsVersionAndTheApiRangeItNeeds() throws IOException {
    Attributes manifest = manifest();
    String id = manifest.getValue("Plugin-Id");
    String version = manifest.getValue("Plugin-Version");
    String requires = manifest.getValue("Plugin-Requires");

    assertNotNull(id, "Plugin-Id");
    assertTrue(
        PluginExtension.NAME_PATTERN.matcher(id).matches(),
        "Plugin-Id '" + id + "' must be lower-case words joined by hyphens");
    assertNotNull(version, "Plugin-Version");
    assertEquals(0, VERSIONS.compareVersions(version, version), "Plugin-Version is semantic");
    assertNotNull(
        requires, "Plugin-Requires: the range of plugin API versions the plugin works with");
    assertFalse(requires.isBlank() || requires.trim().equals("*"), "Plugin-Requires names a range");
    assertTrue(
        VERSIONS.checkVersionConstraint(PluginApi.VERSION, requires),
        "Plugin-Requires '" + requires + "' must include this API, " + PluginApi.VERSION);
    String nextMajor = (Integer.parseInt(PluginApi.VERSION.split("\\.")[0]) + 1) + ".0.0";
    assertFalse(
        VERSIONS.checkVersionConstraint(nextMajor, requires),
        "Plugin-Requires '"
            + requires
            + "' must end before API "
            + nextMajor
            + ", which may break the plugin; such as >="
            + PluginApi.VERSION
            + " & <"
            + nextMajor);
  }

  @Test
  void theJarBundlesNeitherThePluginApiNorPf4j() throws IOException {
    List<String> bundled = new ArrayList<>();
    try (JarFile jar = new JarFile(pluginJar().toFile())) {
      jar.stream()
          .map(ZipEntry::getName)
          .filter(
              name ->
                  name.startsWith(PluginApi.class.getPackageName().replace('.', '/') + "/")
                      || name.startsWith("org/pf4j/"))
          .forEach(bundled::add);
    }
    // The platform supplies both; bundled copies load in the plugin's own class loader, and PF4J
    // then drops every extension of the plugin with only a log line.
    assertEquals(List.of(), bundled, "classes the platform supplies, bundled in the jar");
  }

  @Test
  void theJarListsItsExtensionsAndDeclaresAValidSchema() throws IOException {
    try (JarFile jar = new JarFile(pluginJar().toFile())) {
      ZipEntry index = jar.getEntry("META-INF/extensions.idx");
      assertNotNull(
          index, "META-INF/extensions.idx, written by pf4j's annotation processor at compile time");
      try (InputStream in = jar.getInputStream(index)) {
        boolean listsOne =
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .anyMatch(line -> !line.isBlank() && !line.startsWith("#"));
        assertTrue(listsOne, "META-INF/extensions.idx lists at least one extension");
      }
    }
    ConfigurationSchema.read(pluginJar())
        .map(ConfigurationSchema::parse)
        .ifPresent(
            schema ->
                assertEquals(List.of(), schema.problemsAsSchema(), "the configuration schema"));
  }

  @Test
  void pf4jStartsThePluginAndFindsItsNamedExtensions() throws IOException {
    Path jar = pluginsDirectory.resolve(pluginJar().getFileName());
    Files.copy(pluginJar(), jar);
    PluginManager manager = new DefaultPluginManager(pluginsDirectory);
    manager.setSystemVersion(PluginApi.VERSION);
    try {
      manager.loadPlugins();
      manager.startPlugins();
      assertEquals(1, manager.getPlugins().size(), "plugins loaded from the jar");
      PluginWrapper plugin = manager.getPlugins().get(0);
      assertEquals(
          PluginState.STARTED,
          plugin.getPluginState(),
          "the plugin's state; failure: " + plugin.getFailedException());

      Map<Class<? extends PluginExtension>, Set<String>> found = new LinkedHashMap<>();
      Set<String> classesFound = new HashSet<>();
      for (Class<? extends PluginExtension> point : EXTENSION_POINTS) {
        List<? extends PluginExtension> extensions =
            manager.getExtensions(point, plugin.getPluginId());
        Set<String> names = new TreeSet<>();
        for (PluginExtension extension : extensions) {
          classesFound.add(extension.getClass().getName());
          assertTrue(
              PluginExtension.NAME_PATTERN.matcher(extension.name()).matches(),
              "the name '" + extension.name() + "' of " + extension.getClass().getName());
          assertTrue(
              names.add(extension.name()),
              "two " + point.getSimpleName() + " extensions are named " + extension.name());
        }
        if (!names.isEmpty()) {
          found.put(point, Collections.unmodifiableSet(names));
        }
      }
      assertFalse(
          found.isEmpty(),
          "the plugin contributes no extension; is the plugin API bundled, or @Extension missing?");
      Set<String> listed = new TreeSet<>(manager.getExtensionClassNames(plugin.getPluginId()));
      listed.removeAll(classesFound);
      assertEquals(
          Set.of(),
          listed,
          "extensions that implement none of the platform's extension points of this API");
      if (expectedExtensions() != null) {
        assertEquals(expectedExtensions(), found, "the extensions by extension point");
      }
    } finally {
      for (PluginWrapper started : new ArrayList<>(manager.getStartedPlugins())) {
        manager.stopPlugin(started.getPluginId());
      }
      manager.unloadPlugins();
    }
  }

  private Attributes manifest() throws IOException {
    try (JarFile jar = new JarFile(pluginJar().toFile())) {
      assertNotNull(jar.getManifest(), "the jar's manifest");
      return jar.getManifest().getMainAttributes();
    }
  }
}
