package dev.pillars.core.calibration;

import dev.pillars.core.event.DomainEvent;

/**
 * A change to a {@link CalibrationSession}: opened, a rating adjusted, a note added, closed. Events
 * never carry a note's text, which only calibrators may read. {@link #aggregateId()} is the
 * session's id.
 */
public sealed interface CalibrationEvent extends DomainEvent
    permits CalibrationSessionOpened, RatingAdjusted, CalibrationNoteAdded, CalibrationSessionClosed {
  /**
   * Returns the session that changed.
   *
   * @return the session's id
   */
  CalibrationSessionId sessionId();

  /**
   * Returns the session's id as text.
   *
   * @return the session id
   */
  @Override
  default String aggregateId() {
    return sessionId().value();
  }
}
