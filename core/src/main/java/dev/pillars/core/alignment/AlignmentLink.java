package dev.pillars.core.alignment;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.goal.GoalId;

/**
 * A weighted alignment link: the child goal contributes to the parent goal.
 *
 * <p>The weight says how much the child counts among the parent's children, relative to its
 * siblings; it is positive and finite. A goal is never linked to itself.
 *
 * @param child the contributing goal
 * @param parent the goal contributed to, different from {@code child}
 * @param weight the link's weight, positive and finite
 */
public record AlignmentLink(GoalId child, GoalId parent, double weight) {
  /**
   * Creates a link.
   *
   * @param child the contributing goal
   * @param parent the goal contributed to, different from {@code child}
   * @param weight the link's weight, positive and finite
   * @throws NullPointerException if an id is null
   * @throws dev.pillars.core.InvalidInputException if the weight is not positive and finite or
   *     {@code child} equals {@code parent}
   */
  public AlignmentLink {
    check(child, parent, weight);
  }

  /**
   * Returns a link from {@code child} to {@code parent} with the given weight.
   *
   * @param child the contributing goal
   * @param parent the goal contributed to
   * @param weight the weight, positive and finite
   * @return the link
   * @throws NullPointerException if an id is null
   * @throws dev.pillars.core.InvalidInputException if the weight is not positive and finite or
   *     {@code child} equals {@code parent}
   */
  public static AlignmentLink of(GoalId child, GoalId parent, double weight) {
    return new AlignmentLink(child, parent, weight);
  }

  /**
   * Returns a link from {@code child} to {@code parent} with weight 1.
   *
   * @param child the contributing goal
   * @param parent the goal contributed to
   * @return the link
   * @throws NullPointerException if an id is null
   * @throws dev.pillars.core.InvalidInputException if {@code child} equals {@code parent}
   */
  public static AlignmentLink of(GoalId child, GoalId parent) {
    return new AlignmentLink(child, parent, 1.0);
  }

  /**
   * Returns the link as text, such as {@code g3 -> g1 (2.0)}.
   *
   * @return the link as text
   */
  @Override
  public String toString() {
    return child + " -> " + parent + " (" + weight + ")";
  }

  /** The rules of a link, shared with the graph builder that stores links without this record. */
  static void check(GoalId child, GoalId parent, double weight) {
    Checks.notNull("child", child);
    Checks.notNull("parent", parent);
    Checks.positive("weight", weight);
    if (child.equals(parent)) {
      throw new InvalidInputException("parent", parent, "must differ from child " + child + " (no self-links)");
    }
  }
}
