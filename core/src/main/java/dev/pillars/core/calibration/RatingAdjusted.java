package dev.pillars.core.calibration;

import dev.pillars.core.Checks;
import java.time.Instant;

/**
 * A rating was adjusted in a calibration session.
 *
 * @param sessionId the session
 * @param adjustment the adjustment, with actor, time, levels and reason
 */
public record RatingAdjusted(CalibrationSessionId sessionId, Adjustment adjustment) implements CalibrationEvent {
  /**
   * Creates the event.
   *
   * @param sessionId the session
   * @param adjustment the adjustment
   */
  public RatingAdjusted {
    Checks.notNull("sessionId", sessionId);
    Checks.notNull("adjustment", adjustment);
  }

  @Override
  public Instant occurredAt() {
    return adjustment.at();
  }
}
