package dev.pillars.core.feedback;

import dev.pillars.core.event.DomainEvent;

/** A change to a {@link FeedbackRequest}; {@link #aggregateId()} is the request's id. */
public sealed interface FeedbackRequestEvent extends DomainEvent permits FeedbackRequested, RespondentStatusChanged {
  /**
   * Returns the request that changed.
   *
   * @return its id
   */
  FeedbackRequestId requestId();

  @Override
  default String aggregateId() {
    return requestId().value();
  }
}
