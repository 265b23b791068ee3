package dev.pillars.persistence.jdbc;

import dev.pillars.core.Checks;
import dev.pillars.persistence.spi.PersistenceException;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The JDBC store's tables: Flyway migrations shipped in this jar, the same for PostgreSQL 15+ and
 * H2 2.x in PostgreSQL mode, and a helper that applies them.
 *
 * <p><b>Through the helper.</b> {@link #migrate(DataSource, SchemaOptions)} applies what is missing
 * and records it in a history table of its own ({@link SchemaOptions#historyTable()}), so it never
 * meets the host's own Flyway history, and works in a schema that already holds the host's tables.
 * Call it at start-up before the first {@link JdbcStore} is used; it is safe to call every time.
 *
 * <p><b>Through the host's own Flyway.</b> Run a separate Flyway instance (Pillars' versions would
 * clash with the host's own in one history) with:
 *
 * <pre>{@code
 * Flyway.configure()
 *     .dataSource(dataSource)
 *     .locations(PillarsSchema.LOCATION)
 *     .placeholders(PillarsSchema.placeholders(options))
 *     .table(options.historyTable())
 *     .baselineOnMigrate(true).baselineVersion("0")
 *     .load().migrate();
 * }</pre>
 *
 * adding {@code .schemas(schema).defaultSchema(schema)} when the options name a schema. Or copy the
 * scripts into the host's own migrations, replacing {@code ${table_prefix}}.
 *
 * <p><b>Placeholders.</b> The scripts name every table, index and constraint {@code
 * ${table_prefix}...}; the value comes from {@link SchemaOptions#tablePrefix()}.
 */
public final class PillarsSchema {
  /** Where the migrations lie on the class path, as a Flyway location. */
  public static final String LOCATION = "classpath:db/pillars-migration";

  /** The name of the placeholder that holds the table prefix. */
  public static final String TABLE_PREFIX = "table_prefix";

  private PillarsSchema() {}

  /**
   * Returns the Flyway placeholders the migrations need under the given options.
   *
   * @param options where the tables live
   * @return the placeholders, by name
   * @throws NullPointerException if {@code options} is null
   */
  public static Map<String, String> placeholders(SchemaOptions options) {
    Checks.notNull("options", options);
    return Map.of(TABLE_PREFIX, options.tablePrefix());
  }

  /**
   * Creates or upgrades the store's tables: applies every migration not applied yet, each in a
   * transaction of its own, creating the schema the options name if it does not exist.
   *
   * @param dataSource the host's data source; the helper borrows connections and gives them back
   * @param options where the tables live; the same options go to {@link JdbcStore.Builder#options}
   * @return how many migrations were applied: 0 if the tables are up to date
   * @throws NullPointerException if an argument is null
   * @throws PersistenceException if a migration fails, with Flyway's failure as the cause (a
   *     migration that failed leaves no trace on PostgreSQL, whose DDL is transactional), or if
   *     Flyway is missing
   */
  public static int migrate(DataSource dataSource, SchemaOptions options) {
    Checks.notNull("dataSource", dataSource);
    Checks.notNull("options", options);
    try {
      return FlywayMigration.migrate(dataSource, options);
    } catch (NoClassDefFoundError e) {
      throw new PersistenceException(
          "PillarsSchema.migrate needs Flyway (org.flywaydb:flyway-core, and flyway-database-postgresql"
              + " for PostgreSQL): put it on the class path, or on the module path with --add-modules"
              + " flyway.core,flyway.database.postgresql",
          e);
    }
  }
}
