package io.salesplatform.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from its Maven Central distribution, unpacked once into the stack's home and run in
 * development mode on the stack's PostgreSQL. The first start builds Keycloak for these options
 * (about a minute on two cores); later starts reuse that build.
 */
final class KeycloakServer implements AutoCloseable {

  static final String ADMIN = "admin";

  private final ChildProcess process;

  private KeycloakServer(ChildProcess process) {
    this.process = process;
  }

  static KeycloakServer start(StackSettings settings, Postgres postgres)
      throws IOException, InterruptedException {
    Path home = unpack(settings);
    List<String> command =
        List.of(
            home.resolve("bin/kc.sh").toString(),
            "start-dev",
            "--http-port=" + settings.keycloakPort(),
            "--http-management-port=" + settings.keycloakManagementPort(),
            "--hostname=" + settings.keycloakUrl(),
            "--health-enabled=true",
            "--db=postgres",
            "--db-url=" + postgres.jdbcUrl(Postgres.KEYCLOAK),
            "--db-username=" + Postgres.KEYCLOAK,
            "--db-password=" + settings.secrets().keycloakDbPassword(),
            "--cache=local");
    Map<String, String> environment =
        Map.of(
            "KC_BOOTSTRAP_ADMIN_USERNAME",
            ADMIN,
            "KC_BOOTSTRAP_ADMIN_PASSWORD",
            settings.secrets().keycloakAdminPassword(),
            "JAVA_OPTS_KC_HEAP",
            "-Xms128m -Xmx768m");
    ChildProcess process =
        ChildProcess.start(
            "Keycloak", command, environment, home, settings.logs().resolve("keycloak.log"));
    KeycloakServer server = new KeycloakServer(process);
    try {
      process.awaitReady(
          "http://localhost:" + settings.keycloakManagementPort() + "/health/ready",
          Duration.ofMinutes(6));
    } catch (RuntimeException | IOException | InterruptedException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** The distribution unpacked under the stack's home, once per version. */
  private static Path unpack(StackSettings settings) throws IOException {
    Path zip = distribution(settings.dist());
    String version = zip.getFileName().toString().replaceFirst("\\.zip$", "");
    Path home = settings.home().resolve(version);
    if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
      return home;
    }
    Path partial = settings.home().resolve(version + ".partial");
    Folders.deleteTree(partial);
    Files.createDirectories(partial);
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream entries = new ZipInputStream(in)) {
      for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
        // the archive's top folder is named for the version; drop it
        String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
        if (name.isEmpty()) {
          continue;
        }
        Path target = partial.resolve(name).normalize();
        if (!target.startsWith(partial)) {
          throw new IOException("unsafe entry in " + zip + ": " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
          if (name.startsWith("bin/") && name.endsWith(".sh")) {
            target.toFile().setExecutable(true);
          }
        }
      }
    }
    Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
    return home;
  }

  private static Path distribution(Path dist) throws IOException {
    try (DirectoryStream<Path> zips = Files.newDirectoryStream(dist, "keycloak-*.zip")) {
      for (Path zip : zips) {
        return zip;
      }
    }
    throw new IOException(
        "no Keycloak distribution in " + dist + "; build the devstack module first");
  }

  @Override
  public void close() {
    process.close();
  }
}
