package dev.pillars.core.alignment;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.event.DomainEvent;
import dev.pillars.core.goal.GoalId;
import java.time.Instant;
import java.util.List;

/**
 * A goal was removed from an alignment graph, with every link from or to it.
 *
 * @param goal the removed goal
 * @param links the removed links, with the weights they had: first those to the goal's parents,
 *     then those from its children
 * @param occurredAt when it was removed
 */
public record GoalRemoved(GoalId goal, List<AlignmentLink> links, Instant occurredAt) implements DomainEvent {
  /**
   * Creates the event.
   *
   * @param goal the removed goal
   * @param links the removed links
   * @param occurredAt when it was removed
   * @throws NullPointerException if an argument is null or {@code links} holds null
   */
  public GoalRemoved {
    requireNonNull(goal, "goal");
    links = List.copyOf(requireNonNull(links, "links"));
    requireNonNull(occurredAt, "occurredAt");
  }

  /**
   * Returns the id of the removed goal.
   *
   * @return the goal id as text
   */
  @Override
  public String aggregateId() {
    return goal.value();
  }
}
