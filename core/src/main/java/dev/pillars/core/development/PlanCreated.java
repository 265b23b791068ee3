package dev.pillars.core.development;

import dev.pillars.core.Checks;
import java.time.Instant;

/**
 * A development plan was created.
 *
 * @param plan the plan as created
 * @param occurredAt when it happened
 */
public record PlanCreated(DevelopmentPlan plan, Instant occurredAt) implements PlanEvent {
  /**
   * Creates the event.
   *
   * @param plan the plan as created
   * @param occurredAt when it happened
   * @throws NullPointerException if a part is null
   */
  public PlanCreated {
    Checks.notNull("plan", plan);
    Checks.notNull("occurredAt", occurredAt);
  }

  @Override
  public PlanId planId() {
    return plan.id();
  }
}
