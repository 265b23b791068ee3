package dev.pillars.core.development;

import dev.pillars.core.Checks;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.goal.GoalId;

/**
 * A development goal of a plan: an ordinary {@link dev.pillars.core.goal.Goal} (it aligns, checks
 * in and rolls up like any other) linked to the competency it develops, with the level the person
 * had when the plan took it on and the level it aims at.
 *
 * @param goal the goal
 * @param competency the competency it develops
 * @param startLevel the assessed level when the goal was linked, 0 if the person was not assessed
 * @param targetLevel the level aimed at, above {@code startLevel}
 */
public record DevelopmentGoal(GoalId goal, CompetencyId competency, int startLevel, int targetLevel) {
  /**
   * Creates a development goal.
   *
   * @param goal the goal
   * @param competency the competency
   * @param startLevel the level at the start, 0 or more
   * @param targetLevel the target level, above {@code startLevel}
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if a level is out of range
   */
  public DevelopmentGoal {
    Checks.notNull("goal", goal);
    Checks.notNull("competency", competency);
    Checks.require(startLevel >= 0, "startLevel", startLevel, "must be 0 or more");
    Checks.require(targetLevel > startLevel, "targetLevel", targetLevel, "must be above startLevel " + startLevel);
  }
}
