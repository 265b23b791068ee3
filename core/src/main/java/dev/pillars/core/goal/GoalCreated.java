package dev.pillars.core.goal;

import dev.pillars.core.Checks;
import java.time.Instant;

/**
 * A goal was created, as a draft.
 *
 * @param goal the goal as created
 * @param occurredAt when it was created
 */
public record GoalCreated(Goal goal, Instant occurredAt) implements GoalEvent {
  /**
   * Creates the event.
   *
   * @param goal the goal as created
   * @param occurredAt when it was created
   * @throws NullPointerException if a part is null
   */
  public GoalCreated {
    Checks.notNull("goal", goal);
    Checks.notNull("occurredAt", occurredAt);
  }

  @Override
  public GoalId goalId() {
    return goal.id();
  }
}
