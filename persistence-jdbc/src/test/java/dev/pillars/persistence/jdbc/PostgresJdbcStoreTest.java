package dev.pillars.persistence.jdbc;

import static dev.pillars.persistence.tck.TckGoals.employee;
import static dev.pillars.persistence.tck.TckGoals.individual;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.tck.TckGoals;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JDBC store's own promises on the PostgreSQL server named by {@code PILLARS_PG_URL}. */
class PostgresJdbcStoreTest extends JdbcStoreContract {
  @RegisterExtension static final MigratedDatabase DATABASE = MigratedDatabase.postgres();

  PostgresJdbcStoreTest() {
    super(DATABASE);
  }

  @Test
  void theMilestonesColumnIsJsonThatPostgreSqlReadsAndRewritesAsJsonb() throws SQLException {
    TenantStore tenant = JdbcStore.create(DATABASE.pooled()).forTenant(newTenant());
    tenant.runInTransaction(work -> work.goals().insert(individual(0, 2, employee(0))));
    GoalMeasure.Milestones stored =
        (GoalMeasure.Milestones) tenant.goals().find(TckGoals.id(0)).orElseThrow().value().measure();

    try (Connection connection = DATABASE.pooled().getConnection();
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
