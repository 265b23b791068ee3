package dev.pillars.persistence.jdbc;

import dev.pillars.persistence.spi.PersistenceException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The only class that names Flyway's types, so that the rest of the store loads without Flyway and
 * {@link PillarsSchema#migrate} can tell a missing Flyway apart from a failed migration.
 */
final class FlywayMigration {
  private FlywayMigration() {}

  static int migrate(DataSource dataSource, SchemaOptions options) {
    try {
      return configure(dataSource, options).load().migrate().migrationsExecuted;
    } catch (FlywayException e) {
      throw new PersistenceException("migrating the Pillars tables (" + options + ") failed: " + e.getMessage(), e);
    }
  }

  /**
   * The configuration {@link #migrate} runs. Flyway logs through SLF4J only, so the host's logging
   * configuration decides what is shown; Flyway's default would fall back to the JDK's own
   * logging, which prints every INFO line to standard error.
   */
  static FluentConfiguration configure(DataSource dataSource, SchemaOptions options) {
    FluentConfiguration configuration =
        Flyway.configure(FlywayMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations(PillarsSchema.LOCATION)
            .placeholders(PillarsSchema.placeholders(options))
            .table(options.historyTable())
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .failOnMissingLocations(true)
            .loggers("slf4j");
    options.schema().ifPresent(schema -> configuration.schemas(schema).defaultSchema(schema).createSchemas(true));
    return configuration;
  }
}
