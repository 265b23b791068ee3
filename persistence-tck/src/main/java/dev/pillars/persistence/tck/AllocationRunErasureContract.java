package dev.pillars.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.reward.AllocationRun;
import dev.pillars.core.reward.AllocationRunId;
import dev.pillars.core.reward.RangeReceipt;
import dev.pillars.persistence.spi.ErasureReport;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.Versioned;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Erasure reaches allocation runs: an erased employee's receipts stay, under the pseudonym, with
 * every amount and the budget unchanged; runs that do not name them are untouched.
 */
public abstract class AllocationRunErasureContract extends TenantContract {
  /** Creates the group; subclasses say how to reach the store. */
  protected AllocationRunErasureContract() {}

  @Test
  @DisplayName("erasure keeps an employee's receipts under the pseudonym, amounts and budget unchanged")
  void erasurePseudonymisesReceipts() {
    TenantStore tenant = newTenant();
    AllocationRun named = TckRewards.run(AllocationRunId.of("run-a"), 3);
    AllocationRun other = TckRewards.run(AllocationRunId.of("run-b"), 4);
    EmployeeId erased = named.receipts().get(1).recipient();
    EmployeeId pseudonym = EmployeeId.of("erased-7f3c9a");
    tenant.runInTransaction(work -> {
      work.allocationRuns().insert(named);
      work.allocationRuns().insert(other);
    });

    ErasureReport report = tenant.inTransaction(work -> work.personalData().erase(erased, pseudonym));

    Versioned<AllocationRun> kept = tenant.allocationRuns().find(named.id()).orElseThrow();
    assertThat(report.pseudonymised()).isGreaterThanOrEqualTo(1);
    assertThat(kept.version()).isEqualTo(2);
    assertThat(kept.value().receipts()).extracting(RangeReceipt::recipient).contains(pseudonym).doesNotContain(erased);
    assertThat(kept.value().receipts()).extracting(RangeReceipt::amount)
        .isEqualTo(named.receipts().stream().map(RangeReceipt::amount).toList());
    assertThat(kept.value().budget()).isEqualTo(named.budget());
    assertThat(tenant.allocationRuns().find(other.id())).contains(Versioned.of(other, 1));
  }
}
