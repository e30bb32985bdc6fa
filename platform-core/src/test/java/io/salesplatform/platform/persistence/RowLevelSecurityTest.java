package io.salesplatform.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The second wall between tenants, proved with raw SQL as the application role: whatever a query
 * forgets, PostgreSQL shows a transaction only the rows of the tenant it named, and none when it
 * named no tenant. The schema comes from the real migrations.
 */
class RowLevelSecurityTest {

  private static final UUID TENANT_A = UUID.randomUUID();
  private static final UUID TENANT_B = UUID.randomUUID();

  private static MigratedDatabase database;

  @BeforeAll
  static void migrateAndSeed() throws Exception {
    database = MigratedDatabase.start();
    try (Connection owner = database.owner()) {
      try (Statement sql = owner.createStatement()) {
        for (UUID tenant : List.of(TENANT_A, TENANT_B)) {
          sql.execute(
              "insert into tenant (id, slug, name, status, isolation, realm, admin_email,"
                  + " admin_name, admin_username, created_at, updated_at, version) values ('"
                  + tenant
                  + "', 't"
                  + tenant.toString().substring(0, 8)
                  + "', 'Company', 'ACTIVE', 'pooled', 'sales', 'a@b.c', 'A', 'a', now(), now(), 0)");
        }
      }
    }
    try (Connection app = application()) {
      app.setAutoCommit(false);
      for (UUID tenant : List.of(TENANT_A, TENANT_B)) {
        useTenant(app, tenant);
        for (int i = 0; i < 3; i++) {
          try (PreparedStatement insert =
              app.prepareStatement(
                  "insert into tenant_member (tenant_id, user_id, username, joined_at, version)"
                      + " values (?, ?, ?, now(), 0)")) {
            insert.setObject(1, tenant);
            insert.setString(2, tenant + "-" + i);
            insert.setString(3, "user" + i);
            insert.executeUpdate();
          }
        }
        app.commit();
      }
    }
  }

  @AfterAll
  static void stop() throws Exception {
    database.close();
  }

  @Test
  void aTransactionSeesOnlyItsTenantsRowsWhateverTheQueryForgets() throws SQLException {
    try (Connection app = application()) {
      app.setAutoCommit(false);
      useTenant(app, TENANT_A);

      assertThat(tenantsOf(app, "select tenant_id from tenant_member")).containsOnly(TENANT_A);
      assertThat(
              tenantsOf(
                  app, "select tenant_id from tenant_member where tenant_id = '" + TENANT_B + "'"))
          .isEmpty();
      assertThat(count(app, "select count(*) from tenant_member")).isEqualTo(3);
      app.rollback();
    }
  }

  @Test
  void noTenantNamedMeansNoTenantRows() throws SQLException {
    try (Connection app = application()) {
      assertThat(count(app, "select count(*) from tenant_member")).isZero();
      app.setAutoCommit(false);
      useTenant(app, TENANT_B);
      assertThat(count(app, "select count(*) from tenant_member")).isEqualTo(3);
      app.commit();
      // the setting was transaction-local: the pooled connection carries nothing to the next use
      assertThat(count(app, "select count(*) from tenant_member")).isZero();
    }
  }

  @Test
  void anotherTenantsRowsCanNeitherBeWrittenNorChanged() throws SQLException {
    try (Connection app = application()) {
      app.setAutoCommit(false);
      useTenant(app, TENANT_A);
      try (Statement sql = app.createStatement()) {
        assertThat(sql.executeUpdate("update tenant_member set username = 'taken'")).isEqualTo(3);
        assertThat(
                sql.executeUpdate("delete from tenant_member where tenant_id = '" + TENANT_B + "'"))
            .isZero();
      }
      app.rollback();

      useTenant(app, TENANT_A);
      assertThatThrownBy(
              () -> {
                try (Statement sql = app.createStatement()) {
                  sql.executeUpdate(
                      "insert into tenant_member (tenant_id, user_id, username, joined_at, version)"
                          + " values ('"
                          + TENANT_B
                          + "', 'intruder', 'intruder', now(), 0)");
                }
              })
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("row-level security");
      app.rollback();
    }
  }

  @Test
  void theApplicationRoleOwnsNothingAndCannotBypassTheRules() throws SQLException {
    try (Connection app = application()) {
      assertThat(
              count(
                  app,
                  "select count(*) from pg_roles where rolname = 'sales_app'"
                      + " and (rolsuper or rolbypassrls)"))
          .isZero();
      assertThat(count(app, "select count(*) from pg_tables where tableowner = 'sales_app'"))
          .isZero();
      assertThat(
              count(
                  app,
                  "select count(*) from pg_class where relname = 'tenant_member'"
                      + " and relrowsecurity and relforcerowsecurity"))
          .isEqualTo(1);
    }
  }

  @Test
  void everyTableWithATenantColumnIsGuardedAndLedByIt() throws SQLException {
    try (Connection app = application()) {
      List<String> unguarded = new ArrayList<>();
      try (Statement sql = app.createStatement();
          ResultSet tables =
              sql.executeQuery(
                  "select c.relname, c.relrowsecurity and c.relforcerowsecurity,"
                      + " (select a.attname from pg_index i join pg_attribute a"
                      + "   on a.attrelid = i.indrelid and a.attnum = i.indkey[0]"
                      + "   where i.indrelid = c.oid and i.indisprimary)"
                      + " from pg_class c join pg_attribute t on t.attrelid = c.oid"
                      + " where c.relkind = 'r' and t.attname = 'tenant_id'"
                      + " and c.relnamespace = 'public'::regnamespace")) {
        while (tables.next()) {
          if (!tables.getBoolean(2) || !"tenant_id".equals(tables.getString(3))) {
            unguarded.add(tables.getString(1));
          }
        }
      }
      assertThat(unguarded).as("tenant tables without forced RLS or tenant-led key").isEmpty();
    }
  }

  private static Connection application() throws SQLException {
    return database.application();
  }

  private static void useTenant(Connection connection, UUID tenant) throws SQLException {
    MigratedDatabase.useTenant(connection, tenant);
  }

  private static List<UUID> tenantsOf(Connection connection, String query) throws SQLException {
    List<UUID> tenants = new ArrayList<>();
    try (Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery(query)) {
      while (rows.next()) {
        tenants.add(rows.getObject(1, UUID.class));
      }
    }
    return tenants;
  }

  private static long count(Connection connection, String query) throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
