package dev.pillars.core.goal;

import dev.pillars.core.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * One check-in on a goal: where the owner says it stands, how confident they are of reaching it,
 * and why.
 *
 * <p>Confidence is a number from 0 (certain to miss) to 1 (certain to reach), not a label, so that
 * analytics can average it, trend it and compare it with measured progress; a host that shows
 * labels maps them to numbers (for example low 0.25, medium 0.5, high 0.75).
 *
 * @param goalId the goal checked in on
 * @param at when the check-in was made
 * @param progress the progress the owner reports, from 0 (nothing done) to 1 (done)
 * @param confidence the owner's confidence of reaching the goal, from 0 to 1
 * @param comment an optional comment, not blank when present
 */
public record CheckIn(GoalId goalId, Instant at, double progress, double confidence, Optional<String> comment) {
  /**
   * Creates a check-in.
   *
   * @param goalId the goal checked in on
   * @param at when the check-in was made
   * @param progress the progress the owner reports, from 0 (nothing done) to 1 (done)
   * @param confidence the owner's confidence of reaching the goal, from 0 to 1
   * @param comment an optional comment, not blank when present
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if {@code progress} or {@code confidence} is
   *     not a finite number from 0 to 1, or {@code comment} is blank
   */
  public CheckIn {
    Checks.notNull("goalId", goalId);
    Checks.notNull("at", at);
    progress = Checks.inRange("progress", progress, 0, 1);
    confidence = Checks.inRange("confidence", confidence, 0, 1);
    Checks.notNull("comment", comment);
    comment.ifPresent(c -> Checks.notBlank("comment", c));
  }
}
