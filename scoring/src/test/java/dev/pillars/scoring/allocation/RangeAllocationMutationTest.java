package dev.pillars.scoring.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.money.Money;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.rating.RatingLevel;
import dev.pillars.core.reward.AllocationRun;
import dev.pillars.core.reward.AllocationRunId;
import dev.pillars.core.reward.IncreaseRange;
import dev.pillars.core.reward.RangeOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * A range allocation through what a user reads: the explanation line by line, equality with its
 * replay, the run it becomes, scenario comparisons in order, pay for performance with spreads that
 * differ and a correlation below 1, and each rule with its message.
 */
class RangeAllocationMutationTest {
  private static final RatingLevel MEETS = RangeAllocationTest.MEETS;
  private static final RatingLevel TOP = RangeAllocationTest.TOP;

  private static RangeInput in(String who, RatingLevel rating, long base, IncreaseRange range) {
    return RangeInput.of(EmployeeId.of(who), rating, base, range);
  }

  @Test
  void theExplanationShowsTheOutcomeTotalsAndOneLinePerPersonUpToTheLimit() {
    RangeAllocation a = RangeAllocation.allocate(Money.of("EUR", 6_600_01), RangeAllocationTest.team());
    String header = "WITHIN_RANGES of EUR 6600.01: 3 people, total EUR 6600.01, outside by EUR 0.00\n";
    assertThat(a.explain(5).replace(System.lineSeparator(), "\n")).isEqualTo(header
        + "  ann        top          base   EUR 60000.00 range 4.00 %/6.00 %/8.00 %   rate   6.0000090 % -> EUR 3600.01 (+1 unit)\n"
        + "  bob        meets        base   EUR 50000.00 range 2.00 %/3.00 %/4.00 %   rate   3.0000045 % -> EUR 1500.00\n"
        + "  cat        meets        base   EUR 50000.00 range 2.00 %/3.00 %/4.00 %   rate   3.0000045 % -> EUR 1500.00\n");
    assertThat(a.explain(0).replace(System.lineSeparator(), "\n")).isEqualTo(header);
    assertThat(a).hasToString("RangeAllocation WITHIN_RANGES of EUR 6600.01 across 3 people");
    assertThat(a.outside()).isEmpty();
    assertThat(a.distance()).isEqualTo(Money.of("EUR", 0));
    assertThat(a.budget()).isEqualTo(Money.of("EUR", 6_600_01));
    assertThat(a.receipt(EmployeeId.of("dan"))).isEmpty();
    assertThat(a.receipt(EmployeeId.of("cat")).orElseThrow().amount()).isEqualTo(1_500_00);
  }

  @Test
  void aLongBudgetsExplanationSaysHowFarAboveTheMaximumsItIs() {
    RangeAllocation a = RangeAllocation.allocate(Money.of("EUR", 10_000_00), RangeAllocationTest.team());
    assertThat(a.explain(1).replace(System.lineSeparator(), "\n")).isEqualTo(
        "ABOVE_MAXIMUMS of EUR 10000.00: 3 people, total EUR 10000.00, outside by EUR 1200.00\n"
            + "  ann        top          base   EUR 60000.00 range 4.00 %/6.00 %/8.00 %   rate   9.0909090 % -> EUR 5454.54\n");
    assertThat(a.receipts()).extracting(r -> r.outsideBy()).containsExactly(654_54L, 272_73L, 272_73L);
  }

  @Test
  void anAllocationEqualsItsReplayAndBecomesARun() {
    RangeAllocation a = RangeAllocation.allocate(Money.of("EUR", 6_600_01), RangeAllocationTest.team());
    RangeAllocation replayed = a.replay();
    assertThat(replayed).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(a.inputs()).isEqualTo(RangeAllocationTest.team());
    assertThat(a).isNotEqualTo(RangeAllocation.allocate(Money.of("EUR", 6_600_02), RangeAllocationTest.team()));
    assertThat(a).isNotEqualTo(RangeAllocation.allocate(Money.of("USD", 6_600_01), RangeAllocationTest.team()));
    assertThat(a).isNotEqualTo(RangeAllocation.allocate(Money.of("EUR", 4_000_00), RangeAllocationTest.team()));
    assertThat(a).isNotEqualTo(RangeAllocation.allocate(Money.of("EUR", 6_600_01), RangeAllocationTest.team().subList(0, 2)));
    assertThat(a).isNotEqualTo("RangeAllocation");
    AllocationRun run = a.toRun(AllocationRunId.of("run-1"), "merit 2027");
    assertThat(run.id()).isEqualTo(AllocationRunId.of("run-1"));
    assertThat(run.name()).isEqualTo("merit 2027");
    assertThat(run.budget()).isEqualTo(a.budget());
    assertThat(run.outcome()).isEqualTo(RangeOutcome.WITHIN_RANGES);
    assertThat(run.receipts()).isEqualTo(a.receipts());
  }

  @Test
  void theAllocationsRulesAreEachEnforcedWithTheirMessage() {
    List<RangeInput> withNull = new ArrayList<>(RangeAllocationTest.team());
    withNull.add(1, null);
    assertThatThrownBy(() -> RangeAllocation.allocate(Money.of("EUR", 1), withNull))
        .isInstanceOf(NullPointerException.class).hasMessage("people[1]");
    List<RangeInput> many = new ArrayList<>();
    for (int i = 0; i < 257; i++) {
      many.add(in("p" + i, RatingLevel.of(i, "l" + i), 100, IncreaseRange.of(100, 200, 300)));
    }
    assertThatThrownBy(() -> RangeAllocation.allocate(Money.of("EUR", 1), many))
        .isInstanceOf(InvalidInputException.class).hasMessage("people was '257 rating values': must hold at most 256");
    assertThat(RangeAllocation.allocate(Money.of("EUR", 0), many.subList(0, 256)).receipts()).hasSize(256);
    List<RangeInput> repeated = new ArrayList<>(RangeAllocationTest.team());
    repeated.add(in("cat", TOP, 1, IncreaseRange.of(100, 200, 300)));
    assertThatThrownBy(() -> RangeAllocation.allocate(Money.of("EUR", 1), repeated))
        .isInstanceOf(InvalidInputException.class).hasMessage("people was cat: must name each person once");
    assertThatThrownBy(() -> RangeInput.of(EmployeeId.of("z"), MEETS, RangeInput.MAX_BASE + 1, RangeAllocationTest.MEETS_RANGE))
        .isInstanceOf(InvalidInputException.class).hasMessage("z.base was 10000000000001: must be between 0 and 10000000000000");
    assertThat(RangeInput.of(EmployeeId.of("z"), MEETS, RangeInput.MAX_BASE, RangeAllocationTest.MEETS_RANGE).base())
        .isEqualTo(RangeInput.MAX_BASE);
  }

  @Test
  void scenariosListGainersAndLosersByTheSizeOfTheirChangeThenById() {
    RangeAllocation six = RangeAllocation.allocate(Money.of("EUR", 6_000_00), RangeAllocationTest.team());
    RangeAllocation seven = RangeAllocation.allocate(Money.of("EUR", 7_000_00), RangeAllocationTest.team());
    ScenarioComparison up = ScenarioComparison.of(six, seven);
    assertThat(up.lines()).containsExactly(new ScenarioLine(EmployeeId.of("ann"), 3_272_73, 3_818_18),
        new ScenarioLine(EmployeeId.of("bob"), 1_363_64, 1_590_91), new ScenarioLine(EmployeeId.of("cat"), 1_363_63, 1_590_91));
    assertThat(up.gainers()).extracting(l -> l.recipient().value()).containsExactly("ann", "cat", "bob");
    assertThat(up.losers()).isEmpty();
    assertThat(up.change()).isEqualTo(Money.of("EUR", 1_000_00));
    assertThat(up.before()).isEqualTo(Money.of("EUR", 6_000_00));
    ScenarioComparison down = ScenarioComparison.of(seven, six);
    assertThat(down.losers()).extracting(l -> l.recipient().value()).containsExactly("ann", "cat", "bob");
    assertThat(down.gainers()).isEmpty();
    assertThat(down.losers().get(1).change()).isEqualTo(1_363_63 - 1_590_91);
    ScenarioComparison same = ScenarioComparison.of(six, six);
    assertThat(same.gainers()).isEmpty();
    assertThat(same.losers()).isEmpty();
    List<RangeInput> others = new ArrayList<>(RangeAllocationTest.team().subList(0, 2));
    others.add(in("dan", MEETS, 50_000_00, RangeAllocationTest.MEETS_RANGE));
    RangeAllocation withDan = RangeAllocation.allocate(Money.of("EUR", 6_000_00), others);
    assertThatThrownBy(() -> ScenarioComparison.of(six, withDan)).isInstanceOf(InvalidInputException.class)
        .hasMessage("after was cat: must include everyone of the first scenario");
    assertThatThrownBy(() -> new ScenarioLine(EmployeeId.of("a"), -1, 0)).isInstanceOf(InvalidInputException.class)
        .hasMessage("before was -1: must be zero or positive");
    assertThatThrownBy(() -> new ScenarioLine(EmployeeId.of("a"), 0, -1)).isInstanceOf(InvalidInputException.class)
        .hasMessage("after was -1: must be zero or positive");
    assertThat(new ScenarioLine(EmployeeId.of("a"), 0, 0).change()).isZero();
  }

  /** At the targets' sum everyone is paid their target: 2 %, 3 %, 5 % and 6 % of 50,000.00. */
  private static RangeAllocation spread() {
    return RangeAllocation.allocate(Money.of("EUR", 8_000_00), List.of(
        in("bob", MEETS, 50_000_00, IncreaseRange.of(100, 200, 300)),
        in("cat", MEETS, 50_000_00, IncreaseRange.of(200, 300, 400)),
        in("dan", MEETS, 50_000_00, IncreaseRange.of(400, 500, 600)),
        in("eve", MEETS, 50_000_00, IncreaseRange.of(500, 600, 700)),
        in("zed", MEETS, 0, IncreaseRange.of(500, 600, 700))));
  }

  @Test
  void aSpreadHoldsTheLowestMedianAndHighestPercentOfTheLevelLeavingOutThoseWithoutABase() {
    RangeAllocation a = spread();
    assertThat(a.receipts()).extracting(r -> r.amount()).containsExactly(1_000_00L, 1_500_00L, 2_500_00L, 3_000_00L, 0L);
    PayForPerformance pfp = PayForPerformance.of(a, Map.of(EmployeeId.of("cat"), OrgUnitId.of("u2"),
        EmployeeId.of("bob"), OrgUnitId.of("u1"), EmployeeId.of("eve"), OrgUnitId.of("u1")));
    assertThat(pfp.correlation()).isEmpty(); // one rating: no correlation
    assertThat(pfp.spreads()).containsExactly(
        new PayForPerformance.Spread(Optional.empty(), MEETS, 4, 200, 300, 600, Money.of("EUR", 8_000_00)),
        new PayForPerformance.Spread(Optional.of(OrgUnitId.of("u1")), MEETS, 2, 200, 200, 600, Money.of("EUR", 4_000_00)),
        new PayForPerformance.Spread(Optional.of(OrgUnitId.of("u2")), MEETS, 1, 300, 300, 300, Money.of("EUR", 1_500_00)));
    assertThat(PayForPerformance.of(a.toRun(AllocationRunId.of("r"), "r"), Map.of())).isEqualTo(
        new PayForPerformance(OptionalDouble.empty(),
            List.of(new PayForPerformance.Spread(Optional.empty(), MEETS, 4, 200, 300, 600, Money.of("EUR", 8_000_00)))));
  }

  @Test
  void theCorrelationOfRatingAndPercentIsPearsons() {
    RangeAllocation a = RangeAllocation.allocate(Money.of("EUR", 6_600_00), List.of(
        in("ann", TOP, 60_000_00, IncreaseRange.of(500, 600, 700)),
        in("bob", MEETS, 50_000_00, IncreaseRange.of(100, 200, 300)),
        in("cat", MEETS, 50_000_00, IncreaseRange.of(300, 400, 500))));
    assertThat(a.receipts()).extracting(r -> r.amount()).containsExactly(3_600_00L, 1_000_00L, 2_000_00L);
    // ratings 5, 3, 3 against 6 %, 2 %, 4 %: sxy = 0.04, sxx = 24 / 9, syy = 0.0008
    assertThat(PayForPerformance.of(a, Map.of()).correlation().orElseThrow())
        .isCloseTo(Math.sqrt(3) / 2, Offset.offset(1e-9));
    RangeAllocation flat = RangeAllocation.allocate(Money.of("EUR", 3_300_00), List.of(
        in("ann", TOP, 60_000_00, RangeAllocationTest.MEETS_RANGE), in("bob", MEETS, 50_000_00, RangeAllocationTest.MEETS_RANGE)));
    assertThat(PayForPerformance.of(flat, Map.of()).correlation()).isEmpty(); // everyone at 3 %
    RangeAllocation one = RangeAllocation.allocate(Money.of("EUR", 3_600_00), RangeAllocationTest.team().subList(0, 1));
    assertThat(PayForPerformance.of(one, Map.of()).correlation()).isEmpty();
  }

  @Test
  void payForPerformancesRulesAreEachEnforcedWithTheirMessage() {
    Money total = Money.of("EUR", 1);
    assertThatThrownBy(() -> new PayForPerformance.Spread(Optional.empty(), MEETS, 0, 1, 2, 3, total))
        .isInstanceOf(InvalidInputException.class).hasMessage("people was 0: must be positive");
    assertThatThrownBy(() -> new PayForPerformance.Spread(Optional.empty(), MEETS, 1, 6, 5, 9, total))
        .isInstanceOf(InvalidInputException.class).hasMessage("medianBp was 5: must lie between minBp 6 and maxBp 9");
    assertThatThrownBy(() -> new PayForPerformance.Spread(Optional.empty(), MEETS, 1, 1, 10, 9, total))
        .isInstanceOf(InvalidInputException.class).hasMessage("medianBp was 10: must lie between minBp 1 and maxBp 9");
    assertThatThrownBy(() -> new PayForPerformance.Spread(Optional.empty(), MEETS, 1, -1, 0, 9, total))
        .isInstanceOf(InvalidInputException.class).hasMessage("medianBp was 0: must lie between minBp -1 and maxBp 9");
    assertThat(new PayForPerformance.Spread(Optional.empty(), MEETS, 1, 0, 0, 0, total).people()).isEqualTo(1);
    assertThatThrownBy(() -> new PayForPerformance(OptionalDouble.of(1.5), List.of()))
        .isInstanceOf(InvalidInputException.class).hasMessage("correlation was 1.5: must be between -1.0 and 1.0");
  }
}
