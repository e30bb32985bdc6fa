package io.salesplatform.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the schema up to date before anything else runs. Migrations run once for all tenants, as
 * the schema owner; they grant the application role what it needs and nothing more.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

  static final String CHANGELOG = "db/changelog/db.changelog-master.xml";
  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = DataSources.OWNER)
  private DataSource owner;

  @Inject
  @ConfigProperty(name = "platform.db.user")
  String applicationRole;

  @PostConstruct
  void migrate() {
    long started = System.nanoTime();
    try (Connection connection = owner.getConnection()) {
      update(connection, applicationRole);
    } catch (Exception e) {
      throw new IllegalStateException("database migration failed: " + e.getMessage(), e);
    }
    LOG.info(() -> "schema up to date in " + (System.nanoTime() - started) / 1_000_000 + " ms");
  }

  /** Applies every pending changeset on {@code connection}; also used by the schema tests. */
  public static void update(Connection connection, String applicationRole) throws Exception {
    Database database =
        DatabaseFactory.getInstance()
            .findCorrectDatabaseImplementation(new JdbcConnection(connection));
    ChangeLogParameters parameters = new ChangeLogParameters(database);
    parameters.set("app_role", applicationRole);
    Map<String, Object> scope =
        Map.of(
            Scope.Attr.resourceAccessor.name(),
            new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader()));
    Scope.child(
        scope,
        () ->
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_PARAMETERS, parameters)
                .execute());
  }
}
