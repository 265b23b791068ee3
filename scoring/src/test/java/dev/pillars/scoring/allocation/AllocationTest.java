package dev.pillars.scoring.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.scoring.Rounding;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationTest {
  private static AllocationInput in(String id, double rating, long base) {
    return AllocationInput.of(EmployeeId.of(id), rating, base);
  }

  @Test
  void equalInputsShareToTheCentTheLeftOverCentGoingByIdOrder() {
    Allocation a = AllocationStrategy.ratingProportional().allocate(100, List.of(in("c", 3, 1000), in("a", 3, 1000), in("b", 3, 1000)));
    assertThat(a.amount(EmployeeId.of("a"))).isEqualTo(34);
    assertThat(a.amount(EmployeeId.of("b"))).isEqualTo(33);
    assertThat(a.amount(EmployeeId.of("c"))).isEqualTo(33);
    assertThat(a.line(EmployeeId.of("a")).orElseThrow().extraUnit()).isTrue();
    assertThat(a.explain()).contains("(+1 left-over unit)");
  }

  @Test
  void sharesFollowBaseTimesRating() {
    List<AllocationInput> team = List.of(
        in("star", 5, 100_000), in("solid", 3, 100_000), in("new", 3, 50_000), in("leaver", 0, 80_000));
    assertThat(AllocationStrategy.ratingProportional().allocate(950_000, team).lines())
        .extracting(AllocationLine::amount).containsExactly(500_000L, 300_000L, 150_000L, 0L);
    // 1,000,000 over points 500k/300k/150k: floors 526,315 + 315,789 + 157,894 leave 2 units,
    // which go to the largest remainders (.78 for star, .73 for new), not to solid (.47)
    assertThat(AllocationStrategy.ratingProportional().allocate(1_000_000, team).lines())
        .extracting(AllocationLine::amount).containsExactly(526_316L, 315_789L, 157_895L, 0L);
    assertThat(AllocationStrategy.ratingProportional(2).allocate(1_000, List.of(in("a", 2, 1), in("b", 1, 1)))
        .lines()).extracting(AllocationLine::amount).containsExactly(800L, 200L);
  }

  @Test
  void aLargerRemainderWinsTheLeftOverUnitBeforeRatingOrId() {
    Allocation a = AllocationStrategy.ratingProportional().allocate(10, List.of(in("a", 1, 1), in("b", 2, 1)));
    assertThat(a.amount(EmployeeId.of("a"))).isEqualTo(3);
    assertThat(a.amount(EmployeeId.of("b"))).isEqualTo(7);
  }

  @Test
  void replaysToAnEqualAllocation() {
    Allocation a = AllocationStrategy.ratingProportional().allocate(999_999, List.of(in("a", 3.3, 12_345), in("b", 4.1, 54_321)));
    assertThat(StrategyRegistry.builtIns().replay(a)).isEqualTo(a);
  }

  @Test
  void rejectsWhatCannotBeAllocatedExactly() {
    AllocationStrategy s = AllocationStrategy.ratingProportional();
    assertThatThrownBy(() -> s.allocate(-1, List.of(in("a", 3, 1)))).hasMessage("budget was -1: must be zero or positive");
    assertThatThrownBy(() -> s.allocate(100, List.of(in("a", 0, 1000))))
        .hasMessageContaining("must include someone with positive points");
    assertThat(s.allocate(0, List.of(in("a", 0, 1000))).amount(EmployeeId.of("a"))).isZero();
    assertThatThrownBy(() -> s.allocate(100, List.of(in("a", 3, 1), in("a", 4, 1))))
        .hasMessage("recipients was a: must name each recipient once");
    assertThatThrownBy(() -> in("a", -1, 1)).hasMessage("a.rating was -1.0: must be zero or positive and finite");
    assertThatThrownBy(() -> StrategyRegistry.builtIns().allocation(
            StrategyConfig.of("rating-proportional").withRounding(Rounding.halfUp(2))))
        .hasMessage("rating-proportional.rounding was 2 places HALF_UP: must not be set: allocation is exact to the minor unit");
    assertThatThrownBy(() -> new Allocation(StrategyConfig.of("x"), 10, List.of(
            new AllocationLine(EmployeeId.of("a"), 1, 1, 1, java.math.BigDecimal.TEN, 9, false))))
        .hasMessage("lines was 9: amounts must add up to the budget 10");
  }
}
