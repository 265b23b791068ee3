package dev.pillars.core.development;

import dev.pillars.core.Checks;
import java.time.Instant;

/**
 * An action was added to a plan, by hand or carried from a coaching session.
 *
 * @param planId the plan
 * @param action the action as added
 * @param occurredAt when it happened
 */
public record ActionAdded(PlanId planId, DevelopmentAction action, Instant occurredAt) implements PlanEvent {
  /**
   * Creates the event.
   *
   * @param planId the plan
   * @param action the action as added
   * @param occurredAt when it happened
   * @throws NullPointerException if a part is null
   */
  public ActionAdded {
    Checks.notNull("planId", planId);
    Checks.notNull("action", action);
    Checks.notNull("occurredAt", occurredAt);
  }
}
