package dev.pillars.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.persistence.tck.PillarsStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

/**
 * Runs the whole persistence TCK against the JDBC store on the PostgreSQL server named by {@code
 * PILLARS_PG_URL}; fails if there is none (see {@link TestDatabases#postgres()}).
 */
@DisplayName("The JDBC store on PostgreSQL keeps the persistence SPI's contract")
class PostgresStoreCompatibilityTest extends PillarsStoreContract {
  private static HikariDataSource dataSource;
  private static JdbcStore store;

  @BeforeAll
  static void connect() {
    dataSource = TestDatabases.postgres().pooled();
    PillarsSchema.migrate(dataSource, SchemaOptions.defaults());
    store = JdbcStore.create(dataSource);
  }

  @AfterAll
  static void disconnect() {
    if (dataSource != null) {
      dataSource.close();
    }
  }

  @Override
  protected PillarsStore createStore() {
    return store;
  }

  /**
   * A fifth of the heavy tests' full size: every statement is a round trip to the server, and H2
   * runs the same store code at full size in the same build.
   */
  @Override
  protected double scale() {
    return 0.2;
  }
}
