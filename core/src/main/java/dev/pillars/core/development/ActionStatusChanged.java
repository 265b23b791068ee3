package dev.pillars.core.development;

import dev.pillars.core.Checks;
import java.time.Instant;

/**
 * An action of a plan moved to another status.
 *
 * @param planId the plan
 * @param action the action
 * @param from the status before
 * @param to the status after
 * @param occurredAt when it happened
 */
public record ActionStatusChanged(PlanId planId, ActionId action, ActionStatus from, ActionStatus to, Instant occurredAt) implements PlanEvent {
  /**
   * Creates the event.
   *
   * @param planId the plan
   * @param action the action
   * @param from the status before
   * @param to the status after
   * @param occurredAt when it happened
   * @throws NullPointerException if a part is null
   */
  public ActionStatusChanged {
    Checks.notNull("planId", planId);
    Checks.notNull("action", action);
    Checks.notNull("from", from);
    Checks.notNull("to", to);
    Checks.notNull("occurredAt", occurredAt);
  }
}
