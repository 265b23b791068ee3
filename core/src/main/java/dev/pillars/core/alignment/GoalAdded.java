package dev.pillars.core.alignment;

import dev.pillars.core.Checks;
import dev.pillars.core.event.DomainEvent;
import dev.pillars.core.goal.GoalId;
import java.time.Instant;

/**
 * A goal was added to an alignment graph, without links yet.
 *
 * @param goal the added goal
 * @param occurredAt when it was added
 */
public record GoalAdded(GoalId goal, Instant occurredAt) implements DomainEvent {
  /**
   * Creates the event.
   *
   * @param goal the added goal
   * @param occurredAt when it was added
   * @throws NullPointerException if an argument is null
   */
  public GoalAdded {
    Checks.notNull("goal", goal);
    Checks.notNull("occurredAt", occurredAt);
  }

  /**
   * Returns the added goal's id.
   *
   * @return the goal id as text
   */
  @Override
  public String aggregateId() {
    return goal.value();
  }
}
