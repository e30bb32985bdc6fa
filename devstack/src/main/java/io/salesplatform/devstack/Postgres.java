package io.salesplatform.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded PostgreSQL: one server, a {@code sales} database owned by the schema owner role, the
 * application role that Row-Level Security binds, and Keycloak's own database.
 */
final class Postgres implements AutoCloseable {

  static final String DATABASE = "sales";
  static final String OWNER = "sales_owner";
  static final String APP = "sales_app";
  static final String KEYCLOAK = "keycloak";

  private final EmbeddedPostgres server;

  private Postgres(EmbeddedPostgres server) {
    this.server = server;
  }

  static Postgres start(StackSettings settings) throws IOException, SQLException {
    var dataDir = settings.home().resolve("postgres");
    Files.createDirectories(dataDir);
    EmbeddedPostgres server =
        EmbeddedPostgres.builder()
            .setPort(settings.postgresPort())
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(!settings.keepData())
            .setServerConfig("fsync", settings.keepData() ? "on" : "off")
            .setServerConfig("max_connections", "200")
            .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile(settings)))
            .start();
    Postgres postgres = new Postgres(server);
    postgres.prepare(settings.secrets());
    return postgres;
  }

  private static java.io.File logFile(StackSettings settings) throws IOException {
    Files.createDirectories(settings.logs());
    return settings.logs().resolve("postgres.log").toFile();
  }

  /** Roles and databases, made where missing; passwords set to the stack's. */
  private void prepare(StackSettings.Secrets secrets) throws SQLException {
    try (Connection admin = server.getPostgresDatabase().getConnection();
        Statement sql = admin.createStatement()) {
      ensureRole(
          admin, OWNER, "login nosuperuser nocreatedb nocreaterole", secrets.ownerPassword());
      ensureRole(
          admin,
          APP,
          "login nosuperuser nocreatedb nocreaterole nobypassrls",
          secrets.appPassword());
      ensureRole(admin, KEYCLOAK, "login nosuperuser", secrets.keycloakDbPassword());
      if (!exists(admin, "select 1 from pg_database where datname = ?", DATABASE)) {
        sql.execute("create database " + DATABASE + " owner " + OWNER);
      }
      if (!exists(admin, "select 1 from pg_database where datname = ?", KEYCLOAK)) {
        sql.execute("create database " + KEYCLOAK + " owner " + KEYCLOAK);
      }
      sql.execute("revoke all on database " + DATABASE + " from public");
      sql.execute("grant connect on database " + DATABASE + " to " + APP);
    }
  }

  private static void ensureRole(Connection admin, String role, String options, String password)
      throws SQLException {
    try (Statement sql = admin.createStatement()) {
      String verb =
          exists(admin, "select 1 from pg_roles where rolname = ?", role) ? "alter" : "create";
      sql.execute(
          verb
              + " role "
              + role
              + " with "
              + options
              + " password '"
              + password.replace("'", "''")
              + "'");
    }
  }

  private static boolean exists(Connection admin, String query, String name) throws SQLException {
    try (PreparedStatement statement = admin.prepareStatement(query)) {
      statement.setString(1, name);
      try (ResultSet result = statement.executeQuery()) {
        return result.next();
      }
    }
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
