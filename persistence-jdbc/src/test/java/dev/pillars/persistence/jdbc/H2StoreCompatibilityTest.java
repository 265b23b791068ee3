package dev.pillars.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.persistence.tck.PillarsStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

/** Runs the whole persistence TCK against the JDBC store on H2 in memory, in PostgreSQL mode. */
@DisplayName("The JDBC store on H2 keeps the persistence SPI's contract")
class H2StoreCompatibilityTest extends PillarsStoreContract {
  private static HikariDataSource dataSource;
  private static JdbcStore store;

  @BeforeAll
  static void createDatabase() {
    dataSource = TestDatabases.h2().pooled();
    PillarsSchema.migrate(dataSource, SchemaOptions.defaults());
    store = JdbcStore.create(dataSource);
  }

  @AfterAll
  static void closeDatabase() {
    dataSource.close();
  }

  @Override
  protected PillarsStore createStore() {
    return store;
  }
}
