package dev.pillars.core.alignment;

import dev.pillars.core.Checks;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import java.util.Map;

/**
 * An index-based, read-only view of an {@link AlignmentGraph}, for algorithms that walk the whole
 * graph without allocating, such as the scoring roll-up.
 *
 * <p>Goals are numbered {@code 0 .. size() - 1} in the order {@link AlignmentGraph#goals()} lists
 * them. The parents of goal {@code i} are {@code parentAt(i, 0) .. parentAt(i, parentCount(i) -
 * 1)}, with the link weights at the same positions; children likewise. {@link
 * #topologicalOrder()} lists the indices with parents before children. The indices belong to this
 * view's graph only: another graph, even an equal one, may number its goals differently.
 *
 * <p>Obtaining the view copies nothing; it is immutable and safe to share between threads. An
 * index or position out of range is rejected with an {@link dev.pillars.core.InvalidInputException}.
 */
public final class CompactGraph {
  private final Goal[] goals;
  private final Map<GoalId, Integer> index;
  private final Csr up;
  private final Csr down;
  private final int[] topo;

  CompactGraph(Goal[] goals, Map<GoalId, Integer> index, Csr up, Csr down, int[] topo) {
    this.goals = goals;
    this.index = index;
    this.up = up;
    this.down = down;
    this.topo = topo;
  }

  /**
   * Returns the number of goals.
   *
   * @return the number of goals
   */
  public int size() {
    return goals.length;
  }

  /**
   * Returns the number of links.
   *
   * @return the number of links
   */
  public int linkCount() {
    return up.target.length;
  }

  /**
   * Returns the index of a goal.
   *
   * @param id the goal id
   * @return the goal's index, or -1 if the graph does not hold it
   */
  public int indexOf(GoalId id) {
    Checks.notNull("id", id);
    Integer i = index.get(id);
    return i == null ? -1 : i;
  }

  /**
   * Returns the goal at an index.
   *
   * @param index the index, from 0 to {@code size() - 1}
   * @return the goal
   */
  public Goal goalAt(int index) {
    return goals[checkIndex(index)];
  }

  /**
   * Returns the number of parents of a goal: the goals it contributes to.
   *
   * @param index the goal's index
   * @return the number of parents
   */
  public int parentCount(int index) {
    return up.degree(checkIndex(index));
  }

  /**
   * Returns the index of a goal's parent.
   *
   * @param index the goal's index
   * @param position the parent's position, from 0 to {@code parentCount(index) - 1}
   * @return the parent's index
   */
  public int parentAt(int index, int position) {
    return up.target[position(up, index, position)];
  }

  /**
   * Returns the weight of the link from a goal to one of its parents.
   *
   * @param index the goal's index
   * @param position the parent's position, from 0 to {@code parentCount(index) - 1}
   * @return the link's weight, positive and finite
   */
  public double parentWeightAt(int index, int position) {
    return up.weight[position(up, index, position)];
  }

  /**
   * Returns the number of children of a goal: the goals that contribute to it.
   *
   * @param index the goal's index
   * @return the number of children
   */
  public int childCount(int index) {
    return down.degree(checkIndex(index));
  }

  /**
   * Returns the index of a goal's child.
   *
   * @param index the goal's index
   * @param position the child's position, from 0 to {@code childCount(index) - 1}
   * @return the child's index
   */
  public int childAt(int index, int position) {
    return down.target[position(down, index, position)];
  }

  /**
   * Returns the weight of the link from one of a goal's children to the goal.
   *
   * @param index the goal's index
   * @param position the child's position, from 0 to {@code childCount(index) - 1}
   * @return the link's weight, positive and finite
   */
  public double childWeightAt(int index, int position) {
    return down.weight[position(down, index, position)];
  }

  /**
   * Returns every goal index in a topological order: each parent before all of its children.
   * Walk it backwards for a bottom-up roll-up.
   *
   * @return a new array of {@code size()} indices, each once
   */
  public int[] topologicalOrder() {
    return topo.clone();
  }

  private int checkIndex(int index) {
    return Checks.inRange("index", index, 0, goals.length - 1);
  }

  private int position(Csr rows, int index, int position) {
    checkIndex(index);
    Checks.inRange("position", position, 0, rows.degree(index) - 1);
    return rows.start[index] + position;
  }
}
