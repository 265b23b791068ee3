package dev.pillars.core.succession;

import dev.pillars.core.event.DomainEvent;

/**
 * A change to a {@link SuccessionPlan}: created, a candidate nominated or re-assessed, a
 * candidate withdrawn, emergency cover named. {@link #aggregateId()} is the position's id.
 */
public sealed interface SuccessionEvent extends DomainEvent
    permits SuccessionPlanCreated, CandidateNominated, CandidateWithdrawn, EmergencyCoverNamed {
  /**
   * Returns the position whose plan changed.
   *
   * @return the position's id
   */
  PositionId position();

  @Override
  default String aggregateId() {
    return position().value();
  }
}
