package dev.pillars.persistence.spi;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.recognition.PointsBudget;
import dev.pillars.core.recognition.PointsBudgetId;
import java.util.stream.Stream;

/**
 * The recognition points budgets of one tenant, each with its version.
 *
 * <p>Everything {@link AggregateRepository} says holds here: reads anywhere, writes only inside a
 * {@link UnitOfWork}, versions checked on every update and delete, tenant isolation. A budget's id
 * is {@link PointsBudget#id()}.
 *
 * <p><b>Budgets are not overspent.</b> An award reads the giver's budget, spends from it ({@link
 * PointsBudget#spend}) and updates it with the version it read. A store keeps the version rule for
 * budgets as for every aggregate, including between units of work running at the same time: of two
 * that spend from the same budget version, at most one commits, and the other fails with {@link
 * StaleVersionException} (at its update or its commit) and changes nothing. So the points spent
 * never exceed the allowance, however many awards race.
 *
 * <p><b>Budgets of one giver do not overlap.</b> A store refuses to keep two budgets of one giver
 * whose periods overlap: a write that would overlap a budget its unit of work sees fails with
 * {@link dev.pillars.core.InvalidInputException} naming the period and the other budget, and
 * writes nothing; of two units of work that create overlapping budgets of one giver at the same
 * time, at most one commits, and the other's commit fails with {@link PersistenceException} and
 * changes nothing.
 *
 * <p><b>Erasure</b> ({@link PersonalDataRepository#erase}): the erased giver's budgets are kept,
 * with the pseudonym as their giver, so that the points they awarded stay accounted for.
 */
public interface PointsBudgetRepository extends AggregateRepository<PointsBudgetId, PointsBudget> {

  /**
   * Streams the budgets of one giver, in no particular order, with the same consistency and closing
   * duties as {@link #stream()}.
   *
   * <p>Thread safety: safe from any thread on a tenant store's repository; on a unit of work's,
   * one thread at a time.
   *
   * @param giver the giver
   * @return the giver's budgets; empty if there are none; the caller closes it
   * @throws NullPointerException if {@code giver} is null
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  Stream<Versioned<PointsBudget>> streamByGiver(EmployeeId giver);
}
