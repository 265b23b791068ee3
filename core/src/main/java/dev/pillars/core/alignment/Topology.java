package dev.pillars.core.alignment;

import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The topological order of an {@link AlignmentGraph}'s goals (parents before children), and the
 * cycle reported when the links admit none.
 */
final class Topology {
  private Topology() {}

  /** Returns whether {@code parent} comes before {@code child} in the order {@code topo}. */
  static boolean comesBefore(int[] topo, int parent, int child) {
    for (int i : topo) {
      if (i == parent) {
        return true;
      }
      if (i == child) {
        return false;
      }
    }
    throw new AssertionError("goal missing from the topological order");
  }

  /**
   * Kahn's algorithm: returns the goal indices with parents before children, or an array shorter
   * than {@code n} holding only the goals that do not lie on or below a cycle.
   */
  static int[] sort(int n, Csr up, Csr down) {
    int[] pending = new int[n];
    int[] order = new int[n];
    int tail = 0;
    for (int i = 0; i < n; i++) {
      pending[i] = up.degree(i);
      if (pending[i] == 0) {
        order[tail++] = i;
      }
    }
    for (int head = 0; head < tail; head++) {
      int u = order[head];
      for (int k = down.start[u]; k < down.start[u + 1]; k++) {
        int v = down.target[k];
        if (--pending[v] == 0) {
          order[tail++] = v;
        }
      }
    }
    return tail == n ? order : Arrays.copyOf(order, tail);
  }

  /**
   * Finds one cycle among the goals the topological sort left over. Each of them has a parent
   * that was left over too (otherwise it would have been sorted), so walking from any of them
   * to a left-over parent must revisit a goal: the walk from its first visit is a cycle.
   */
  static AlignmentCycleException cycle(
      int n, Goal[] goals, Csr up, int[] linkOrder, int[] sorted) {
    boolean[] done = new boolean[n];
    for (int i : sorted) {
      done[i] = true;
    }
    int start = 0;
    while (done[start]) {
      start++;
    }
    int[] step = new int[n];
    Arrays.fill(step, -1);
    int[] walk = new int[n + 1];
    int[] edge = new int[n + 1];
    int length = 0;
    int u = start;
    while (step[u] < 0) {
      step[u] = length;
      walk[length] = u;
      int k = up.start[u];
      while (done[up.target[k]]) {
        k++;
      }
      edge[length] = k;
      length++;
      u = up.target[k];
    }
    int first = step[u];
    // the closing link is the cycle's link that was added last
    int closing = first;
    for (int s = first; s < length; s++) {
      if (linkOrder[edge[s]] > linkOrder[edge[closing]]) {
        closing = s;
      }
    }
    int size = length - first;
    List<GoalId> cycle = new ArrayList<>(size + 1);
    for (int s = 0; s <= size; s++) {
      int at = first + (closing - first + 1 + s) % size;
      cycle.add(goals[walk[at]].id());
    }
    GoalId child = goals[walk[closing]].id();
    GoalId parent = goals[up.target[edge[closing]]].id();
    return new AlignmentCycleException(child, parent, cycle);
  }
}
