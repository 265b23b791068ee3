package dev.pillars.core.goal;

import dev.pillars.core.Checks;
import java.time.Instant;

/**
 * A milestone of a goal's checklist was reached.
 *
 * @param goalId the goal
 * @param index the milestone's position in the checklist, from 0
 * @param title the milestone's title
 * @param progress the goal's progress after the change: the share of milestones reached
 * @param occurredAt when it was reached
 */
public record MilestoneCompleted(GoalId goalId, int index, String title, double progress, Instant occurredAt)
    implements GoalEvent {
  /**
   * Creates the event.
   *
   * @param goalId the goal
   * @param index the milestone's position in the checklist, from 0
   * @param title the milestone's title
   * @param progress the goal's progress after the change: the share of milestones reached
   * @param occurredAt when it was reached
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if {@code index} is negative, {@code title} is
   *     blank, {@code progress} is outside (0, 1]
   */
  public MilestoneCompleted {
    Checks.notNull("goalId", goalId);
    Checks.notNull("title", title);
    Checks.notNull("occurredAt", occurredAt);
    Checks.inRange("index", index, 0, Integer.MAX_VALUE);
    Checks.notBlank("title", title);
    Checks.require(progress > 0 && progress <= 1, "progress", progress, "must be above 0 and at most 1");
  }
}
