package dev.pillars.core.review;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.time.Instant;
import java.util.SortedSet;
/**
 * People were enrolled in a review cycle.
 *
 * @param cycle the cycle
 * @param added the people enrolled
 * @param occurredAt when it happened
 */
public record ParticipantsEnrolled(ReviewCycleId cycle, SortedSet<EmployeeId> added, Instant occurredAt) implements ReviewEvent {
  /**
   * Creates the event.
   *
 * @param cycle the cycle
 * @param added the people enrolled
   * @param occurredAt when it happened
   * @throws NullPointerException if a part is null
   */
  public ParticipantsEnrolled {
    Checks.notNull("cycle", cycle);
    added = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(Checks.notNull("added", added)));
    Checks.notNull("occurredAt", occurredAt);
  }

  @Override
  public String aggregateId() {
    return cycle.value();
  }
}
