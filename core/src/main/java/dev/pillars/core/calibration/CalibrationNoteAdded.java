package dev.pillars.core.calibration;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.time.Instant;

/**
 * A calibrator added a note to a session. The note's text is not in the event: only calibrators may
 * read it, through the session.
 *
 * @param sessionId the session
 * @param author the calibrator
 * @param occurredAt when
 */
public record CalibrationNoteAdded(CalibrationSessionId sessionId, EmployeeId author, Instant occurredAt)
    implements CalibrationEvent {
  /**
   * Creates the event.
   *
   * @param sessionId the session
   * @param author the calibrator
   * @param occurredAt when
   */
  public CalibrationNoteAdded {
    Checks.notNull("sessionId", sessionId);
    Checks.notNull("author", author);
    Checks.notNull("occurredAt", occurredAt);
  }
}
