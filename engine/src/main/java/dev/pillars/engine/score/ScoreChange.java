package dev.pillars.engine.score;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.goal.GoalId;
import java.util.Optional;

/**
 * A goal whose score a what-if would change.
 *
 * @param goal the goal
 * @param before its score now, with its receipt; empty if it has none
 * @param after its score with the changes, with its receipt; empty if it would have none
 */
public record ScoreChange(GoalId goal, Optional<GoalScore> before, Optional<GoalScore> after) {
  /**
   * Creates a score change.
   *
   * @param goal the goal
   * @param before its score now
   * @param after its score with the changes
   * @throws NullPointerException if an argument is null
   */
  public ScoreChange {
    requireNonNull(goal, "goal");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
  }
}
