package dev.pillars.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.pillars.persistence.jdbc.FaultyDataSource.Fault;
import java.util.List;
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

  @BeforeAll
  static void connect() {
    database = TestDatabases.postgres();
    dataSource = database.pooled();
    PillarsSchema.migrate(dataSource, SchemaOptions.defaults());
  }

  @AfterAll
  static void disconnect() {
    if (dataSource != null) {
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
  List<Fault> faults() {
    return List.of(Fault.THROW, Fault.CLOSE, Fault.KILL);
  }
}
