package dev.pillars.core.goal;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A goal passed to another owner, for example from a leaver to their manager.
 *
 * @param goalId the goal
 * @param from the owner before
 * @param to the owner after
 * @param occurredAt when it passed
 */
public record GoalTransferred(GoalId goalId, GoalOwner from, GoalOwner to, Instant occurredAt) implements GoalEvent {
  /**
   * Creates the event.
   *
   * @param goalId the goal
   * @param from the owner before
   * @param to the owner after
   * @param occurredAt when it passed
   * @throws NullPointerException if an argument is null
   */
  public GoalTransferred {
    requireNonNull(goalId, "goalId");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(occurredAt, "occurredAt");
  }
}
