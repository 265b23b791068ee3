package dev.pillars.core.development;

import dev.pillars.core.event.DomainEvent;

/**
 * A change to a {@link DevelopmentPlan}: created, a development goal linked, an action added, an
 * action's status changed, an action's milestone reached. {@link #aggregateId()} is the plan's id.
 */
public sealed interface PlanEvent extends DomainEvent
    permits PlanCreated, DevelopmentGoalLinked, ActionAdded, ActionStatusChanged, ActionMilestoneReached {
  /**
   * Returns the plan that changed.
   *
   * @return the plan's id
   */
  PlanId planId();

  @Override
  default String aggregateId() {
    return planId().value();
  }
}
