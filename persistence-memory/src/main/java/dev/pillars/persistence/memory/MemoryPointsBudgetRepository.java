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
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  private final Set<EmployeeId> givers = new HashSet<>();

  MemoryPointsBudgetRepository(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
    super(store, work, Tables.POINTS_BUDGETS, "PointsBudgetRepository");
    this.store = store;
    this.work = work;
  }

  @Override
  public Versioned<PointsBudget> insert(PointsBudget aggregate) {
    requireNoOverlap(aggregate, List.of());
    Versioned<PointsBudget> inserted = super.insert(aggregate);
    watch(aggregate.giver());
    return inserted;
  }

  @Override
  public Versioned<PointsBudget> update(PointsBudget aggregate, long expectedVersion) {
    requireNoOverlap(aggregate, List.of());
    Versioned<PointsBudget> updated = super.update(aggregate, expectedVersion);
    watch(aggregate.giver());
    return updated;
  }

  @Override
  public long insertAll(Iterator<? extends PointsBudget> aggregates, int batchSize) {
    Checks.notNull("aggregates", aggregates);
    List<PointsBudget> all = new ArrayList<>();
    aggregates.forEachRemaining(all::add);
    for (int i = 0; i < all.size(); i++) {
      requireNoOverlap(all.get(i), all.subList(0, i));
    }
    long inserted = super.insertAll(all.iterator(), batchSize);
    all.forEach(budget -> watch(budget.giver()));
    return inserted;
  }

  /**
   * Refuses a budget overlapping another of its giver that this unit of work sees, or one of
   * {@code alsoWritten}; leaves bad arguments and a missing unit of work to the write itself.
   */
  private void requireNoOverlap(@Nullable PointsBudget budget, List<PointsBudget> alsoWritten) {
    if (budget == null || work == null) {
      return;
    }
    List<PointsBudget> others = new ArrayList<>(alsoWritten);
    try (Stream<Versioned<PointsBudget>> same = streamByGiver(budget.giver())) {
      same.forEach(v -> others.add(v.value()));
    }
    BudgetOverlap.require(budget, others);
  }

  /**
   * Has the commit check the giver's budgets again if another unit of work committed meanwhile, so
   * that two units of work creating overlapping budgets cannot both commit.
   */
  private void watch(EmployeeId giver) {
    MemoryUnitOfWork w = work;
    if (w == null) {
      return;
    }
    if (givers.isEmpty()) {
      w.onCommit(this::requireNoOverlapAtCommit);
    }
    givers.add(giver);
  }

  private void requireNoOverlapAtCommit(Trie[] next) {
    Map<EmployeeId, List<PointsBudget>> byGiver = new HashMap<>();
    next[Tables.POINTS_BUDGETS.index].forEach((value, version) -> {
      PointsBudget budget = (PointsBudget) value;
      if (givers.contains(budget.giver())) {
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
