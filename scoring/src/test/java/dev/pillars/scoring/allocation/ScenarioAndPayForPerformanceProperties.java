package dev.pillars.scoring.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.pillars.core.money.Money;
import dev.pillars.core.org.OrgUnitId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioAndPayForPerformanceProperties {
  @Test
  void theChangesAddUpToTheChangeOfBudgetAndGainersAndLosersSayWho() {
    qt().forAll(RangePopulations.all(), longs().between(0, 10_000_000)).assuming((p, extra) -> p.sumHi() > 0).checkAssert((p, extra) -> {
      Money more = new Money(p.budget().currency(), p.budget().minor() + extra);
      ScenarioComparison c = ScenarioComparison.of(
          RangeAllocation.allocate(p.budget(), p.people()), RangeAllocation.allocate(more, p.people()));
      assertThat(c.lines().stream().mapToLong(ScenarioLine::change).sum()).isEqualTo(extra);
      assertThat(c.change().minor()).isEqualTo(extra);
      assertThat(c.gainers()).allMatch(l -> l.change() > 0);
      assertThat(c.losers()).allMatch(l -> l.change() < 0);
      assertThat(c.gainers().size() + c.losers().size()).isLessThanOrEqualTo(p.people().size());
    });
  }

  @Test
  void aScenarioAgainstItselfHasNoGainersOrLosers() {
    qt().forAll(RangePopulations.all()).checkAssert(p -> {
      RangeAllocation a = RangeAllocation.allocate(p.budget(), p.people());
      ScenarioComparison c = ScenarioComparison.of(a, a.replay());
      assertThat(c.gainers()).isEmpty();
      assertThat(c.losers()).isEmpty();
    });
  }

  @Test
  void spreadsAccountForEveryAwardAndAreOrdered() {
    qt().forAll(RangePopulations.all()).checkAssert(p -> {
      RangeAllocation a = RangeAllocation.allocate(p.budget(), p.people());
      Map<dev.pillars.core.org.EmployeeId, OrgUnitId> units = new HashMap<>();
      for (int i = 0; i < p.people().size(); i++) {
        units.put(p.people().get(i).recipient(), OrgUnitId.of("u" + (i % 3)));
      }
      PayForPerformance pfp = PayForPerformance.of(a, units);
      long everyone = pfp.spreads().stream().filter(s -> s.unit().isEmpty()).mapToLong(s -> s.total().minor()).sum();
      long perUnit = pfp.spreads().stream().filter(s -> s.unit().isPresent()).mapToLong(s -> s.total().minor()).sum();
      assertThat(everyone).isEqualTo(p.budget().minor());
      assertThat(perUnit).isEqualTo(p.budget().minor());
      pfp.correlation().ifPresent(c -> assertThat(c).isBetween(-1.0, 1.0));
    });
  }
}
