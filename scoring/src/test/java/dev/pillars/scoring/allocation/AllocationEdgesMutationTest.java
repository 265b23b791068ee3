package dev.pillars.scoring.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.money.Money;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.reward.RangeOutcome;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pay for performance has a correlation from two people on; a range allocation refuses more people
 * than it can number before it reads any of them, and gives a unit left over on equal remainders
 * and ratings to the higher base before the id decides.
 */
class AllocationEdgesMutationTest {
  @Test
  void twoPeopleWithDifferentRatingsAndPercentagesHaveACorrelation() {
    List<RangeInput> two = List.of(
        RangeInput.of(EmployeeId.of("ann"), RangeAllocationTest.TOP, 60_000_00, RangeAllocationTest.TOP_RANGE),
        RangeInput.of(EmployeeId.of("bob"), RangeAllocationTest.MEETS, 50_000_00, RangeAllocationTest.MEETS_RANGE));
    RangeAllocation a = RangeAllocation.allocate(Money.of("EUR", 5_100_00), two);
    assertThat(PayForPerformance.of(a, Map.of()).correlation()).hasValue(1.0);
    RangeAllocation one = RangeAllocation.allocate(Money.of("EUR", 3_600_00), two.subList(0, 1));
    assertThat(PayForPerformance.of(one, Map.of()).correlation()).isEmpty();
  }

  @Test
  void moreThanTwoToThe24PeopleAreRefusedByTheirCount() {
    RangeInput ann = RangeInput.of(EmployeeId.of("ann"), RangeAllocationTest.TOP, 100, RangeAllocationTest.TOP_RANGE);
    assertThatThrownBy(() -> RangeAllocation.allocate(Money.of("EUR", 1_00), Collections.nCopies(1 << 24, ann)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("people was '16777216 people': must be at most 16777215");
  }

  @Test
  void aUnitLeftOverOnEqualRemaindersAndRatingsGoesToTheHigherBaseBeforeTheId() {
    // a rate of exactly 3 %: 50 -> 1.5 and 150 -> 4.5, equal remainders of half a unit; 6 units in all
    RangeAllocation a = RangeAllocation.allocate(Money.of("EUR", 6), List.of(
        RangeInput.of(EmployeeId.of("a"), RangeAllocationTest.MEETS, 50, RangeAllocationTest.MEETS_RANGE),
        RangeInput.of(EmployeeId.of("b"), RangeAllocationTest.MEETS, 150, RangeAllocationTest.MEETS_RANGE)));
    assertThat(a.outcome()).isEqualTo(RangeOutcome.WITHIN_RANGES);
    assertThat(a.receipt(EmployeeId.of("a")).orElseThrow().amount()).isEqualTo(1);
    assertThat(a.receipt(EmployeeId.of("b")).orElseThrow().amount()).isEqualTo(5);
  }
}
