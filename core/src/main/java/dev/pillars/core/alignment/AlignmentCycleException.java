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
 * g3 -> g1"}. {@link #cycle()} holds the same goals as a list.
 */
public final class AlignmentCycleException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

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
        "linking " + child + " -> " + parent + " would close the cycle "
            + cycle.stream().map(GoalId::toString).collect(Collectors.joining(" -> ")));
    this.child = child.value();
    this.parent = parent.value();
    this.cycle = cycle.stream().map(GoalId::value).toArray(String[]::new);
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
