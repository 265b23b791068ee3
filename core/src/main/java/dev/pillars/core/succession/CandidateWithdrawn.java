package dev.pillars.core.succession;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.time.Instant;

/**
 * A candidate was taken off a position's slate.
 *
 * @param position the position
 * @param employee the former candidate
 * @param occurredAt when it happened
 */
public record CandidateWithdrawn(PositionId position, EmployeeId employee, Instant occurredAt) implements SuccessionEvent {
  /**
   * Creates the event.
   *
   * @param position the position
   * @param employee the former candidate
   * @param occurredAt when it happened
   * @throws NullPointerException if a part is null
   */
  public CandidateWithdrawn {
    Checks.notNull("position", position);
    Checks.notNull("employee", employee);
    Checks.notNull("occurredAt", occurredAt);
  }
}
