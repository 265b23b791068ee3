package dev.pillars.core.goal;

import dev.pillars.core.Checks;
import java.time.Instant;

/**
 * A goal's weight among its owner's goals changed.
 *
 * @param goalId the goal
 * @param from the weight before
 * @param to the weight after
 * @param occurredAt when it changed
 */
public record GoalReweighted(GoalId goalId, double from, double to, Instant occurredAt) implements GoalEvent {
  /**
   * Creates the event.
   *
   * @param goalId the goal
   * @param from the weight before
   * @param to the weight after
   * @param occurredAt when it changed
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if a weight is not positive and finite
   */
  public GoalReweighted {
    Checks.notNull("goalId", goalId);
    Checks.notNull("occurredAt", occurredAt);
    Checks.positive("from", from);
    Checks.positive("to", to);
  }
}
