package dev.pillars.core.development;

import dev.pillars.core.Checks;
import java.time.Instant;

/**
 * A development goal was linked to a plan.
 *
 * @param planId the plan
 * @param goal the goal and the competency it develops
 * @param occurredAt when it happened
 */
public record DevelopmentGoalLinked(PlanId planId, DevelopmentGoal goal, Instant occurredAt) implements PlanEvent {
  /**
   * Creates the event.
   *
   * @param planId the plan
   * @param goal the goal and the competency it develops
   * @param occurredAt when it happened
   * @throws NullPointerException if a part is null
   */
  public DevelopmentGoalLinked {
    Checks.notNull("planId", planId);
    Checks.notNull("goal", goal);
    Checks.notNull("occurredAt", occurredAt);
  }
}
