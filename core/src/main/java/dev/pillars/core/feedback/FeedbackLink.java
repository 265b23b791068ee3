package dev.pillars.core.feedback;

import dev.pillars.core.Checks;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.org.CompanyValueId;

/** What a piece of feedback is about: a goal, a competency or a company value. */
public sealed interface FeedbackLink {
  /**
   * Returns a link to a goal.
   *
   * @param goal the goal
   * @return the link
   */
  static FeedbackLink goal(GoalId goal) {
    return new ToGoal(goal);
  }

  /**
   * Returns a link to a competency.
   *
   * @param competency the competency
   * @return the link
   */
  static FeedbackLink competency(CompetencyId competency) {
    return new ToCompetency(competency);
  }

  /**
   * Returns a link to a company value.
   *
   * @param value the value
   * @return the link
   */
  static FeedbackLink value(CompanyValueId value) {
    return new ToValue(value);
  }

  /**
   * Feedback about a goal.
   *
   * @param goal the goal
   */
  record ToGoal(GoalId goal) implements FeedbackLink {
    /**
     * Creates the link.
     *
     * @param goal the goal
     * @throws NullPointerException if {@code goal} is null
     */
    public ToGoal {
      Checks.notNull("goal", goal);
    }
  }

  /**
   * Feedback about a competency.
   *
   * @param competency the competency
   */
  record ToCompetency(CompetencyId competency) implements FeedbackLink {
    /**
     * Creates the link.
     *
     * @param competency the competency
     * @throws NullPointerException if {@code competency} is null
     */
    public ToCompetency {
      Checks.notNull("competency", competency);
    }
  }

  /**
   * Feedback tied to a company value.
   *
   * @param value the company value
   */
  record ToValue(CompanyValueId value) implements FeedbackLink {
    /**
     * Creates the link.
     *
     * @param value the company value
     * @throws NullPointerException if {@code value} is null
     */
    public ToValue {
      Checks.notNull("value", value);
    }
  }
}
