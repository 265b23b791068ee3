package dev.pillars.scoring.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.money.Money;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingLevel;
import dev.pillars.core.reward.IncreaseRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A repeated person in populations large enough that the duplicate check partitions them. */
class RangeAllocationLargePopulationProperties {
  @Test
  void aPersonRepeatedAnywhereInALargePopulationIsRefusedByName() {
    IncreaseRange range = IncreaseRange.of(100, 500, 900);
    RatingLevel level = RangePopulations.FIVE.levels().get(2);
    qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      int n = 600 + random.nextInt(2_400);
      List<RangeInput> people = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        people.add(RangeInput.of(EmployeeId.of("p" + i), level, 1_000 + i, range));
      }
      assertThat(RangeAllocation.allocate(Money.of("EUR", 5_000), people).receipts()).hasSize(n);
      int later = 1 + random.nextInt(n - 1);
      EmployeeId twice = people.get(random.nextInt(later)).recipient();
      people.set(later, RangeInput.of(twice, level, 7, range));
      assertThatThrownBy(() -> RangeAllocation.allocate(Money.of("EUR", 5_000), people))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("people was " + twice.value() + ": must name each person once");
    });
  }
}
