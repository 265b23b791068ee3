package dev.pillars.core.calibration;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.time.Instant;

/**
 * A calibration session was closed: its ratings are final.
 *
 * @param sessionId the session
 * @param actor the calibrator who closed it
 * @param adjustments how many adjustments the session applied
 * @param occurredAt when
 */
public record CalibrationSessionClosed(
    CalibrationSessionId sessionId, EmployeeId actor, int adjustments, Instant occurredAt)
    implements CalibrationEvent {
  /**
   * Creates the event.
   *
   * @param sessionId the session
   * @param actor the calibrator
   * @param adjustments how many adjustments, 0 or more
   * @param occurredAt when
   * @throws dev.pillars.core.InvalidInputException if {@code adjustments} is negative
   */
  public CalibrationSessionClosed {
    Checks.notNull("sessionId", sessionId);
    Checks.notNull("actor", actor);
    Checks.notNull("occurredAt", occurredAt);
    Checks.require(adjustments >= 0, "adjustments", adjustments, "must be 0 or more");
  }
}
