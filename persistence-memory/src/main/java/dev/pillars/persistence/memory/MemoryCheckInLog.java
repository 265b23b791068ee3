package dev.pillars.persistence.memory;

import dev.pillars.core.Checks;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.CheckInHistory;
import dev.pillars.core.goal.GoalId;
import dev.pillars.persistence.spi.AggregateNotFoundException;
import dev.pillars.persistence.spi.CheckInLog;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The check-ins of one tenant's goals in the in-memory store: one time-ordered chunk per goal. */
final class MemoryCheckInLog implements CheckInLog {
  final MemoryLog<GoalId, CheckIn> log;
  private final MemoryRepositories repositories;

  MemoryCheckInLog(MemoryTenantStore store, @Nullable MemoryUnitOfWork work, MemoryRepositories repositories) {
    this.log = new MemoryLog<>(store, work, Tables.CHECK_INS, LogCodec.CHECK_INS, "CheckInLog");
    this.repositories = repositories;
  }

  @Override
  public void append(CheckIn checkIn) {
    Checks.notNull("checkIn", checkIn);
    log.appendAll(List.of(checkIn).iterator(), "checkIn", 1, existingGoals(), "append");
  }

  @Override
  public long appendAll(Iterator<CheckIn> checkIns, int batchSize) {
    return log.appendAll(checkIns, "checkIns", batchSize, existingGoals(), "appendAll");
  }

  /** Returns a check that a check-in's goal exists, asking the store once per goal. */
  private Consumer<CheckIn> existingGoals() {
    Set<GoalId> existing = new HashSet<>();
    return checkIn -> {
      GoalId goal = checkIn.goalId();
      if (!existing.contains(goal)) {
        if (repositories.goals.find(goal).isEmpty()) {
          throw new AggregateNotFoundException(log.store().tenant(), Tables.GOALS.aggregateType, goal.toString());
        }
        existing.add(goal);
      }
    };
  }

  @Override
  public Stream<CheckIn> streamByGoal(GoalId goal) {
    Checks.notNull("goal", goal);
    return log.entries(goal, "streamByGoal").stream();
  }

  @Override
  public CheckInHistory history(GoalId goal) {
    Checks.notNull("goal", goal);
    return CheckInHistory.of(goal, log.entries(goal, "history"));
  }

  @Override
  public Optional<CheckIn> latest(GoalId goal) {
    Checks.notNull("goal", goal);
    List<CheckIn> all = log.entries(goal, "latest");
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  @Override
  public long count(GoalId goal) {
    Checks.notNull("goal", goal);
    return log.entries(goal, "count").size();
  }

  @Override
  public String toString() {
    return log.toString();
  }
}
