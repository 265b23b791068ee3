package dev.pillars.scoring.allocation;

import dev.pillars.core.reward.RangeOutcome;
import dev.pillars.core.reward.RangeReceipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.money.Money;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingLevel;
import dev.pillars.core.reward.IncreaseRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangeAllocationTest {
  static final RatingLevel MEETS = RangePopulations.FIVE.levels().get(2);
  static final RatingLevel TOP = RangePopulations.FIVE.levels().get(4);
  static final IncreaseRange MEETS_RANGE = IncreaseRange.of(200, 300, 400);
  static final IncreaseRange TOP_RANGE = IncreaseRange.of(400, 600, 800);

  static List<RangeInput> team() {
    return List.of(
        RangeInput.of(EmployeeId.of("ann"), TOP, 60_000_00, TOP_RANGE),
        RangeInput.of(EmployeeId.of("bob"), MEETS, 50_000_00, MEETS_RANGE),
        RangeInput.of(EmployeeId.of("cat"), MEETS, 50_000_00, MEETS_RANGE));
  }

  @Test
  void aBudgetAtTheTargetsPaysEveryoneTheirTarget() {
    RangeAllocation a = RangeAllocation.allocate(Money.of("EUR", 6_600_00), team());
    assertThat(a.outcome()).isEqualTo(RangeOutcome.WITHIN_RANGES);
    assertThat(a.receipts()).extracting(RangeReceipt::amount).containsExactly(3_600_00L, 1_500_00L, 1_500_00L);
    assertThat(a.receipts()).extracting(RangeReceipt::rateNanos).containsExactly(60_000_000L, 30_000_000L, 30_000_000L);
  }

  @Test
  void anOddUnitGoesByTheTieRule() {
    RangeAllocation a = RangeAllocation.allocate(Money.of("EUR", 6_600_01), team());
    assertThat(a.total()).isEqualTo(Money.of("EUR", 6_600_01));
    // equal remainders, ann's rating is higher
    assertThat(a.receipt(EmployeeId.of("ann")).orElseThrow().adjustment()).isEqualTo(1);
    assertThat(a.explain(1)).contains("WITHIN_RANGES of EUR 6600.01", "ann", "(+1 unit)");
  }

  @Test
  void aShortBudgetSaysHowFarAndWhoIsBelowTheirMinimum() {
    RangeAllocation a = RangeAllocation.allocate(Money.of("EUR", 4_000_00), team());
    assertThat(a.outcome()).isEqualTo(RangeOutcome.BELOW_MINIMUMS);
    assertThat(a.distance()).isEqualTo(Money.of("EUR", 4_400_00 - 4_000_00));
    assertThat(a.outside()).hasSize(3);
    assertThat(a.total()).isEqualTo(Money.of("EUR", 4_000_00));
  }

  @Test
  void aLongBudgetSaysHowFarAndWhoIsAboveTheirMaximum() {
    RangeAllocation a = RangeAllocation.allocate(Money.of("EUR", 10_000_00), team());
    assertThat(a.outcome()).isEqualTo(RangeOutcome.ABOVE_MAXIMUMS);
    assertThat(a.distance()).isEqualTo(Money.of("EUR", 10_000_00 - 8_800_00));
    assertThat(a.outside()).extracting(RangeReceipt::outsideBy).allMatch(d -> d > 0);
  }

  @Test
  void badInputIsRefused() {
    assertThatThrownBy(() -> RangeAllocation.allocate(Money.of("EUR", -1), team()))
        .isInstanceOf(InvalidInputException.class).hasMessage("budget was EUR -0.01: must be zero or positive");
    assertThatThrownBy(() -> RangeAllocation.allocate(Money.of("EUR", 1), List.of()))
        .isInstanceOf(InvalidInputException.class).hasMessage("people was []: must hold at least one person");
    assertThatThrownBy(() -> RangeAllocation.allocate(Money.of("EUR", 1), List.of(team().get(0), team().get(0))))
        .isInstanceOf(InvalidInputException.class).hasMessage("people was ann: must name each person once");
    assertThatThrownBy(() -> RangeAllocation.allocate(Money.of("EUR", 1),
            List.of(RangeInput.of(EmployeeId.of("z"), MEETS, 100, IncreaseRange.of(0, 0, 500)))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot be shared");
    assertThatThrownBy(() -> RangeInput.of(EmployeeId.of("z"), MEETS, -5, MEETS_RANGE))
        .isInstanceOf(InvalidInputException.class).hasMessage("z.base was -5: must be between 0 and 10000000000000");
    assertThatThrownBy(() -> new RangeReceipt(EmployeeId.of("z"), MEETS, 100, MEETS_RANGE, 30_000_000, 0, 2, 4, 4))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be floor(100 * 30000000 / 10^9) + 0");
  }

  @Test
  void aZeroBudgetPaysNobodyEvenWithNoRange() {
    RangeAllocation a = RangeAllocation.allocate(Money.of("JPY", 0),
        List.of(RangeInput.of(EmployeeId.of("z"), MEETS, 100, IncreaseRange.of(0, 0, 0))));
    assertThat(a.total()).isEqualTo(Money.of("JPY", 0));
    assertThat(a.outcome()).isEqualTo(RangeOutcome.WITHIN_RANGES);
  }
}
