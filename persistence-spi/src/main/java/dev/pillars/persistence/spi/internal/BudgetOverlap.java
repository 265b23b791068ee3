package dev.pillars.persistence.spi.internal;

import dev.pillars.core.Checks;
import dev.pillars.core.recognition.PointsBudget;
import java.util.List;
import java.util.Optional;

/**
 * The store rule that two points budgets of one giver do not overlap in time ({@code
 * PointsBudgetRepository}), shared by the library's stores: checked when a unit of work writes a
 * budget, and again at its commit against budgets committed meanwhile.
 */
public final class BudgetOverlap {
  private BudgetOverlap() {}

  /**
   * Refuses a budget whose period overlaps another budget of its giver.
   *
   * @param budget the budget being written
   * @param others the giver's budgets as the writer sees them (the budget's own id is skipped)
   * @throws dev.pillars.core.InvalidInputException if the periods overlap
   */
  public static void require(PointsBudget budget, List<PointsBudget> others) {
    for (PointsBudget other : others) {
      Checks.require(
          other.id().equals(budget.id()) || !other.giver().equals(budget.giver())
              || !other.period().overlaps(budget.period()),
          "period",
          budget.period(),
          "must not overlap budget " + other.id() + " of the same giver for " + other.period());
    }
  }

  /**
   * Returns a description of two budgets of one giver whose periods overlap, if any.
   *
   * @param budgets budgets of one giver, each id once
   * @return the first overlap found, or empty
   */
  public static Optional<String> conflict(List<PointsBudget> budgets) {
    for (int i = 0; i < budgets.size(); i++) {
      for (int j = i + 1; j < budgets.size(); j++) {
        PointsBudget a = budgets.get(i);
        PointsBudget b = budgets.get(j);
        if (a.giver().equals(b.giver()) && a.period().overlaps(b.period())) {
          return Optional.of("budgets " + a.id() + " and " + b.id() + " of one giver overlap (" + a.period() + ", "
              + b.period() + ")");
        }
      }
    }
    return Optional.empty();
  }
}
