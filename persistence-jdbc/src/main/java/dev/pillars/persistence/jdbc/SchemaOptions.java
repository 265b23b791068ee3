package dev.pillars.persistence.jdbc;

import dev.pillars.core.Checks;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where the JDBC store's tables live: an optional database schema and a prefix for every table
 * name, so that they can sit beside the host's own tables.
 *
 * <p>The same options go to {@link PillarsSchema#migrate} (or to the host's own Flyway, as {@link
 * PillarsSchema#placeholders}) and to {@link JdbcStore.Builder#options}: the store reads and writes
 * the tables the migrations created. With the {@linkplain #defaults() defaults} the tables are named
 * {@code pillars_goals} and so on, in the connection's current schema.
 *
 * <p>A schema name is used as given and quoted, so it is case-sensitive, as Flyway treats it; a
 * table prefix is used unquoted, so the database folds its case as it does for every unquoted name.
 * Immutable and thread-safe.
 */
public final class SchemaOptions {
  private static final Pattern SCHEMA = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
  private static final Pattern PREFIX = Pattern.compile("|[a-z][a-z0-9_]{0,39}");
  private static final SchemaOptions DEFAULTS = new SchemaOptions(null, "pillars_");

  private final @Nullable String schema;
  private final String tablePrefix;

  private SchemaOptions(@Nullable String schema, String tablePrefix) {
    this.schema = schema;
    this.tablePrefix = tablePrefix;
  }

  /**
   * Returns the defaults: the connection's current schema and the table prefix {@code pillars_}.
   *
   * @return the default options
   */
  public static SchemaOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these options with the tables in the given schema. {@link PillarsSchema#migrate}
   * creates the schema if it does not exist.
   *
   * @param schema the schema's name: a letter or underscore, then up to 62 letters, digits or
   *     underscores; case-sensitive
   * @return the changed options
   * @throws NullPointerException if {@code schema} is null
   * @throws dev.pillars.core.InvalidInputException if {@code schema} is not such a name
   */
  public SchemaOptions inSchema(String schema) {
    Checks.notNull("schema", schema);
    Checks.require(
        SCHEMA.matcher(schema).matches(),
        "schema",
        schema,
        "must be a letter or underscore followed by at most 62 letters, digits or underscores");
    return new SchemaOptions(schema, tablePrefix);
  }

  /**
   * Returns these options with another prefix for every table name, such as {@code hr_pillars_}.
   *
   * @param tablePrefix the prefix: empty, or a lower-case letter followed by at most 39 lower-case
   *     letters, digits or underscores
   * @return the changed options
   * @throws NullPointerException if {@code tablePrefix} is null
   * @throws dev.pillars.core.InvalidInputException if {@code tablePrefix} is not such a prefix
   */
  public SchemaOptions withTablePrefix(String tablePrefix) {
    Checks.notNull("tablePrefix", tablePrefix);
    Checks.require(
        PREFIX.matcher(tablePrefix).matches(),
        "tablePrefix",
        tablePrefix,
        "must be empty or a lower-case letter followed by at most 39 lower-case letters, digits or"
            + " underscores");
    return new SchemaOptions(schema, tablePrefix);
  }

  /**
   * Returns the schema the tables live in, if one was chosen.
   *
   * @return the schema; empty for the connection's current schema
   */
  public Optional<String> schema() {
    return Optional.ofNullable(schema);
  }

  /**
   * Returns the prefix of every table name.
   *
   * @return the prefix, possibly empty
   */
  public String tablePrefix() {
    return tablePrefix;
  }

  /**
   * Returns the name of the table in which {@link PillarsSchema#migrate} records the applied
   * migrations: the prefix followed by {@code schema_history}, apart from any history table of the
   * host's own.
   *
   * @return the history table's name
   */
  public String historyTable() {
    return tablePrefix + "schema_history";
  }

  /** Returns the name of a table as SQL refers to it: the quoted schema, if any, and the prefix. */
  String table(String name) {
    return (schema == null ? "" : '"' + schema + "\".") + tablePrefix + name;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SchemaOptions
        && Objects.equals(schema, ((SchemaOptions) other).schema)
        && tablePrefix.equals(((SchemaOptions) other).tablePrefix);
  }

  @Override
  public int hashCode() {
    return Objects.hash(schema, tablePrefix);
  }

  @Override
  public String toString() {
    return "SchemaOptions[schema=" + (schema == null ? "(current)" : schema) + ", tablePrefix=" + tablePrefix + "]";
  }
}
