package dev.pillars.examples;

import dev.pillars.core.Period;
import dev.pillars.core.TenantId;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.OutboxMessage;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.UnitOfWork;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The store side of publishing events: an event written to the outbox in the same unit of work as
 * the change it reports, a relay that publishes pending events at least once and marks them, and
 * the tenant's commit counter, which tells a cache that someone else committed since it loaded.
 */
public final class OutboxExample {
  private static final EmployeeId DANA = EmployeeId.of("dana");
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private OutboxExample() {}

  /**
   * Runs the example and prints what happens.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    TenantStore acme = MemoryStore.create().forTenant(TenantId.of("acme"));
    long loadedAt = acme.commits(); // a cache (the engine's scores) remembers what it loaded

    // The change and its event commit together, or neither does.
    try (UnitOfWork work = acme.begin()) {
      work.goals().insert(goal("dana-training"));
      work.outbox().append(
          new OutboxMessage(new UUID(1, 1), "dana-training", "GoalCreated", DANA.value(), NOW, "{\"goal\":\"dana-training\"}"));
      work.commit();
      out.println("commit number " + work.commitNumber().orElseThrow() + " wrote the goal and its event");
    }
    try (UnitOfWork work = acme.begin()) {
      work.goals().insert(goal("never-stored"));
      work.outbox().append(new OutboxMessage(new UUID(1, 2), "never-stored", "GoalCreated", DANA.value(), NOW, ""));
      work.rollback();
    }
    out.println("pending after a rollback: " + acme.outbox().countPending());

    // Before answering from its cache, a reader checks the high-water mark.
    out.println("cache is stale: " + (acme.commits() != loadedAt));

    // The host's relay: read pending events, publish them, then mark them (at least once).
    List<OutboxMessage> batch = acme.outbox().pending(100);
    batch.forEach(message -> out.println("published " + message.type() + " " + message.id()));
    long marked = acme.inTransaction(work -> work.outbox().markPublished(batch.stream().map(OutboxMessage::id).collect(Collectors.toList())));
    out.println("marked " + marked + "; pending now " + acme.outbox().countPending());
  }

  private static Goal goal(String id) {
    return Goal.builder()
        .id(GoalId.of(id))
        .title("Goal " + id)
        .owner(GoalOwner.employee(DANA))
        .level(GoalLevel.INDIVIDUAL)
        .period(Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .measure(GoalMeasure.manual(0))
        .build();
  }
}
