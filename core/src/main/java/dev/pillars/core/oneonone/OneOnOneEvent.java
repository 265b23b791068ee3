package dev.pillars.core.oneonone;

import dev.pillars.core.event.DomainEvent;

/**
 * A change to a {@link OneOnOne}. No event carries a note's text, so private notes stay with their
 * author. {@link #aggregateId()} is the 1:1's id.
 */
public sealed interface OneOnOneEvent extends DomainEvent permits OneOnOneScheduled, OneOnOneChanged {
  /**
   * Returns the 1:1 that changed.
   *
   * @return its id
   */
  OneOnOneId oneOnOneId();

  @Override
  default String aggregateId() {
    return oneOnOneId().value();
  }
}
