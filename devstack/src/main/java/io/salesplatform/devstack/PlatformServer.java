package io.salesplatform.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform's uber jar on Payara Micro, configured through environment variables exactly as in
 * production (every MicroProfile Config setting has one).
 */
final class PlatformServer implements AutoCloseable {

  private final ChildProcess process;

  private PlatformServer(ChildProcess process) {
    this.process = process;
  }

  static PlatformServer start(StackSettings settings, Postgres postgres, Map<String, String> extra)
      throws IOException, InterruptedException {
    Path jar = settings.dist().resolve("platform.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IOException("no platform jar at " + jar + "; build the devstack module first");
    }
    // Payara Micro's instance folder is rebuilt each start: one kept from an earlier run would make
    // it deploy the application twice and stop the first copy.
    Path root = settings.home().resolve("payara");
    Folders.deleteTree(root);
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xms128m",
            "-Xmx768m",
            "-jar",
            jar.toString(),
            "--port",
            String.valueOf(settings.platformPort()),
            "--nocluster",
            "--disablephonehome",
            "--rootdir",
            root.toString());
    Map<String, String> environment = new HashMap<>();
    environment.put("PLATFORM_DB_URL", postgres.jdbcUrl(Postgres.DATABASE));
    environment.put("PLATFORM_DB_USER", Postgres.APP);
    environment.put("PLATFORM_DB_PASSWORD", settings.secrets().appPassword());
    environment.put("PLATFORM_DB_OWNER_USER", Postgres.OWNER);
    environment.put("PLATFORM_DB_OWNER_PASSWORD", settings.secrets().ownerPassword());
    environment.put("PLATFORM_KEYCLOAK_URL", settings.keycloakUrl());
    environment.put("PLATFORM_KEYCLOAK_CLIENT_SECRET", settings.secrets().platformClientSecret());
    environment.put(
        "PLATFORM_KEYCLOAK_PROVISIONER_CLIENT_SECRET", settings.secrets().provisionerSecret());
    environment.put("PLATFORM_KEYCLOAK_COMMAND_LINE_CLIENT", "true");
    environment.put("PLATFORM_PUBLIC_URL", settings.platformUrl());
    environment.put("PLATFORM_SURVEYS_SIGNING_SECRET", settings.secrets().surveySigningSecret());
    environment.put("PLATFORM_PLUGINS_DIR", settings.dist().resolve("plugins").toString());
    environment.put("PLATFORM_TENANTS_DIR", settings.dist().resolve("tenants").toString());
    environment.put("LIQUIBASE_ANALYTICS_ENABLED", "false");
    environment.putAll(extra);
    ChildProcess process =
        ChildProcess.start(
            "The platform",
            command,
            environment,
            settings.home(),
            settings.logs().resolve("platform.log"));
    PlatformServer server = new PlatformServer(process);
    try {
      process.awaitReady(settings.platformUrl() + "/health/ready", Duration.ofMinutes(4));
    } catch (RuntimeException | IOException | InterruptedException e) {
      server.close();
      throw e;
    }
    return server;
  }

  @Override
  public void close() {
    process.close();
  }
}
