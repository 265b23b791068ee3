package dev.pillars.core.goal;

import dev.pillars.core.event.DomainEvent;

/**
 * A change to a {@link Goal}: created, moved to another status, reweighted, transferred to another
 * owner, a milestone completed,
 * a check-in recorded. The set of events is closed, so a host can handle every kind; {@link
 * #aggregateId()} is the goal's id.
 */
public sealed interface GoalEvent extends DomainEvent
    permits GoalCreated, GoalStatusChanged, GoalReweighted, GoalTransferred, MilestoneCompleted, CheckInRecorded {
  /**
   * Returns the goal that changed.
   *
   * @return the goal's id
   */
  GoalId goalId();

  /**
   * Returns the goal's id as text.
   *
   * @return the goal id
   */
  @Override
  default String aggregateId() {
    return goalId().value();
  }
}
