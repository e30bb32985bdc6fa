package io.salesplatform.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Plugin jars for the deployed tests, made from the ones the build produced. */
final class PluginJars {

  /** The version of a second build of the pricing plugin, installed beside the shipped one. */
  static final String NEWER_PRICING_VERSION = "9.1.0";

  private PluginJars() {}

  /** The built jar in {@code folder} whose file name starts with {@code prefix}. */
  static Path built(Path folder, String prefix) throws IOException {
    try (Stream<Path> jars = Files.list(folder)) {
      return jars.filter(jar -> jar.getFileName().toString().startsWith(prefix))
          .filter(jar -> jar.getFileName().toString().endsWith(".jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no " + prefix + " jar in " + folder));
    }
  }

  /** Writes a copy of {@code pluginJar} whose manifest has {@code changes}. */
  static void withManifest(Path pluginJar, Path target, Map<String, String> changes)
      throws IOException {
    try (ZipFile plugin = new ZipFile(pluginJar.toFile());
        OutputStream file = Files.newOutputStream(target);
        ZipOutputStream out = new ZipOutputStream(file)) {
      Manifest manifest;
      try (InputStream in = plugin.getInputStream(plugin.getEntry(JarFile.MANIFEST_NAME))) {
        manifest = new Manifest(in);
      }
      changes.forEach((name, value) -> manifest.getMainAttributes().putValue(name, value));
      out.putNextEntry(new ZipEntry(JarFile.MANIFEST_NAME));
      manifest.write(out);
      out.closeEntry();
      Enumeration<? extends ZipEntry> entries = plugin.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (entry.getName().equals(JarFile.MANIFEST_NAME)) {
          continue;
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        try (InputStream in = plugin.getInputStream(entry)) {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
  }
}
