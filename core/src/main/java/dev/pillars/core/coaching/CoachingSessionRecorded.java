package dev.pillars.core.coaching;

import dev.pillars.core.Checks;
import java.time.Instant;

/**
 * A coaching session was recorded.
 *
 * @param session the session as recorded
 * @param occurredAt when it was recorded
 */
public record CoachingSessionRecorded(CoachingSession session, Instant occurredAt) implements CoachingEvent {
  /**
   * Creates the event.
   *
   * @param session the session
   * @param occurredAt when it was recorded
   * @throws NullPointerException if a part is null
   */
  public CoachingSessionRecorded {
    Checks.notNull("session", session);
    Checks.notNull("occurredAt", occurredAt);
  }

  @Override
  public CoachingSessionId sessionId() {
    return session.id();
  }
}
