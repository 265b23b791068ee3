package dev.pillars.core.alignment;

import dev.pillars.core.Checks;
import dev.pillars.core.event.DomainEvent;
import java.time.Instant;

/**
 * A goal stopped contributing to a parent goal: a link was removed from an alignment graph.
 *
 * @param link the removed link, with the weight it had
 * @param occurredAt when it was removed
 */
public record GoalUnaligned(AlignmentLink link, Instant occurredAt) implements DomainEvent {
  /**
   * Creates the event.
   *
   * @param link the removed link, with the weight it had
   * @param occurredAt when it was removed
   * @throws NullPointerException if an argument is null
   */
  public GoalUnaligned {
    Checks.notNull("link", link);
    Checks.notNull("occurredAt", occurredAt);
  }

  /**
   * Returns the id of the goal that was unaligned, the link's child.
   *
   * @return the child goal id as text
   */
  @Override
  public String aggregateId() {
    return link.child().value();
  }
}
