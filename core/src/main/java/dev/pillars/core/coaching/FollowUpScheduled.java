package dev.pillars.core.coaching;

import dev.pillars.core.Checks;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A follow-up of a coaching session was scheduled.
 *
 * @param sessionId the session
 * @param on the day of the follow-up
 * @param occurredAt when it was scheduled
 */
public record FollowUpScheduled(CoachingSessionId sessionId, LocalDate on, Instant occurredAt) implements CoachingEvent {
  /**
   * Creates the event.
   *
   * @param sessionId the session
   * @param on the day of the follow-up
   * @param occurredAt when it was scheduled
   * @throws NullPointerException if a part is null
   */
  public FollowUpScheduled {
    Checks.notNull("sessionId", sessionId);
    Checks.notNull("on", on);
    Checks.notNull("occurredAt", occurredAt);
  }
}
