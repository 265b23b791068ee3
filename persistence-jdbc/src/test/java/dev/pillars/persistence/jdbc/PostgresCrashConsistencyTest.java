package dev.pillars.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.pillars.persistence.jdbc.FaultyDataSource.Fault;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Crash consistency of the JDBC store on the PostgreSQL server named by {@code PILLARS_PG_URL},
 * including a server process terminated in the middle of a unit of work.
 */
class PostgresCrashConsistencyTest extends CrashConsistencyContract {
  private static TestDatabases.Database database;
  private static HikariDataSource dataSource;
  private static final SchemaOptions OPTIONS =
      SchemaOptions.defaults().inSchema("crash_" + UUID.randomUUID().toString().substring(0, 8));

  @BeforeAll
  static void connect() {
    database = TestDatabases.postgres();
    dataSource = database.pooled();
    PillarsSchema.migrate(dataSource, OPTIONS);
  }

  @AfterAll
  static void disconnect() throws SQLException {
    if (dataSource != null) {
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA \"" + OPTIONS.schema().orElseThrow() + "\" CASCADE");
      }
      dataSource.close();
    }
  }

  @Override
  DataSource dataSource() {
    return dataSource;
  }

  @Override
  DataSource unpooled() {
    return database.unpooled();
  }

  @Override
  SchemaOptions options() {
    return OPTIONS;
  }

  @Override
  List<Fault> faults() {
    return List.of(Fault.THROW, Fault.CLOSE, Fault.KILL);
  }
}
