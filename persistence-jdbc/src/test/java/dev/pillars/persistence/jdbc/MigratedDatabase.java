package dev.pillars.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One test class's database with Pillars' tables migrated into it, as a static
 * {@code @RegisterExtension} field: before the class's tests it connects (a PostgreSQL class fails
 * or aborts there, see {@link TestDatabases#postgres()}), opens a pool and migrates; after them it
 * drops the schema it made for the class, if any, and closes the pool. Not for classes with
 * {@code @Nested} groups, which would run it again.
 */
final class MigratedDatabase implements BeforeAllCallback, AfterAllCallback {
  private final Supplier<TestDatabases.Database> connect;
  private final SchemaOptions options;
  private final boolean ownSchema;
  private TestDatabases.Database database;
  private HikariDataSource pool;

  private MigratedDatabase(Supplier<TestDatabases.Database> connect, SchemaOptions options, boolean ownSchema) {
    this.connect = connect;
    this.options = options;
    this.ownSchema = ownSchema;
  }

  /** Returns a new H2 database in memory with the default tables. */
  static MigratedDatabase h2() {
    return new MigratedDatabase(TestDatabases::h2, SchemaOptions.defaults(), false);
  }

  /** Returns the PostgreSQL server's database with the default tables, which it keeps. */
  static MigratedDatabase postgres() {
    return new MigratedDatabase(TestDatabases::postgres, SchemaOptions.defaults(), false);
  }

  /** Returns the PostgreSQL server's database with the tables in a new schema, dropped at the end. */
  static MigratedDatabase postgresInNewSchema(String prefix) {
    SchemaOptions options = SchemaOptions.defaults().inSchema(prefix + UUID.randomUUID().toString().substring(0, 8));
    return new MigratedDatabase(TestDatabases::postgres, options, true);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    database = connect.get();
    pool = database.pooled();
    PillarsSchema.migrate(pool, options);
  }

  @Override
  public void afterAll(ExtensionContext context) throws SQLException {
    HikariDataSource open = pool;
    if (open == null) {
      return;
    }
    try (open) {
      if (ownSchema) {
        try (Connection connection = open.getConnection();
            Statement statement = connection.createStatement()) {
          statement.execute("DROP SCHEMA \"" + options.schema().orElseThrow() + "\" CASCADE");
        }
      }
    }
  }

  /** Returns the database through the pool. */
  HikariDataSource pooled() {
    return require(pool);
  }

  /** Returns the same database without a pool: every connection is a new physical one. */
  DataSource unpooled() {
    return require(database).unpooled();
  }

  /** Returns where the tables are. */
  SchemaOptions options() {
    return options;
  }

  private static <T> T require(T value) {
    if (value == null) {
      throw new IllegalStateException("the database is open only while its test class runs");
    }
    return value;
  }
}
