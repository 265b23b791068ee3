package dev.pillars.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.pillars.persistence.jdbc.FaultyDataSource.Fault;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Crash consistency of the JDBC store on H2. */
class H2CrashConsistencyTest extends CrashConsistencyContract {
  private static TestDatabases.Database database;
  private static HikariDataSource dataSource;

  @BeforeAll
  static void createDatabase() {
    database = TestDatabases.h2();
    dataSource = database.pooled();
    PillarsSchema.migrate(dataSource, SchemaOptions.defaults());
  }

  @AfterAll
  static void closeDatabase() {
    dataSource.close();
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
    return SchemaOptions.defaults();
  }

  @Override
  List<Fault> faults() {
    return List.of(Fault.THROW, Fault.CLOSE);
  }
}
