package dev.pillars.core.recognition;

import dev.pillars.core.Checks;
import java.time.Instant;

/**
 * Points of a budget came back to a budget from a withdrawn recognition.
 *
 * @param budgetId the budget
 * @param recognitionId the recognition that was withdrawn
 * @param points how many came back, at least 1
 * @param remaining how many the budget has left after the refund
 * @param occurredAt when they came back
 */
public record PointsRefunded(
    PointsBudgetId budgetId, RecognitionId recognitionId, long points, long remaining, Instant occurredAt)
    implements PointsBudgetEvent {
  /**
   * Creates the event.
   *
   * @param budgetId the budget
   * @param recognitionId the recognition that was withdrawn
   * @param points how many came back, at least 1
   * @param remaining how many the budget has left after the refund, 0 or more
   * @param occurredAt when they came back
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if {@code points} is below 1 or {@code remaining}
   *     negative
   */
  public PointsRefunded {
    Checks.notNull("budgetId", budgetId);
    Checks.notNull("recognitionId", recognitionId);
    Checks.notNull("occurredAt", occurredAt);
    Checks.require(points >= 1, "points", points, "must be at least 1");
    Checks.require(remaining >= 0, "remaining", remaining, "must not be negative");
  }
}
