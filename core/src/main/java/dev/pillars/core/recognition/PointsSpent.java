package dev.pillars.core.recognition;

import dev.pillars.core.Checks;
import java.time.Instant;

/**
 * Points of a budget were spent on a recognition's award.
 *
 * @param budgetId the budget
 * @param recognitionId the recognition that awarded them
 * @param points how many were spent, at least 1
 * @param remaining how many the budget has left after the spending
 * @param occurredAt when they were spent
 */
public record PointsSpent(
    PointsBudgetId budgetId, RecognitionId recognitionId, long points, long remaining, Instant occurredAt)
    implements PointsBudgetEvent {
  /**
   * Creates the event.
   *
   * @param budgetId the budget
   * @param recognitionId the recognition that awarded them
   * @param points how many were spent, at least 1
   * @param remaining how many the budget has left after the spending, 0 or more
   * @param occurredAt when they were spent
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if {@code points} is below 1 or {@code remaining}
   *     negative
   */
  public PointsSpent {
    Checks.notNull("budgetId", budgetId);
    Checks.notNull("recognitionId", recognitionId);
    Checks.notNull("occurredAt", occurredAt);
    Checks.require(points >= 1, "points", points, "must be at least 1");
    Checks.require(remaining >= 0, "remaining", remaining, "must not be negative");
  }
}
