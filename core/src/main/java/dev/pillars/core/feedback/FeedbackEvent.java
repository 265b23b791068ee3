package dev.pillars.core.feedback;

import dev.pillars.core.event.DomainEvent;

/**
 * A change to a piece of {@link Feedback}: given or withdrawn. No event names the giver of
 * anonymous feedback. {@link #aggregateId()} is the feedback's id.
 */
public sealed interface FeedbackEvent extends DomainEvent permits FeedbackGiven, FeedbackWithdrawn {
  /**
   * Returns the feedback that changed.
   *
   * @return its id
   */
  FeedbackId feedbackId();

  @Override
  default String aggregateId() {
    return feedbackId().value();
  }
}
