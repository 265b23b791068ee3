package dev.pillars.scoring.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.money.Money;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.reward.IncreaseRange;
import dev.pillars.core.reward.RangeOutcome;
import dev.pillars.core.reward.RangeReceipt;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Above every maximum, a range with a zero target takes no share of the budget, whatever its
 * maximum: its rate is 0, and the others' rates are scaled on their own maximums only.
 *
 * <p>Worked example: a (2 % / 3 % / 4 % on 10,000) and z (0 % / 0 % / 10 % on 10,000); the maximums
 * sum to 400 (z's is 0), so a budget of 800 is above them: a's rate is 4 % times 800 / 400 = 8 %
 * (80,000,000 billionths), paying 800 with no adjustment; z's rate is 0.
 */
class RangeSolverZeroTargetTest {
  @Test
  void aZeroTargetRangeTakesNoShareAboveTheMaximums() {
    RangeAllocation allocation = RangeAllocation.allocate(Money.of("EUR", 800), List.of(
        RangeInput.of(EmployeeId.of("a"), RangeAllocationTest.MEETS, 10_000, RangeAllocationTest.MEETS_RANGE),
        RangeInput.of(EmployeeId.of("z"), RangeAllocationTest.TOP, 10_000, IncreaseRange.of(0, 0, 1000))));
    assertThat(allocation.outcome()).isEqualTo(RangeOutcome.ABOVE_MAXIMUMS);
    RangeReceipt a = allocation.receipt(EmployeeId.of("a")).orElseThrow();
    assertThat(a.rateNanos()).isEqualTo(80_000_000L);
    assertThat(a.adjustment()).isZero();
    assertThat(a.amount()).isEqualTo(800);
    RangeReceipt z = allocation.receipt(EmployeeId.of("z")).orElseThrow();
    assertThat(z.rateNanos()).isZero();
    assertThat(z.amount()).isZero();
  }
}
