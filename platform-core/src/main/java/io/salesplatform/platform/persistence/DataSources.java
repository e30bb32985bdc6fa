package io.salesplatform.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The platform's two connections to PostgreSQL. The application role owns no table and cannot
 * bypass Row-Level Security; only migrations connect as the owner. {@code stringtype=unspecified}
 * lets the tenant discriminator, which the persistence provider binds as text, compare with the
 * {@code uuid} tenant columns.
 */
@DataSourceDefinitions({
  @DataSourceDefinition(
      name = DataSources.APPLICATION,
      className = "org.postgresql.ds.PGSimpleDataSource",
      url = "${MPCONFIG=platform.db.url}",
      user = "${MPCONFIG=platform.db.user}",
      password = "${MPCONFIG=platform.db.password}",
      minPoolSize = 2,
      maxPoolSize = 32,
      properties = {"stringtype=unspecified", "ApplicationName=sales-platform"}),
  @DataSourceDefinition(
      name = DataSources.OWNER,
      className = "org.postgresql.ds.PGSimpleDataSource",
      url = "${MPCONFIG=platform.db.url}",
      user = "${MPCONFIG=platform.db.owner-user}",
      password = "${MPCONFIG=platform.db.owner-password}",
      transactional = false,
      minPoolSize = 0,
      maxPoolSize = 2,
      maxIdleTime = 60,
      properties = {"ApplicationName=sales-platform-migrations"})
})
@ApplicationScoped
public class DataSources {

  public static final String APPLICATION = "java:app/jdbc/sales";
  public static final String OWNER = "java:app/jdbc/sales-owner";
}
