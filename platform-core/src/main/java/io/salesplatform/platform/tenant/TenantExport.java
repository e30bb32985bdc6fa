package io.salesplatform.platform.tenant;

import io.salesplatform.platform.audit.AuditTrail;
import io.salesplatform.platform.identity.IdentityDirectory;
import io.salesplatform.platform.persistence.DataSources;
import io.salesplatform.platform.persistence.TenantTables;
import io.salesplatform.platform.problem.Problems;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Exports a tenant's complete data as a {@link TenantArchive}, written while it is read: every row
 * of every tenant table (found in the catalogue when the export runs), its people and integration
 * clients from the identity provider. The rows are read through database cursors in one
 * repeatable-read transaction bound to the tenant, so Row-Level Security applies and every table is
 * read at the same instant; nothing is collected in memory. Once the last line is out, the export
 * is recorded in the tenant's audit trail and, if it read the registry row as it still stands, as
 * the tenant's latest export.
 */
@ApplicationScoped
public class TenantExport {

  private static final Logger LOG = Logger.getLogger(TenantExport.class.getName());
  private static final int FETCH_SIZE = 500;
  private static final int BUFFER = 64 * 1024;
  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  @Inject TenantRepository tenants;
  @Inject TenantLifecycle lifecycle;
  @Inject IdentityDirectory directory;

  @Resource(lookup = DataSources.APPLICATION)
  DataSource dataSource;

  Clock clock = Clock.systemUTC();

  /**
   * An archive about to be written.
   *
   * @param fileName the name a download is saved under
   * @param body writes the archive when the answer is sent
   */
  public record Download(String fileName, StreamingOutput body) {}

  /**
   * The archive of the tenant {@code slug}, which must be active or suspended; the problems a
   * request can meet are raised here, before the first byte is sent.
   */
  public Download prepare(String slug, AuditTrail.Actor actor) {
    Tenant tenant =
        tenants
            .findBySlug(slug)
            .orElseThrow(() -> Problems.notFound("There is no tenant '" + slug + "'."));
    if (tenant.status() != TenantStatus.ACTIVE && tenant.status() != TenantStatus.SUSPENDED) {
      throw Problems.conflict(
          "tenant-not-exportable",
          "Tenant not exportable",
          "'"
              + slug
              + "' is "
              + tenant.status()
              + "; only an active or suspended company is exported.");
    }
    UUID id = tenant.tenantId().value();
    String fileName =
        slug + "-" + FILE_TIME.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)) + ".ndjson";
    return new Download(fileName, output -> write(id, slug, actor, output));
  }

  private void write(UUID id, String slug, AuditTrail.Actor actor, OutputStream output)
      throws IOException {
    TenantArchive archive = new TenantArchive(new BufferedOutputStream(output, BUFFER));
    Tenant tenant;
    Instant readAt;
    TenantArchive.Summary summary;
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        try (Statement sql = connection.createStatement()) {
          sql.execute("set transaction isolation level repeatable read, read only");
        }
        try (PreparedStatement bind =
            connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
          bind.setString(1, id.toString());
          bind.execute();
        }
        // the snapshot every later statement reads was taken by the statements above
        tenant = registryRow(connection, id, slug);
        readAt = clock.instant();
        if (tenant.status() != TenantStatus.ACTIVE && tenant.status() != TenantStatus.SUSPENDED) {
          throw new IOException(
              "'" + tenant.slug() + "' became " + tenant.status() + " before its export began");
        }
        List<TenantTables.Table> tables = TenantTables.list(connection);
        archive.header(tenant, readAt, tables);
        writeIdentities(archive, tenant);
        for (TenantTables.Table table : tables) {
          writeRows(archive, connection, table, id);
        }
        summary = archive.finish();
        connection.commit();
      } catch (SQLException | IOException | RuntimeException e) {
        TenantTables.rollback(connection, e);
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IOException("exporting tenant " + id + " failed: " + e.getMessage(), e);
    }
    try {
      lifecycle.exported(tenant.slug(), tenant.version(), readAt, summary, actor);
    } catch (RuntimeException e) {
      // the archive went out whole; without its record it is just not the export a deletion needs
      LOG.log(Level.WARNING, "the export of " + tenant.slug() + " was not recorded", e);
    }
  }

  private void writeIdentities(TenantArchive archive, Tenant tenant) throws IOException {
    try {
      directory.forEachPerson(
          tenant,
          person -> {
            try {
              archive.person(person);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (IdentityDirectory.Integration client : directory.clients(tenant.realm(), tenant.slug())) {
      archive.client(
          client.clientId(),
          client.name(),
          directory.rolesIn(tenant.realm(), client.accountId(), tenant.slug()));
    }
  }

  private static void writeRows(
      TenantArchive archive, Connection connection, TenantTables.Table table, UUID id)
      throws SQLException, IOException {
    String columns =
        table.columns().stream().map(c -> quote(c.name())).collect(Collectors.joining(", "));
    String order =
        table.key().isEmpty()
            ? ""
            : " order by "
                + table.key().stream().map(TenantExport::quote).collect(Collectors.joining(", "));
    // Row-Level Security already limits the rows to the tenant; the condition is the second wall
    try (PreparedStatement query =
        connection.prepareStatement(
            "select "
                + columns
                + " from public."
                + quote(table.name())
                + " where tenant_id = ?::uuid"
                + order)) {
      query.setFetchSize(FETCH_SIZE);
      query.setString(1, id.toString());
      try (ResultSet rows = query.executeQuery()) {
        archive.rows(table, rows);
      }
    }
  }

  /**
   * The registry row as this transaction's snapshot holds it. The row is read through the
   * persistence context and compared by version with the snapshot's, which holds the same row
   * unless it changed in the moment between.
   */
  private Tenant registryRow(Connection connection, UUID id, String slug)
      throws SQLException, IOException {
    long version;
    try (PreparedStatement query =
        connection.prepareStatement("select version from tenant where id = ?::uuid")) {
      query.setString(1, id.toString());
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw new IOException("'" + slug + "' is gone");
        }
        version = row.getLong(1);
      }
    }
    Tenant tenant =
        tenants
            .findBySlug(slug)
            .filter(t -> t.tenantId().value().equals(id))
            .orElseThrow(() -> new IOException("'" + slug + "' is gone"));
    if (tenant.version() != version) {
      throw new IOException("'" + slug + "' changed as its export began; export it again");
    }
    return tenant;
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
