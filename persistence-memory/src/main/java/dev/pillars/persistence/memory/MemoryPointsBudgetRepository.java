package dev.pillars.persistence.memory;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.recognition.PointsBudget;
import dev.pillars.core.recognition.PointsBudgetId;
import dev.pillars.persistence.spi.PersistenceException;
import dev.pillars.persistence.spi.PointsBudgetRepository;
import dev.pillars.persistence.spi.Versioned;
import dev.pillars.persistence.spi.internal.BudgetOverlap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The points budgets of one tenant in the in-memory store. Concurrent awards cannot overspend a
 * budget: like every aggregate here, a budget's commit checks the version its unit of work read.
 * Two budgets of one giver never overlap: a write is checked against what its unit of work sees,
 * and the commit checks again if another unit of work committed meanwhile.
 */
final class MemoryPointsBudgetRepository extends MemoryRepository<PointsBudgetId, PointsBudget>
    implements PointsBudgetRepository {
  private final MemoryTenantStore store;
  private final @Nullable MemoryUnitOfWork work;
  private final BudgetOverlap.Writes writes;

  MemoryPointsBudgetRepository(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
    super(store, work, Tables.POINTS_BUDGETS, "PointsBudgetRepository");
    this.store = store;
    this.work = work;
    this.writes = new BudgetOverlap.Writes(work != null, this::streamByGiver);
  }

  @Override
  public Versioned<PointsBudget> insert(PointsBudget aggregate) {
    writes.check(aggregate);
    return noted(super.insert(aggregate));
  }

  @Override
  public Versioned<PointsBudget> update(PointsBudget aggregate, long expectedVersion) {
    writes.check(aggregate);
    return noted(super.update(aggregate, expectedVersion));
  }

  @Override
  public long insertAll(Iterator<? extends PointsBudget> aggregates, int batchSize) {
    List<PointsBudget> all = writes.checkAll(aggregates);
    long inserted = super.insertAll(all.iterator(), batchSize);
    all.forEach(budget -> noted(Versioned.of(budget, 1)));
    return inserted;
  }

  /**
   * Notes the budget's giver; on the first, has the commit check the givers' budgets again if
   * another unit of work committed meanwhile, so that two creating overlapping budgets cannot both
   * commit.
   */
  private Versioned<PointsBudget> noted(Versioned<PointsBudget> written) {
    MemoryUnitOfWork w = work;
    if (w != null && writes.note(written.value())) {
      w.onCommit(this::requireNoOverlapAtCommit);
    }
    return written;
  }

  private void requireNoOverlapAtCommit(Trie[] next) {
    Map<EmployeeId, List<PointsBudget>> byGiver = new HashMap<>();
    next[Tables.POINTS_BUDGETS.index].forEach((value, version) -> {
      PointsBudget budget = (PointsBudget) value;
      if (writes.givers().contains(budget.giver())) {
        byGiver.computeIfAbsent(budget.giver(), g -> new ArrayList<>()).add(budget);
      }
    });
    for (List<PointsBudget> budgets : byGiver.values()) {
      BudgetOverlap.conflict(budgets).ifPresent(conflict -> {
        throw new PersistenceException("a unit of work in tenant '" + store.tenant() + "' conflicted with one committed"
            + " meanwhile: " + conflict + "; nothing was committed");
      });
    }
  }

  @Override
  public Stream<Versioned<PointsBudget>> streamByGiver(EmployeeId giver) {
    Checks.notNull("giver", giver);
    return stream().filter(budget -> budget.value().giver().equals(giver));
  }
}
