package dev.pillars.persistence.spi.internal;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.recognition.PointsBudget;
import dev.pillars.persistence.spi.Versioned;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

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

  /**
   * The budget writes of one unit of work: each is checked against the giver's budgets the unit of
   * work sees (and the others of the same batch) before it is written, and its giver is noted for
   * the store's check at commit. Outside a unit of work it checks and notes nothing, and leaves the
   * write to refuse itself.
   */
  public static final class Writes {
    private final boolean inUnitOfWork;
    private final Function<EmployeeId, Stream<Versioned<PointsBudget>>> byGiver;
    private final Set<EmployeeId> givers = new TreeSet<>();

    /**
     * Creates the record of one repository's writes.
     *
     * @param inUnitOfWork whether the repository belongs to a unit of work
     * @param byGiver the repository's budgets of one giver, as its unit of work sees them
     */
    public Writes(boolean inUnitOfWork, Function<EmployeeId, Stream<Versioned<PointsBudget>>> byGiver) {
      this.inUnitOfWork = inUnitOfWork;
      this.byGiver = Checks.notNull("byGiver", byGiver);
    }

    /**
     * Refuses a budget that overlaps another of its giver; a null budget is left to the write.
     *
     * @param budget the budget about to be written
     * @throws dev.pillars.core.InvalidInputException if it overlaps
     */
    public void check(@Nullable PointsBudget budget) {
      check(budget, List.of());
    }

    /**
     * Reads a batch and refuses it if a budget overlaps another of its giver, stored or earlier in
     * the batch.
     *
     * @param budgets the batch about to be written
     * @return the batch, read
     * @throws NullPointerException if {@code budgets} is null
     * @throws dev.pillars.core.InvalidInputException if a budget overlaps
     */
    public List<PointsBudget> checkAll(Iterator<? extends PointsBudget> budgets) {
      Checks.notNull("aggregates", budgets);
      List<PointsBudget> all = new ArrayList<>();
      budgets.forEachRemaining(all::add);
      for (int i = 0; i < all.size(); i++) {
        check(all.get(i), all.subList(0, i));
      }
      return all;
    }

    private void check(@Nullable PointsBudget budget, List<PointsBudget> alsoWritten) {
      if (budget == null || !inUnitOfWork) {
        return;
      }
      List<PointsBudget> others = new ArrayList<>(alsoWritten);
      try (Stream<Versioned<PointsBudget>> same = byGiver.apply(budget.giver())) {
        same.forEach(v -> others.add(v.value()));
      }
      require(budget, others);
    }

    /**
     * Notes a written budget's giver.
     *
     * @param budget the budget written
     * @return whether it is the first giver noted, when the store registers its commit check
     */
    public boolean note(PointsBudget budget) {
      boolean first = givers.isEmpty();
      return inUnitOfWork && givers.add(budget.giver()) && first;
    }

    /**
     * Returns the givers of the budgets written, in id order.
     *
     * @return the givers
     */
    public Set<EmployeeId> givers() {
      return givers;
    }
  }
}
