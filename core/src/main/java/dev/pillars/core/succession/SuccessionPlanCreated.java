package dev.pillars.core.succession;

import dev.pillars.core.Checks;
import java.time.Instant;

/**
 * A succession plan for a key position was created.
 *
 * @param plan the plan as created
 * @param occurredAt when it happened
 */
public record SuccessionPlanCreated(SuccessionPlan plan, Instant occurredAt) implements SuccessionEvent {
  /**
   * Creates the event.
   *
   * @param plan the plan as created
   * @param occurredAt when it happened
   * @throws NullPointerException if a part is null
   */
  public SuccessionPlanCreated {
    Checks.notNull("plan", plan);
    Checks.notNull("occurredAt", occurredAt);
  }

  @Override
  public PositionId position() {
    return plan.position();
  }
}
