package dev.pillars.core.development;

import dev.pillars.core.Checks;
import java.time.Instant;

/**
 * A milestone of an action of a plan was reached.
 *
 * @param planId the plan
 * @param action the action
 * @param milestone the milestone's index in the action's list
 * @param occurredAt when it happened
 */
public record ActionMilestoneReached(PlanId planId, ActionId action, int milestone, Instant occurredAt) implements PlanEvent {
  /**
   * Creates the event.
   *
   * @param planId the plan
   * @param action the action
   * @param milestone the milestone's index in the action's list
   * @param occurredAt when it happened
   * @throws NullPointerException if a part is null
   */
  public ActionMilestoneReached {
    Checks.notNull("planId", planId);
    Checks.notNull("action", action);
    Checks.notNull("occurredAt", occurredAt);
  }
}
