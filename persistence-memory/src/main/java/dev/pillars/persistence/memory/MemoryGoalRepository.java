package dev.pillars.persistence.memory;

import dev.pillars.core.Checks;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.persistence.spi.GoalRepository;
import dev.pillars.persistence.spi.Versioned;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The goals of one tenant in the in-memory store. */
final class MemoryGoalRepository extends MemoryRepository<GoalId, Goal> implements GoalRepository {
  MemoryGoalRepository(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
    super(store, work, Tables.GOALS, "GoalRepository");
  }

  @Override
  public Stream<Versioned<Goal>> streamByOwner(GoalOwner owner) {
    Checks.notNull("owner", owner);
    return stream().filter(goal -> goal.value().owner().equals(owner));
  }
}
