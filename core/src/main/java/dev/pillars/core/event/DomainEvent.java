package dev.pillars.core.event;

import java.time.Instant;

/**
 * Something that happened to an aggregate: a goal was activated, a measurement was recorded.
 *
 * <p>Every state change of a Pillars aggregate yields one or more events, returned beside the new
 * state in a {@link Change}. Events are immutable values; a host publishes them to its own
 * subscribers (an outbox, a message bus, an audit log).
 */
public interface DomainEvent {
  /**
   * Returns when the change happened, read from the clock the caller passed in.
   *
   * @return the instant of the change
   */
  Instant occurredAt();

  /**
   * Returns the id of the aggregate that changed, as text, for routing and logging.
   *
   * @return the aggregate's id
   */
  String aggregateId();
}
