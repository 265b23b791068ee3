package dev.pillars.engine.score;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.goal.GoalId;
import dev.pillars.scoring.Receipt;
import java.util.Optional;

/**
 * A goal's current score and what explains it.
 *
 * @param goal the goal
 * @param value the score, unrounded
 * @param receipt the receipt that explains it: the roll-up of the goal's children, or the
 *     attainment of its KPI; empty for a goal scored by its own reported progress or milestones
 */
public record GoalScore(GoalId goal, double value, Optional<Receipt> receipt) {
  /**
   * Creates a goal score.
   *
   * @param goal the goal
   * @param value the score
   * @param receipt the receipt, if any
   * @throws NullPointerException if an argument is null
   */
  public GoalScore {
    requireNonNull(goal, "goal");
    requireNonNull(receipt, "receipt");
  }
}
