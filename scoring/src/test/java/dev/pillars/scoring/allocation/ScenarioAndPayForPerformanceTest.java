package dev.pillars.scoring.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.money.Money;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioAndPayForPerformanceTest {
  @Test
  void aSmallerBudgetShowsWhoLoses() {
    RangeAllocation full = RangeAllocation.allocate(Money.of("EUR", 6_600_00), RangeAllocationTest.team());
    RangeAllocation tight = RangeAllocation.allocate(Money.of("EUR", 5_000_00), RangeAllocationTest.team());
    ScenarioComparison c = ScenarioComparison.of(full, tight);
    assertThat(c.gainers()).isEmpty();
    assertThat(c.losers()).extracting(ScenarioLine::recipient).first().isEqualTo(EmployeeId.of("ann"));
    assertThat(c.change()).isEqualTo(Money.of("EUR", -1_600_00));
  }

  @Test
  void scenariosMustShareCurrencyAndPeople() {
    RangeAllocation eur = RangeAllocation.allocate(Money.of("EUR", 6_600_00), RangeAllocationTest.team());
    RangeAllocation usd = RangeAllocation.allocate(Money.of("USD", 6_600_00), RangeAllocationTest.team());
    RangeAllocation two = RangeAllocation.allocate(Money.of("EUR", 1_00), RangeAllocationTest.team().subList(0, 2));
    assertThatThrownBy(() -> ScenarioComparison.of(eur, usd)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("mixing currencies");
    assertThatThrownBy(() -> ScenarioComparison.of(eur, two)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must share the same 3 people");
  }

  @Test
  void payFollowsPerformance() {
    RangeAllocation a = RangeAllocation.allocate(Money.of("EUR", 6_600_00), RangeAllocationTest.team());
    PayForPerformance pfp = PayForPerformance.of(a, Map.of(EmployeeId.of("ann"), OrgUnitId.of("plant")));
    assertThat(pfp.correlation()).hasValue(1.0);
    assertThat(pfp.spreads()).hasSize(3);
    PayForPerformance.Spread meets = pfp.spreads().get(0);
    assertThat(meets.level()).isEqualTo(RangeAllocationTest.MEETS);
    assertThat(List.of(meets.people(), (int) meets.minBp(), (int) meets.maxBp())).containsExactly(2, 300, 300);
    assertThat(pfp.spreads().get(2).unit()).contains(OrgUnitId.of("plant"));
  }
}
