package dev.pillars.core.reward;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reward's definition events name the plan, matrix or run they are about, which stores and listeners key on. */
class RewardEventsTest {
  private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");

  @Test
  void eachDefinitionEventIsAboutItsOwnAggregate() {
    BonusPlan plan = BonusPlanTest.plan(new BonusEligibility(0, true, Optional.empty()));
    assertThat(new BonusPlanDefined(plan, AT).aggregateId()).isEqualTo("b26");
    MeritMatrix matrix = MeritMatrixTest.matrix(List.of(CompaRatioBand.from(0)));
    assertThat(new MeritMatrixDefined(matrix, AT).aggregateId()).isEqualTo("m");
    AllocationRunRecorded run = new AllocationRunRecorded(AllocationRunId.of("r7"), "Merit 2026", Money.of("EUR", 0), 0, RangeOutcome.WITHIN_RANGES, AT);
    assertThat(run.aggregateId()).isEqualTo("r7");
  }
}
