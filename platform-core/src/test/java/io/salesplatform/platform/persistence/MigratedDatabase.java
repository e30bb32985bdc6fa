package io.salesplatform.platform.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A throwaway PostgreSQL with the platform's real migrations, for the schema tests: the schema
 * owner that migrates, the application role that Row-Level Security binds, and the superuser it
 * does not.
 */
final class MigratedDatabase implements AutoCloseable {

  private final EmbeddedPostgres postgres;
  private final String url;

  private MigratedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
    this.url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/sales";
  }

  static MigratedDatabase start() throws Exception {
    MigratedDatabase database =
        new MigratedDatabase(EmbeddedPostgres.builder().setServerConfig("fsync", "off").start());
    try (Connection admin = database.postgres.getPostgresDatabase().getConnection();
        Statement sql = admin.createStatement()) {
      sql.execute("create role sales_owner login password 'owner'");
      sql.execute("create role sales_app login password 'app' nosuperuser nobypassrls");
      sql.execute("create database sales owner sales_owner");
    }
    try (Connection owner = database.owner()) {
      SchemaMigration.update(owner, "sales_app");
    }
    return database;
  }

  Connection owner() throws SQLException {
    return DriverManager.getConnection(url, "sales_owner", "owner");
  }

  Connection application() throws SQLException {
    return DriverManager.getConnection(url, "sales_app", "app");
  }

  Connection superuser() throws SQLException {
    return postgres.getDatabase("postgres", "sales").getConnection();
  }

  /** Names the tenant for the rest of the connection's transaction, as the platform does. */
  static void useTenant(Connection connection, UUID tenant) throws SQLException {
    try (PreparedStatement set =
        connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
      set.setString(1, tenant.toString());
      set.execute();
    }
  }

  @Override
  public void close() throws Exception {
    postgres.close();
  }
}
