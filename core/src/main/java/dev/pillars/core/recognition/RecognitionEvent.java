package dev.pillars.core.recognition;

import dev.pillars.core.event.DomainEvent;

/**
 * A change to a {@link Recognition}: given or withdrawn. The set is closed, so a host can handle
 * every kind; {@link #aggregateId()} is the recognition's id.
 */
public sealed interface RecognitionEvent extends DomainEvent permits RecognitionGiven, RecognitionWithdrawn {
  /**
   * Returns the recognition that changed.
   *
   * @return the recognition's id
   */
  RecognitionId recognitionId();

  /**
   * Returns the recognition's id as text.
   *
   * @return the recognition id
   */
  @Override
  default String aggregateId() {
    return recognitionId().value();
  }
}
