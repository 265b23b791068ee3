package dev.pillars.persistence.memory;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.recognition.PointsBudget;
import dev.pillars.core.recognition.PointsBudgetId;
import dev.pillars.persistence.spi.PointsBudgetRepository;
import dev.pillars.persistence.spi.Versioned;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The points budgets of one tenant in the in-memory store. Concurrent awards cannot overspend a
 * budget: like every aggregate here, a budget's commit checks the version its unit of work read.
 */
final class MemoryPointsBudgetRepository extends MemoryRepository<PointsBudgetId, PointsBudget>
    implements PointsBudgetRepository {
  MemoryPointsBudgetRepository(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
    super(store, work, Tables.POINTS_BUDGETS, "PointsBudgetRepository");
  }

  @Override
  public Stream<Versioned<PointsBudget>> streamByGiver(EmployeeId giver) {
    Checks.notNull("giver", giver);
    return stream().filter(budget -> budget.value().giver().equals(giver));
  }
}
