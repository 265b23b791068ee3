package dev.pillars.core.feedback;

import dev.pillars.core.event.DomainEvent;

/**
 * A change to a {@link ThreeSixtyRound}; no event names a rater or the group of an answer.
 * {@link #aggregateId()} is the round's id.
 */
public sealed interface ThreeSixtyRoundEvent extends DomainEvent permits ThreeSixtyRoundOpened, ThreeSixtyResponseRecorded {
  /**
   * Returns the round that changed.
   *
   * @return its id
   */
  ThreeSixtyRoundId roundId();

  @Override
  default String aggregateId() {
    return roundId().value();
  }
}
