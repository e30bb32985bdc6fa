package io.salesplatform.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Where the stack keeps its files, which ports it listens on, and the credentials it sets up.
 *
 * @param home the folder for data, logs and the unpacked Keycloak; kept between runs
 * @param dist the folder holding the platform jar, the Keycloak distribution and the plugins
 * @param postgresPort the embedded PostgreSQL's port
 * @param keycloakPort Keycloak's HTTP port
 * @param keycloakManagementPort Keycloak's management port (health)
 * @param platformPort the platform's HTTP port
 * @param keepData whether data survives a restart (the devstack) or is wiped (tests)
 * @param secrets the passwords and client secret the stack sets up
 */
public record StackSettings(
    Path home,
    Path dist,
    int postgresPort,
    int keycloakPort,
    int keycloakManagementPort,
    int platformPort,
    boolean keepData,
    Secrets secrets) {

  /**
   * @param ownerPassword the schema owner's database password
   * @param appPassword the application role's database password
   * @param keycloakDbPassword Keycloak's database password
   * @param keycloakAdminPassword the password of Keycloak's bootstrap admin ({@code admin})
   * @param platformClientSecret the secret of the platform's service account client
   * @param provisionerSecret the secret of the client that creates tenants' own realms
   * @param surveySigningSecret the secret survey links are signed with (at least 32 characters)
   */
  public record Secrets(
      String ownerPassword,
      String appPassword,
      String keycloakDbPassword,
      String keycloakAdminPassword,
      String platformClientSecret,
      String provisionerSecret,
      String surveySigningSecret) {

    /** Fixed values: the devstack is a local, single-user stack, and its README states them. */
    static Secrets local() {
      return new Secrets(
          "sales_owner",
          "sales_app",
          "keycloak",
          "admin",
          "devstack-platform-secret",
          "devstack-provisioner-secret",
          "devstack-survey-signing-secret-0123456789");
    }

    static Secrets random() {
      return new Secrets(
          token(), token(), token(), token(), token(), token(), token() + token() + token());
    }

    private static String token() {
      byte[] bytes = new byte[12];
      new SecureRandom().nextBytes(bytes);
      return HexFormat.of().formatHex(bytes);
    }
  }

  /** The devstack: settings from environment variables, with the documented defaults. */
  public static StackSettings fromEnvironment(Path dist) {
    return new StackSettings(
        Path.of(setting("DEVSTACK_HOME", ".devstack")).toAbsolutePath(),
        dist,
        Integer.parseInt(setting("DEVSTACK_POSTGRES_PORT", "15432")),
        Integer.parseInt(setting("DEVSTACK_KEYCLOAK_PORT", "8180")),
        Integer.parseInt(setting("DEVSTACK_KEYCLOAK_MANAGEMENT_PORT", "9180")),
        Integer.parseInt(setting("DEVSTACK_PLATFORM_PORT", "8080")),
        true,
        Secrets.local());
  }

  /**
   * A throwaway stack on free ports, for tests: beside a running devstack, it clashes with nothing.
   */
  public static StackSettings throwaway(Path home, Path dist) {
    return new StackSettings(
        home, dist, freePort(), freePort(), freePort(), freePort(), false, Secrets.random());
  }

  public String keycloakUrl() {
    return "http://localhost:" + keycloakPort;
  }

  public String platformUrl() {
    return "http://localhost:" + platformPort;
  }

  public Path logs() {
    return home.resolve("logs");
  }

  private static String setting(String name, String fallback) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      value = System.getProperty(name);
    }
    return value == null || value.isBlank() ? fallback : value;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
