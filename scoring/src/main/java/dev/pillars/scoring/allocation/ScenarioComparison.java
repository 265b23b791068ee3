package dev.pillars.scoring.allocation;

import dev.pillars.core.reward.RangeOutcome;
import dev.pillars.core.reward.RangeReceipt;

import dev.pillars.core.Checks;
import dev.pillars.core.money.Money;
import dev.pillars.core.org.EmployeeId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two allocations of the same population side by side (two budgets, or two matrices or plans),
 * before anything is approved: who gains, who loses and by how much. Nothing is stored.
 *
 * @param before the first scenario's budget
 * @param after the second scenario's budget
 * @param lines one line per person, in the first scenario's order
 */
public record ScenarioComparison(Money before, Money after, List<ScenarioLine> lines) {
  /**
   * Creates a comparison.
   *
   * @param before the first budget
   * @param after the second budget, in the same currency
   * @param lines the lines
   * @throws dev.pillars.core.InvalidInputException if the currencies differ
   */
  public ScenarioComparison {
    Checks.notNull("before", before);
    Checks.notNull("after", after);
    Checks.notNull("lines", lines);
    before.sameCurrency("after", after);
    lines = List.copyOf(lines);
  }

  /**
   * Compares two allocations of the same people.
   *
   * @param before the first scenario
   * @param after the second scenario
   * @return the comparison
   * @throws dev.pillars.core.InvalidInputException if the allocations are in different currencies
   *     or do not share the same people
   */
  public static ScenarioComparison of(RangeAllocation before, RangeAllocation after) {
    Checks.notNull("before", before);
    Checks.notNull("after", after);
    before.budget().sameCurrency("after.budget", after.budget());
    Map<EmployeeId, Long> next = new HashMap<>();
    after.receipts().forEach(r -> next.put(r.recipient(), r.amount()));
    Checks.require(next.size() == before.receipts().size(), "after", after,
        "must share the same " + before.receipts().size() + " people as the first scenario");
    List<ScenarioLine> lines = new ArrayList<>(next.size());
    for (RangeReceipt r : before.receipts()) {
      Long amount = next.get(r.recipient());
      Checks.require(amount != null, "after", r.recipient(), "must include everyone of the first scenario");
      lines.add(new ScenarioLine(r.recipient(), r.amount(), amount));
    }
    return new ScenarioComparison(before.budget(), after.budget(), lines);
  }

  /**
   * Returns the people who get more in the second scenario, the largest gain first (ties by id).
   *
   * @return their lines
   */
  public List<ScenarioLine> gainers() {
    return lines.stream().filter(l -> l.change() > 0)
        .sorted(Comparator.comparingLong(ScenarioLine::change).reversed().thenComparing(ScenarioLine::recipient))
        .toList();
  }

  /**
   * Returns the people who get less in the second scenario, the largest loss first (ties by id).
   *
   * @return their lines
   */
  public List<ScenarioLine> losers() {
    return lines.stream().filter(l -> l.change() < 0)
        .sorted(Comparator.comparingLong(ScenarioLine::change).thenComparing(ScenarioLine::recipient))
        .toList();
  }

  /**
   * Returns the second budget less the first, which is also the sum of every person's change.
   *
   * @return the difference
   */
  public Money change() {
    return after.minus(before);
  }
}
