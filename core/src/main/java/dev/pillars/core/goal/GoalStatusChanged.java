package dev.pillars.core.goal;

import dev.pillars.core.Checks;
import java.time.Instant;

/**
 * A goal moved along one of its legal status transitions.
 *
 * @param goalId the goal
 * @param from the status before
 * @param to the status after, one of {@code from.allowedNext()}
 * @param occurredAt when it moved
 */
public record GoalStatusChanged(GoalId goalId, GoalStatus from, GoalStatus to, Instant occurredAt)
    implements GoalEvent {
  /**
   * Creates the event.
   *
   * @param goalId the goal
   * @param from the status before
   * @param to the status after, one of {@code from.allowedNext()}
   * @param occurredAt when it moved
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.IllegalTransitionException if {@code from} may not move to {@code to}
   */
  public GoalStatusChanged {
    Checks.notNull("goalId", goalId);
    Checks.notNull("from", from);
    Checks.notNull("to", to);
    Checks.notNull("occurredAt", occurredAt);
    from.requireCanMoveTo(to);
  }
}
