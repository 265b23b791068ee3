package dev.pillars.core.recognition;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.time.Instant;

/**
 * A recognition was withdrawn; the points it awarded go back to the giver's budget.
 *
 * @param recognitionId the recognition
 * @param giver who had given it
 * @param points the points it had awarded in all, 0 or more
 * @param occurredAt when it was withdrawn
 */
public record RecognitionWithdrawn(RecognitionId recognitionId, EmployeeId giver, long points, Instant occurredAt)
    implements RecognitionEvent {
  /**
   * Creates the event.
   *
   * @param recognitionId the recognition
   * @param giver who had given it
   * @param points the points it had awarded in all, 0 or more
   * @param occurredAt when it was withdrawn
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if {@code points} is negative
   */
  public RecognitionWithdrawn {
    Checks.notNull("recognitionId", recognitionId);
    Checks.notNull("giver", giver);
    Checks.notNull("occurredAt", occurredAt);
    Checks.require(points >= 0, "points", points, "must not be negative");
  }
}
