package dev.pillars.persistence.memory;

import dev.pillars.persistence.spi.OutboxMessage;
import java.util.Comparator;
import java.util.UUID;

/**
 * A pending outbox message with its place in the outbox's order.
 *
 * @param message the message
 * @param commit the number of the commit that published it; 0 while its unit of work is active
 * @param position its place among the messages its unit of work appended
 */
record OutboxEntry(OutboxMessage message, long commit, int position) {
  /** Oldest first: by commit, then by position within the commit. */
  static final Comparator<OutboxEntry> ORDER =
      Comparator.comparingLong(OutboxEntry::commit).thenComparingInt(OutboxEntry::position);

  UUID id() {
    return message.id();
  }

  boolean isCommitted() {
    return commit != 0;
  }

  /** Returns the entry as the commit numbered {@code number} publishes it. */
  OutboxEntry committedIn(long number) {
    return isCommitted() ? this : new OutboxEntry(message, number, position);
  }

  /** Returns whether the message names the text as its aggregate or its actor. */
  boolean names(String id) {
    return message.aggregateId().equals(id) || message.actor().equals(id);
  }
}
