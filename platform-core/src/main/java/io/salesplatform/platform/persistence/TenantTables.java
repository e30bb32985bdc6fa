package io.salesplatform.platform.persistence;

import io.salesplatform.platform.tenant.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The tables that hold tenants' data, as the database catalogue lists them: every table of the
 * schema with a {@code tenant_id} column. Export and deletion read this list when they run rather
 * than keep one of their own, so a table added by a later migration is exported and deleted without
 * anyone remembering to add it.
 */
@ApplicationScoped
public class TenantTables {

  /** The catalogue's tenant tables: the same rule as the {@code purge_tenant} function's. */
  static final String CATALOGUE =
      "select c.relname, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod)"
          + " from pg_catalog.pg_class c"
          + " join pg_catalog.pg_attribute a on a.attrelid = c.oid"
          + " where c.relnamespace = 'public'::regnamespace"
          + " and c.relkind in ('r', 'p') and not c.relispartition"
          + " and a.attnum > 0 and not a.attisdropped"
          + " and exists (select 1 from pg_catalog.pg_attribute t where t.attrelid = c.oid"
          + "   and t.attname = 'tenant_id' and t.attnum > 0 and not t.attisdropped)"
          + " order by c.relname, a.attnum";

  private static final String PRIMARY_KEYS =
      "select c.relname, a.attname"
          + " from pg_catalog.pg_index i"
          + " join pg_catalog.pg_class c on c.oid = i.indrelid"
          + " join pg_catalog.pg_attribute a on a.attrelid = c.oid and a.attnum = any (i.indkey)"
          + " where i.indisprimary and c.relnamespace = 'public'::regnamespace"
          + " order by c.relname, array_position(i.indkey::int2[], a.attnum)";

  @Resource(lookup = DataSources.APPLICATION)
  DataSource dataSource;

  /**
   * A column of a tenant table.
   *
   * @param name its name
   * @param type its SQL type as PostgreSQL writes it, such as {@code uuid} or {@code jsonb}
   */
  public record Column(String name, String type) {}

  /**
   * A tenant table.
   *
   * @param name its name
   * @param key the columns of its primary key, in key order
   * @param columns its columns in table order
   */
  public record Table(String name, List<String> key, List<Column> columns) {
    public Table {
      key = List.copyOf(key);
      columns = List.copyOf(columns);
    }
  }

  /** Every tenant table, in name order. */
  public static List<Table> list(Connection connection) throws SQLException {
    Map<String, List<Column>> tables = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement(CATALOGUE);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        tables
            .computeIfAbsent(rows.getString(1), t -> new ArrayList<>())
            .add(new Column(rows.getString(2), rows.getString(3)));
      }
    }
    Map<String, List<String>> keys = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement(PRIMARY_KEYS);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        keys.computeIfAbsent(rows.getString(1), t -> new ArrayList<>()).add(rows.getString(2));
      }
    }
    List<Table> list = new ArrayList<>();
    tables.forEach(
        (name, columns) -> list.add(new Table(name, keys.getOrDefault(name, List.of()), columns)));
    return list;
  }

  /**
   * Removes every row of a tenant whose registry row says DELETING, in every tenant table, and then
   * the registry row, in one transaction of its own: all of it or nothing.
   *
   * @return the number of rows removed per table, the registry's {@code tenant} last
   */
  public Map<String, Long> purge(TenantId tenant) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        Map<String, Long> removed = purge(connection, tenant);
        connection.commit();
        return removed;
      } catch (SQLException | RuntimeException e) {
        rollback(connection, e);
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  /** Rolls back after {@code failure}, which a failing rollback must not hide. */
  public static void rollback(Connection connection, Exception failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /** The purge in the caller's transaction on {@code connection}; also used by the schema tests. */
  public static Map<String, Long> purge(Connection connection, TenantId tenant)
      throws SQLException {
    Map<String, Long> removed = new LinkedHashMap<>();
    try (PreparedStatement purge =
        connection.prepareStatement("select table_name, removed_rows from purge_tenant(?::uuid)")) {
      purge.setString(1, tenant.toString());
      try (ResultSet rows = purge.executeQuery()) {
        while (rows.next()) {
          removed.put(rows.getString(1), rows.getLong(2));
        }
      }
    }
    return removed;
  }
}
