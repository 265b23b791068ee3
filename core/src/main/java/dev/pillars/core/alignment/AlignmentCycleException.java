package dev.pillars.core.alignment;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.goal.GoalId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An alignment link would close a cycle: the parent already contributes, through other links, to
 * the child. The graph stays as it was.
 *
 * <p>The message names the link and lists the cycle in link direction (each goal contributes to
 * the next), for example {@code "parent was g1: linking g3 -> g1 would close the cycle g1 -> g2 ->
 * g3 -> g1"}. A cycle of more than eight goals is shown by its length, its first three goals and
 * its last three, such as {@code "... would close a cycle of 100000 goals: g0 -> g1 -> g2 -> ...
 * 99994 more ... -> g99998 -> g99999 -> g0"}, so the message stays short. {@link #cycle()} holds
 * every goal of the cycle as a list.
 */
public final class AlignmentCycleException extends InvalidInputException {
  private static final long serialVersionUID = 1L;
  /** The longest cycle the message lists in full. */
  private static final int LISTED = 8;

  // kept as text: the exception is Serializable and GoalId is not
  /** The child goal of the link that closes the cycle. */
  private final String child;
  /** The parent goal of the link that closes the cycle. */
  private final String parent;
  /** The goal ids of the cycle, in link direction (an array: JDK 25's lint wants a Serializable type). */
  private final String[] cycle;

  /**
   * Creates the exception for the link {@code child -> parent} that closes {@code cycle}.
   *
   * @param child the child of the rejected link
   * @param parent the parent of the rejected link
   * @param cycle the cycle in link direction, starting at {@code parent} and ending with {@code
   *     child} followed by {@code parent} again
   */
  AlignmentCycleException(GoalId child, GoalId parent, List<GoalId> cycle) {
    super(
        "parent",
        parent,
        "linking " + child + " -> " + parent + " would close " + describe(cycle));
    this.child = child.value();
    this.parent = parent.value();
    this.cycle = cycle.stream().map(GoalId::value).toArray(String[]::new);
  }

  /**
   * Lists a cycle of up to {@value #LISTED} goals in full; a longer one by its length, its first
   * three goals and its last three, so the message stays short whatever the cycle's length.
   */
  private static String describe(List<GoalId> cycle) {
    int goals = cycle.size() - 1;
    if (goals <= LISTED) {
      return "the cycle " + join(cycle);
    }
    return "a cycle of " + goals + " goals: " + join(cycle.subList(0, 3)) + " -> ... " + (goals - 6)
        + " more ... -> " + join(cycle.subList(goals - 3, goals + 1));
  }

  private static String join(List<GoalId> goals) {
    return goals.stream().map(GoalId::toString).collect(Collectors.joining(" -> "));
  }

  /**
   * Returns the child of the rejected link.
   *
   * @return the child goal
   */
  public GoalId child() {
    return GoalId.of(child);
  }

  /**
   * Returns the parent of the rejected link.
   *
   * @return the parent goal
   */
  public GoalId parent() {
    return GoalId.of(parent);
  }

  /**
   * Returns the cycle the link would close, in link direction: each goal contributes to the next.
   * The list starts at {@link #parent()}, reaches {@link #child()} as its second-to-last element
   * and ends with {@link #parent()} again, so a cycle of {@code k} goals has {@code k + 1} elements.
   *
   * @return the cycle, first and last element equal
   */
  public List<GoalId> cycle() {
    return Arrays.stream(cycle).map(GoalId::of).collect(Collectors.toUnmodifiableList());
  }
}
