package dev.pillars.core.goal;

import dev.pillars.core.Checks;

/**
 * One item of a goal's milestone checklist.
 *
 * @param title what the milestone is, not blank
 * @param done whether it is reached
 */
public record Milestone(String title, boolean done) {
  /**
   * Creates a milestone.
   *
   * @param title what the milestone is, not blank
   * @param done whether it is reached
   * @throws dev.pillars.core.InvalidInputException if {@code title} is blank
   */
  public Milestone {
    Checks.notBlank("milestone.title", title);
  }

  /**
   * Returns an open milestone.
   *
   * @param title what the milestone is
   * @return the milestone, not done
   */
  public static Milestone open(String title) {
    return new Milestone(title, false);
  }

  /**
   * Returns this milestone marked as reached.
   *
   * @return a done copy
   */
  public Milestone complete() {
    return new Milestone(title, true);
  }
}
