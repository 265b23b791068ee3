package dev.pillars.persistence.memory;

import dev.pillars.core.reward.AllocationRun;
import dev.pillars.core.reward.AllocationRunId;
import dev.pillars.core.reward.BonusPlan;
import dev.pillars.core.reward.BonusPlanId;
import dev.pillars.core.reward.MeritMatrix;
import dev.pillars.core.reward.MeritMatrixId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.persistence.spi.AllocationRunRepository;
import dev.pillars.persistence.spi.BonusPlanRepository;
import dev.pillars.persistence.spi.MeritMatrixRepository;
import dev.pillars.persistence.spi.Versioned;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The compensation aggregates of one tenant in the in-memory store: values kept as they are. */
final class MemoryRewardRepositories {
  private MemoryRewardRepositories() {}

  /** The merit matrices. */
  static final class MeritMatrices extends MemoryRepository<MeritMatrixId, MeritMatrix> implements MeritMatrixRepository {
    MeritMatrices(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
      super(store, work, Tables.MERIT_MATRICES, "MeritMatrixRepository");
    }
  }

  /** The bonus plans. */
  static final class BonusPlans extends MemoryRepository<BonusPlanId, BonusPlan> implements BonusPlanRepository {
    BonusPlans(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
      super(store, work, Tables.BONUS_PLANS, "BonusPlanRepository");
    }
  }

  /** The allocation runs with their receipts. */
  static final class AllocationRuns extends MemoryRepository<AllocationRunId, AllocationRun>
      implements AllocationRunRepository {
    AllocationRuns(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
      super(store, work, Tables.ALLOCATION_RUNS, "AllocationRunRepository");
    }
  }

  /**
   * Puts an erased employee's receipts in every allocation run under the pseudonym (see {@code
   * PersonalDataRepository}); returns how many runs changed.
   */
  static long erase(AllocationRuns runs, EmployeeId employee, EmployeeId pseudonym) {
    List<Versioned<AllocationRun>> named;
    try (Stream<Versioned<AllocationRun>> all = runs.stream()) {
      named = all.filter(v -> v.value().pseudonymised(employee, pseudonym).isPresent()).toList();
    }
    for (Versioned<AllocationRun> run : named) {
      runs.update(run.value().pseudonymised(employee, pseudonym).orElseThrow(), run.version());
    }
    return named.size();
  }
}
