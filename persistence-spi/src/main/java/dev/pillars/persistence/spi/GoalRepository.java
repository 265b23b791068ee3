package dev.pillars.persistence.spi;

import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalOwner;
import java.util.stream.Stream;

/**
 * The goals of one tenant, each with its version.
 *
 * <p>Everything {@link AggregateRepository} says holds here: reads anywhere, writes only inside a
 * {@link UnitOfWork}, versions checked on every update and delete, tenant isolation. A goal's id is
 * {@link Goal#id()}. The repository stores goals as they are; it does not re-check domain rules
 * that span aggregates (such as a linked goal's period), which are the domain services' work.
 *
 * <p>Other data refers to goals. A goal's {@linkplain CheckInLog check-ins} belong to it: deleting
 * the goal deletes them in the same unit of work. {@linkplain AlignmentLinkRepository Alignment
 * links} join goals to each other: deleting a goal that a link still joins fails with {@link
 * AggregateInUseException}, and changes nothing; remove the links first.
 */
public interface GoalRepository extends AggregateRepository<GoalId, Goal> {

  /**
   * Streams the goals of one owner (an employee or an organisational unit), in no particular
   * order, with the same consistency and closing duties as {@link #stream()}.
   *
   * <p>Thread safety: safe from any thread on a tenant store's repository; on a unit of work's,
   * one thread at a time.
   *
   * @param owner the owner
   * @return the owner's goals; empty if the owner has none or is unknown; the caller closes it
   * @throws NullPointerException if {@code owner} is null
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  Stream<Versioned<Goal>> streamByOwner(GoalOwner owner);
}
