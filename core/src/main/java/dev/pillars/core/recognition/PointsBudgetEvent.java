package dev.pillars.core.recognition;

import dev.pillars.core.event.DomainEvent;

/**
 * A change to a {@link PointsBudget}: allotted, points spent on an award, points refunded by a
 * withdrawal. The set is closed; {@link #aggregateId()} is the budget's id.
 */
public sealed interface PointsBudgetEvent extends DomainEvent permits PointsBudgetAllotted, PointsSpent, PointsRefunded {
  /**
   * Returns the budget that changed.
   *
   * @return the budget's id
   */
  PointsBudgetId budgetId();

  /**
   * Returns the budget's id as text.
   *
   * @return the budget id
   */
  @Override
  default String aggregateId() {
    return budgetId().value();
  }
}
