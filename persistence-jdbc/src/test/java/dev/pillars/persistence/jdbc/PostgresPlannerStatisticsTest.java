package dev.pillars.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.TenantId;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.tck.TckGoals;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A bulk write of links into fresh tables on PostgreSQL leaves the planner statistics that its own
 * checks need (see {@link PlannerStatistics}); without them each check of a batch reads a whole
 * tenant.
 */
@DisplayName("Bulk link writes on PostgreSQL keep the planner's statistics current")
class PostgresPlannerStatisticsTest {
  private static final int LINKS = 25_000;

  @RegisterExtension static final MigratedDatabase DATABASE = MigratedDatabase.postgresInNewSchema("stats_");

  @Test
  void aBulkAddAnalysesTheTablesItChecksAsItGrowsThem() throws SQLException {
    TenantStore tenant =
        JdbcStore.builder(DATABASE.pooled()).options(DATABASE.options()).build().forTenant(TenantId.of("acme"));
    assertThat(estimatedRows("alignment_links")).isLessThanOrEqualTo(0);

    tenant.runInTransaction(
        work ->
            work.goals().insertAll(IntStream.rangeClosed(0, LINKS).mapToObj(n -> TckGoals.unit(n, 0)).iterator(), 5_000));
    tenant.runInTransaction(
        work ->
            work.alignment()
                .addAll(
                    IntStream.rangeClosed(1, LINKS)
                        .mapToObj(n -> AlignmentLink.of(TckGoals.id(n), TckGoals.id(0)))
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
    try (Connection connection = DATABASE.pooled().getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT c.reltuples FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = ? AND c.relname = ?")) {
      statement.setString(1, DATABASE.options().schema().orElseThrow());
      statement.setString(2, DATABASE.options().tablePrefix() + table);
      try (ResultSet row = statement.executeQuery()) {
        assertThat(row.next()).as("table %s exists", table).isTrue();
        return Math.round(row.getDouble(1));
      }
    }
  }
}
