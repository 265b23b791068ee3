package dev.pillars.persistence.jdbc;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.reward.AllocationRun;
import dev.pillars.core.reward.AllocationRunId;
import dev.pillars.core.reward.BonusPlan;
import dev.pillars.core.reward.BonusPlanId;
import dev.pillars.core.reward.MeritMatrix;
import dev.pillars.core.reward.MeritMatrixId;
import dev.pillars.persistence.spi.AllocationRunRepository;
import dev.pillars.persistence.spi.BonusPlanRepository;
import dev.pillars.persistence.spi.MeritMatrixRepository;
import dev.pillars.persistence.spi.Versioned;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The compensation aggregates of one tenant in the JDBC store. */
final class JdbcRewardRepositories {
  private JdbcRewardRepositories() {}

  /** The merit matrices. */
  static final class MeritMatrices extends JdbcRepository<MeritMatrixId, MeritMatrix> implements MeritMatrixRepository {
    MeritMatrices(Session session) {
      super(session, session.jdbc().meritMatrices);
    }
  }

  /** The bonus plans. */
  static final class BonusPlans extends JdbcRepository<BonusPlanId, BonusPlan> implements BonusPlanRepository {
    BonusPlans(Session session) {
      super(session, session.jdbc().bonusPlans);
    }
  }

  /** The allocation runs with their receipts. */
  static final class AllocationRuns extends JdbcRepository<AllocationRunId, AllocationRun>
      implements AllocationRunRepository {
    AllocationRuns(Session session) {
      super(session, session.jdbc().allocationRuns);
    }
  }

  /**
   * Puts an erased employee's receipts in every allocation run of the session's tenant under the
   * pseudonym, on the erasure's connection (see {@code PersonalDataRepository}); returns how many
   * runs changed.
   */
  static long erase(Connection connection, Session session, EmployeeId employee, EmployeeId pseudonym)
      throws SQLException {
    AggregateTable<AllocationRunId, AllocationRun> runs = session.jdbc().allocationRuns;
    List<Versioned<AllocationRun>> named = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(runs.all)) {
      select.setString(1, session.tenant().value());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          Versioned<AllocationRun> run = runs.read(rows);
          if (run.value().pseudonymised(employee, pseudonym).isPresent()) {
            named.add(run);
          }
        }
      }
    }
    for (Versioned<AllocationRun> run : named) {
      try (PreparedStatement update = connection.prepareStatement(runs.update)) {
        AllocationRun renamed = run.value().pseudonymised(employee, pseudonym).orElseThrow();
        runs.mapping.bind(update, 1, renamed);
        int n = runs.mapping.columns.size();
        update.setString(n + 1, session.tenant().value());
        update.setString(n + 2, run.value().id().value());
        update.setLong(n + 3, run.version());
        update.executeUpdate();
      }
    }
    return named.size();
  }
}
