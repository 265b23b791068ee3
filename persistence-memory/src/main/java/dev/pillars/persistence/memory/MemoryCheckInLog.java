package dev.pillars.persistence.memory;

import dev.pillars.core.Checks;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.CheckInHistory;
import dev.pillars.core.goal.GoalId;
import dev.pillars.persistence.spi.CheckInLog;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The check-ins of one tenant's goals in the in-memory store: one time-ordered chunk per goal. */
final class MemoryCheckInLog extends MemoryLogRepository<GoalId, CheckIn> implements CheckInLog {
  private final @Nullable MemoryUnitOfWork work;
  private final MemoryRepositories repositories;

  MemoryCheckInLog(MemoryTenantStore store, @Nullable MemoryUnitOfWork work, MemoryRepositories repositories) {
    super(store, work, Tables.CHECK_INS, LogCodec.CHECK_INS, repositories.goals, "checkIn", "goal");
    this.work = work;
    this.repositories = repositories;
  }

  /** A comment is the goal owner's words: it names the owner, who must not have been erased. */
  @Override
  void appending(CheckIn checkIn) {
    if (work != null && Erasure.isPersonal(checkIn)) {
      repositories.goals.find(checkIn.goalId()).ifPresent(goal -> Erasure.namedBy(goal.value(), work::names));
    }
  }

  @Override
  public Stream<CheckIn> streamByGoal(GoalId goal) {
    Checks.notNull("goal", goal);
    return Access.guarded(work, "CheckInLog.streamByGoal", log.entries(goal, "streamByGoal").stream());
  }

  @Override
  public CheckInHistory history(GoalId goal) {
    Checks.notNull("goal", goal);
    return CheckInHistory.of(goal, log.entries(goal, "history"));
  }
}
