package dev.pillars.persistence.jdbc;

import dev.pillars.core.reward.AllocationRun;
import dev.pillars.core.reward.AllocationRunId;
import dev.pillars.core.reward.BonusPlan;
import dev.pillars.core.reward.BonusPlanId;
import dev.pillars.core.reward.MeritMatrix;
import dev.pillars.core.reward.MeritMatrixId;
import dev.pillars.persistence.spi.AllocationRunRepository;
import dev.pillars.persistence.spi.BonusPlanRepository;
import dev.pillars.persistence.spi.MeritMatrixRepository;

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
}
