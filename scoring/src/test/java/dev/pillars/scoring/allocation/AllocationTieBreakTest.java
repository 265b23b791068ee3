package dev.pillars.scoring.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.org.EmployeeId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The unit left over after rounding down goes, among equal remainders and equal ratings, to the
 * larger base before the name decides; and an allocation is replayed only by its own strategy.
 */
class AllocationTieBreakTest {
  @Test
  void amongEqualRemaindersAndRatingsTheLargerBaseGetsTheUnit() {
    // points 1, 3 and 2 of 6; a budget of 3 gives 0.5, 1.5 and 1: a and b tie on remainder and rating
    List<AllocationInput> inputs = List.of(
        AllocationInput.of(EmployeeId.of("a"), 1, 1), AllocationInput.of(EmployeeId.of("b"), 1, 3),
        AllocationInput.of(EmployeeId.of("c"), 1, 2));
    Allocation allocation = AllocationStrategy.ratingProportional().allocate(3, inputs);
    assertThat(allocation.lines()).extracting(AllocationLine::amount).containsExactly(0L, 2L, 1L);
    assertThat(allocation.lines()).extracting(AllocationLine::extraUnit).containsExactly(false, true, false);
  }

  @Test
  void anAllocationIsReplayedOnlyByItsOwnStrategy() {
    Allocation allocation = AllocationStrategy.ratingProportional(2)
        .allocate(10, List.of(AllocationInput.of(EmployeeId.of("a"), 3, 1)));
    assertThat(AllocationStrategy.ratingProportional(2).replay(allocation)).isEqualTo(allocation);
    assertThatThrownBy(() -> AllocationStrategy.ratingProportional().replay(allocation))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("allocation.config was rating-proportional{exponent=2.0}: must be rating-proportional");
  }
}
