package dev.pillars.core.goal;

import dev.pillars.core.Checks;
import java.time.Instant;

/**
 * A check-in was recorded on a goal. The host appends {@link #checkIn()} to the goal's {@link
 * CheckInHistory}.
 *
 * @param checkIn the check-in
 */
public record CheckInRecorded(CheckIn checkIn) implements GoalEvent {
  /**
   * Creates the event.
   *
   * @param checkIn the check-in
   * @throws NullPointerException if {@code checkIn} is null
   */
  public CheckInRecorded {
    Checks.notNull("checkIn", checkIn);
  }

  @Override
  public GoalId goalId() {
    return checkIn.goalId();
  }

  /**
   * Returns when the check-in was made.
   *
   * @return the check-in's time
   */
  @Override
  public Instant occurredAt() {
    return checkIn.at();
  }
}
