package dev.pillars.persistence.memory;

import dev.pillars.core.Checks;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.persistence.spi.AggregateInUseException;
import dev.pillars.persistence.spi.GoalRepository;
import dev.pillars.persistence.spi.Versioned;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The goals of one tenant in the in-memory store. Deleting a goal that alignment links join fails;
 * deleting a goal deletes its check-ins.
 */
final class MemoryGoalRepository extends MemoryRepository<GoalId, Goal> implements GoalRepository {
  private final MemoryRepositories repositories;

  MemoryGoalRepository(MemoryTenantStore store, @Nullable MemoryUnitOfWork work, MemoryRepositories repositories) {
    super(store, work, Tables.GOALS, "GoalRepository");
    this.repositories = repositories;
  }

  @Override
  public Stream<Versioned<Goal>> streamByOwner(GoalOwner owner) {
    Checks.notNull("owner", owner);
    return stream().filter(goal -> goal.value().owner().equals(owner));
  }

  @Override
  void checkDeletable(GoalId id) {
    Optional<AlignmentLink> link = repositories.alignment.anyLinkOf(id);
    if (link.isPresent()) {
      throw new AggregateInUseException(
          store().tenant(), Tables.GOALS.aggregateType, id.toString(), "AlignmentLink " + link.get());
    }
  }

  @Override
  void deleted(GoalId id) {
    repositories.checkIns.log.replace(id, entries -> List.of());
  }
}
