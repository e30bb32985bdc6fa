package io.salesplatform.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesplatform.plugin.api.PluginConfiguration;
import io.salesplatform.plugin.api.PricingStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The jar checks pass a jar laid out as the platform accepts it and name what is wrong with each
 * jar that is not: jars are written here from the sample extensions, one defect each.
 */
class PluginJarConformanceTest {

  private static final String RANGE = ">=1.0.0 & <2.0.0";
  private static final Path JARS = createJarsDirectory();

  @Test
  void aWellFormedJarPassesEveryCheck() {
    ConformanceRun run = ConformanceRun.of(WellFormed.class);

    assertThat(run.failures()).isEmpty();
    assertThat(run.succeeded()).isEqualTo(4);
  }

  @Test
  void aJarWithoutAnApiRangeIsFound() {
    assertThat(ConformanceRun.of(WithoutRange.class).failures())
        .singleElement()
        .satisfies(
            failure -> {
              assertThat(failure.test())
                  .isEqualTo("theManifestNamesThePluginItsVersionAndTheApiRangeItNeeds");
              assertThat(failure.message()).contains("Plugin-Requires");
            });
  }

  @Test
  void anOpenEndedApiRangeIsFound() {
    assertThat(ConformanceRun.of(OpenEndedRange.class).failures())
        .singleElement()
        .satisfies(failure -> assertThat(failure.message()).contains("must end before API 2.0.0"));
  }

  @Test
  void aJarForAnotherApiIsNotStarted() {
    assertThat(ConformanceRun.of(ForAnotherApi.class).failedTests())
        .containsExactlyInAnyOrder(
            "theManifestNamesThePluginItsVersionAndTheApiRangeItNeeds",
            "pf4jStartsThePluginAndFindsItsNamedExtensions");
  }

  @Test
  void aJarThatBundlesTheApiIsFoundAndContributesNothing() {
    ConformanceRun run = ConformanceRun.of(BundlingTheApi.class);

    assertThat(run.failedTests())
        .containsExactlyInAnyOrder(
            "theJarBundlesNeitherThePluginApiNorPf4j",
            "pf4jStartsThePluginAndFindsItsNamedExtensions");
    assertThat(run.failures())
        .anySatisfy(failure -> assertThat(failure.message()).contains("contributes no extension"));
  }

  @Test
  void aJarWithoutItsExtensionIndexIsFound() {
    assertThat(ConformanceRun.of(WithoutIndex.class).failedTests())
        .containsExactlyInAnyOrder(
            "theJarListsItsExtensionsAndDeclaresAValidSchema",
            "pf4jStartsThePluginAndFindsItsNamedExtensions");
  }

  @Test
  void extensionsOtherThanTheExpectedOnesAreFound() {
    assertThat(ConformanceRun.of(ExpectingMore.class).failures())
        .singleElement()
        .satisfies(
            failure -> assertThat(failure.message()).contains("the extensions by extension point"));
  }

  static class WellFormed extends PluginJarConformance {
    @Override
    protected Path pluginJar() {
      return jar("well-formed", RANGE, true, false);
    }

    @Override
    protected Map<Class<? extends io.salesplatform.plugin.api.PluginExtension>, Set<String>>
        expectedExtensions() {
      return Map.of(PricingStrategy.class, Set.of("list-price"));
    }
  }

  static class WithoutRange extends PluginJarConformance {
    @Override
    protected Path pluginJar() {
      return jar("without-range", null, true, false);
    }
  }

  static class OpenEndedRange extends PluginJarConformance {
    @Override
    protected Path pluginJar() {
      return jar("open-ended", ">=1.0.0", true, false);
    }
  }

  static class ForAnotherApi extends PluginJarConformance {
    @Override
    protected Path pluginJar() {
      return jar("another-api", ">=2.0.0 & <3.0.0", true, false);
    }
  }

  static class BundlingTheApi extends PluginJarConformance {
    @Override
    protected Path pluginJar() {
      return jar("bundling-api", RANGE, true, true);
    }
  }

  static class WithoutIndex extends PluginJarConformance {
    @Override
    protected Path pluginJar() {
      return jar("without-index", RANGE, false, false);
    }
  }

  static class ExpectingMore extends WellFormed {
    @Override
    protected Map<Class<? extends io.salesplatform.plugin.api.PluginExtension>, Set<String>>
        expectedExtensions() {
      return Map.of(PricingStrategy.class, Set.of("list-price", "negotiated"));
    }
  }

  /** Writes (once) a plugin jar holding the conforming sample pricing extension. */
  private static synchronized Path jar(
      String name, String requires, boolean withIndex, boolean bundleApi) {
    Path jar = JARS.resolve(name + ".jar");
    if (Files.exists(jar)) {
      return jar;
    }
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.putValue("Plugin-Id", "sample-" + name);
    main.putValue("Plugin-Version", "1.0.0");
    if (requires != null) {
      main.putValue("Plugin-Requires", requires);
    }
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(
        classFile(SamplePricing.class), bytes(SamplePricing.class, classFile(SamplePricing.class)));
    entries.put(
        classFile(SamplePricing.ListPrice.class),
        bytes(SamplePricing.class, classFile(SamplePricing.ListPrice.class)));
    entries.put(
        PluginConfiguration.SCHEMA_RESOURCE,
        bytes(SamplePricing.class, PluginConfiguration.SCHEMA_RESOURCE));
    if (withIndex) {
      entries.put(
          "META-INF/extensions.idx",
          (SamplePricing.ListPrice.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
    }
    if (bundleApi) {
      entries.put(
          classFile(PricingStrategy.class),
          bytes(PricingStrategy.class, classFile(PricingStrategy.class)));
    }
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      for (var entry : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        out.write(entry.getValue());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jar;
  }

  private static String classFile(Class<?> type) {
    return type.getName().replace('.', '/') + ".class";
  }

  private static byte[] bytes(Class<?> near, String resource) {
    try (InputStream in = near.getClassLoader().getResourceAsStream(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path createJarsDirectory() {
    try {
      Path directory = Path.of("target", "sample-plugin-jars");
      Files.createDirectories(directory);
      try (var old = Files.list(directory)) {
        for (Path jar : old.toList()) {
          Files.delete(jar);
        }
      }
      return directory.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
