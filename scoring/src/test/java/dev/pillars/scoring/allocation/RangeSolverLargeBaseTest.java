package dev.pillars.scoring.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.money.Money;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.reward.RangeOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A unit left over goes to the larger remainder also where base times rate passes 2^63 (the
 * remainder is then taken exactly, not from a wrapped product, nor taken as none).
 *
 * <p>Worked example: bases 670,000,000,050 and 1,300,000,000,010 at exactly 3 % (30,000,000
 * billionths) owe 20,100,000,001.5 and 39,000,000,000.3; the budget 59,100,000,002 leaves one unit
 * after rounding down, which goes to the first (half a unit left over, against 0.3), although the
 * second has the higher base and the same rating. Both products pass 2^64 (once and twice), and
 * wrapped they would leave 0.79 and 0.88 of a unit: the second would win.
 */
class RangeSolverLargeBaseTest {
  @Test
  void theLargerRemainderWinsWhenTheProductPassesTwoToThe63() {
    RangeAllocation a = RangeAllocation.allocate(Money.of("EUR", 59_100_000_002L), List.of(
        RangeInput.of(EmployeeId.of("a"), RangeAllocationTest.MEETS, 670_000_000_050L, RangeAllocationTest.MEETS_RANGE),
        RangeInput.of(EmployeeId.of("b"), RangeAllocationTest.MEETS, 1_300_000_000_010L, RangeAllocationTest.MEETS_RANGE)));
    assertThat(a.outcome()).isEqualTo(RangeOutcome.WITHIN_RANGES);
    assertThat(a.receipt(EmployeeId.of("a")).orElseThrow().amount()).isEqualTo(20_100_000_002L);
    assertThat(a.receipt(EmployeeId.of("b")).orElseThrow().amount()).isEqualTo(39_000_000_000L);
  }
}
