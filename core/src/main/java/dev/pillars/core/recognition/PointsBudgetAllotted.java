package dev.pillars.core.recognition;

import dev.pillars.core.Checks;
import java.time.Instant;

/**
 * A giver was allotted a points budget for a period.
 *
 * @param budget the budget as allotted
 * @param occurredAt when it was allotted
 */
public record PointsBudgetAllotted(PointsBudget budget, Instant occurredAt) implements PointsBudgetEvent {
  /**
   * Creates the event.
   *
   * @param budget the budget as allotted
   * @param occurredAt when it was allotted
   * @throws NullPointerException if a part is null
   */
  public PointsBudgetAllotted {
    Checks.notNull("budget", budget);
    Checks.notNull("occurredAt", occurredAt);
  }

  @Override
  public PointsBudgetId budgetId() {
    return budget.id();
  }
}
