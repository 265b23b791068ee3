package dev.pillars.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.pillars.core.TenantId;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.persistence.spi.TenantStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A bulk write of links into fresh tables on PostgreSQL leaves the planner statistics that its own
 * checks need (see {@link PlannerStatistics}); without them each check of a batch reads a whole
 * tenant.
 */
@DisplayName("Bulk link writes on PostgreSQL keep the planner's statistics current")
class PostgresPlannerStatisticsTest {
  private static final int LINKS = 25_000;

  private static HikariDataSource dataSource;
  private static SchemaOptions options;

  @BeforeAll
  static void connect() {
    dataSource = TestDatabases.postgres().pooled();
    options = SchemaOptions.defaults().inSchema("stats_" + UUID.randomUUID().toString().substring(0, 8));
    PillarsSchema.migrate(dataSource, options);
  }

  @AfterAll
  static void disconnect() throws SQLException {
    if (dataSource != null) {
      try (Connection connection = dataSource.getConnection()) {
        connection.createStatement().execute("DROP SCHEMA \"" + options.schema().orElseThrow() + "\" CASCADE");
      } finally {
        dataSource.close();
      }
    }
  }

  @Test
  void aBulkAddAnalysesTheTablesItChecksAsItGrowsThem() throws SQLException {
    TenantStore tenant = JdbcStore.builder(dataSource).options(options).build().forTenant(TenantId.of("acme"));
    assertThat(estimatedRows("alignment_links")).isLessThanOrEqualTo(0);

    tenant.runInTransaction(
        work -> work.goals().insertAll(IntStream.rangeClosed(0, LINKS).mapToObj(n -> TestGoals.unit(n, 0)).iterator(), 5_000));
    tenant.runInTransaction(
        work ->
            work.alignment()
                .addAll(
                    IntStream.rangeClosed(1, LINKS)
                        .mapToObj(n -> AlignmentLink.of(TestGoals.id(n), TestGoals.id(0)))
                        .iterator(),
                    5_000,
                    0));

    assertThat(tenant.alignment().count()).isEqualTo(LINKS);
    // analysed after 10,000 and 20,000 links, inside the unit of work, which counts its own rows
    assertThat(estimatedRows("alignment_links")).isEqualTo(20_000);
    assertThat(estimatedRows("goals")).isEqualTo(LINKS + 1);
  }

  /** Returns PostgreSQL's estimate of a table's rows: -1 before the first analysis, 0 for none. */
  private static long estimatedRows(String table) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT c.reltuples FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = ? AND c.relname = ?")) {
      statement.setString(1, options.schema().orElseThrow());
      statement.setString(2, options.tablePrefix() + table);
      try (ResultSet row = statement.executeQuery()) {
        assertThat(row.next()).as("table %s exists", table).isTrue();
        return Math.round(row.getDouble(1));
      }
    }
  }
}
