package dev.pillars.core.coaching;

import dev.pillars.core.Checks;
import java.time.Instant;

/**
 * The follow-up of a coaching session was held.
 *
 * @param sessionId the session
 * @param notes what the follow-up found
 * @param occurredAt when it was recorded
 */
public record FollowUpHeld(CoachingSessionId sessionId, String notes, Instant occurredAt) implements CoachingEvent {
  /**
   * Creates the event.
   *
   * @param sessionId the session
   * @param notes the notes
   * @param occurredAt when it was recorded
   * @throws NullPointerException if a part is null
   */
  public FollowUpHeld {
    Checks.notNull("sessionId", sessionId);
    Checks.notNull("notes", notes);
    Checks.notNull("occurredAt", occurredAt);
  }
}
