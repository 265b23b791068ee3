package dev.pillars.core.coaching;

import dev.pillars.core.event.DomainEvent;

/**
 * A change to a {@link CoachingSession}: recorded, a follow-up scheduled, the follow-up held.
 * {@link #aggregateId()} is the session's id.
 */
public sealed interface CoachingEvent extends DomainEvent
    permits CoachingSessionRecorded, FollowUpScheduled, FollowUpHeld {
  /**
   * Returns the session that changed.
   *
   * @return the session's id
   */
  CoachingSessionId sessionId();

  @Override
  default String aggregateId() {
    return sessionId().value();
  }
}
