package dev.pillars.core.succession;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.time.Instant;

/**
 * Someone was named to cover a key position in an emergency.
 *
 * @param position the position
 * @param cover who covers it
 * @param occurredAt when it happened
 */
public record EmergencyCoverNamed(PositionId position, EmployeeId cover, Instant occurredAt) implements SuccessionEvent {
  /**
   * Creates the event.
   *
   * @param position the position
   * @param cover who covers it
   * @param occurredAt when it happened
   * @throws NullPointerException if a part is null
   */
  public EmergencyCoverNamed {
    Checks.notNull("position", position);
    Checks.notNull("cover", cover);
    Checks.notNull("occurredAt", occurredAt);
  }
}
