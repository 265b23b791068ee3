package dev.pillars.persistence.jdbc;

import static dev.pillars.persistence.jdbc.TestGoals.employee;
import static dev.pillars.persistence.jdbc.TestGoals.individual;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.persistence.spi.TenantStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JDBC store's own promises on the PostgreSQL server named by {@code PILLARS_PG_URL}. */
class PostgresJdbcStoreTest extends JdbcStoreContract {
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
  HikariDataSource dataSource() {
    return dataSource;
  }

  @Override
  DataSource unpooled() {
    return database.unpooled();
  }

  @Test
  void theMilestonesColumnIsJsonThatPostgreSqlReadsAndRewritesAsJsonb() throws SQLException {
    TenantStore tenant = JdbcStore.create(dataSource).forTenant(newTenant());
    tenant.runInTransaction(work -> work.goals().insert(individual(0, 2, employee(0))));
    GoalMeasure.Milestones stored =
        (GoalMeasure.Milestones) tenant.goals().find(TestGoals.id(0)).orElseThrow().value().measure();

    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT milestones::jsonb::text, jsonb_array_length(milestones::jsonb) FROM pillars_goals"
                    + " WHERE tenant = ? AND id = 'g-0'")) {
      query.setString(1, tenant.tenant().value());
      try (ResultSet row = query.executeQuery()) {
        row.next();
        String rewritten = row.getString(1);
        assertThat(rewritten).startsWith("[{\"done\": false, \"title\":");
        assertThat(MilestoneCodec.decode(rewritten)).isEqualTo(stored.milestones());
        assertThat(row.getInt(2)).isEqualTo(stored.milestones().size());
      }
    }
  }
}
