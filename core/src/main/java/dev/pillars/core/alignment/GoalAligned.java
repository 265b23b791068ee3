package dev.pillars.core.alignment;

import dev.pillars.core.Checks;
import dev.pillars.core.event.DomainEvent;
import java.time.Instant;

/**
 * A goal was aligned to a parent goal: a link was added to an alignment graph.
 *
 * @param link the added link
 * @param occurredAt when it was added
 */
public record GoalAligned(AlignmentLink link, Instant occurredAt) implements DomainEvent {
  /**
   * Creates the event.
   *
   * @param link the added link
   * @param occurredAt when it was added
   * @throws NullPointerException if an argument is null
   */
  public GoalAligned {
    Checks.notNull("link", link);
    Checks.notNull("occurredAt", occurredAt);
  }

  /**
   * Returns the id of the goal that was aligned, the link's child.
   *
   * @return the child goal id as text
   */
  @Override
  public String aggregateId() {
    return link.child().value();
  }
}
