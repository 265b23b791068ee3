package dev.pillars.core.alignment;

import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The walks behind {@link AlignmentGraph}'s queries: breadth-first reachability, the upward path
 * that a new link's cycle check looks for, the best path to an objective and alignment coverage.
 * Each works on the graph's goal array and one adjacency ({@link Csr}), by goal index.
 */
final class GraphWalks {
  private GraphWalks() {}

  /** Returns the goals reachable from {@code start} along {@code adjacency}, breadth-first. */
  static Set<GoalId> reachable(Goal[] goals, Csr adjacency, int start) {
    BitSet seen = new BitSet();
    seen.set(start);
    int[] queue = new int[Math.max(4, adjacency.degree(start))];
    int head = 0;
    int tail = 0;
    queue[tail++] = start;
    Set<GoalId> result = new LinkedHashSet<>();
    while (head < tail) {
      int u = queue[head++];
      for (int k = adjacency.start[u]; k < adjacency.start[u + 1]; k++) {
        int v = adjacency.target[k];
        if (!seen.get(v)) {
          seen.set(v);
          result.add(goals[v].id());
          if (tail == queue.length) {
            queue = Arrays.copyOf(queue, queue.length * 2);
          }
          queue[tail++] = v;
        }
      }
    }
    return Collections.unmodifiableSet(result);
  }

  /**
   * Searches upwards from {@code from} for {@code to}, breadth-first, and returns the shortest
   * path from {@code from} to {@code to} in link direction, or null if {@code to} is not an
   * ancestor of {@code from}.
   */
  static @Nullable List<GoalId> upwardPath(Goal[] goals, Csr up, int from, int to) {
    Map<Integer, Integer> previous = new HashMap<>();
    previous.put(from, from);
    int[] queue = new int[16];
    int head = 0;
    int tail = 0;
    queue[tail++] = from;
    while (head < tail) {
      int u = queue[head++];
      if (u == to) {
        List<GoalId> path = new ArrayList<>();
        for (int at = to; at != from; at = previous.get(at)) {
          path.add(goals[at].id());
        }
        path.add(goals[from].id());
        Collections.reverse(path);
        return path;
      }
      for (int k = up.start[u]; k < up.start[u + 1]; k++) {
        int v = up.target[k];
        if (!previous.containsKey(v)) {
          previous.put(v, u);
          if (tail == queue.length) {
            queue = Arrays.copyOf(queue, queue.length * 2);
          }
          queue[tail++] = v;
        }
      }
    }
    return null;
  }

  /**
   * See {@link AlignmentGraph#pathToObjective}; {@code start} is a goal index.
   *
   * <p>Breadth-first, layer by layer, so every goal is first reached by a shortest path; each goal
   * keeps the best of its shortest paths (largest product of link weights, then the smaller id one
   * step down), which is the best extension of the best path to the goal below it. Products are
   * compared as sums of logarithms where those differ by more than their rounding can explain, and
   * exactly otherwise, so the documented tie rule holds (2 × 5 ties with 10 × 1).
   */
  static Optional<List<GoalId>> pathToObjective(Goal[] goals, Csr up, int start) {
    if (goals[start].level() == GoalLevel.ORGANISATION) {
      return Optional.of(List.of(goals[start].id()));
    }
    BitSet seen = new BitSet();
    seen.set(start);
    Map<Integer, Integer> previous = new HashMap<>();
    Map<Integer, Double> stepWeight = new HashMap<>();
    Map<Integer, Double> logWeight = new HashMap<>();
    logWeight.put(start, 0.0);
    List<Integer> layer = List.of(start);
    for (int depth = 1; !layer.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int u : layer) {
        double base = logWeight.get(u);
        for (int k = up.start[u]; k < up.start[u + 1]; k++) {
          int p = up.target[k];
          if (seen.get(p)) {
            continue; // reached by a shorter path
          }
          double w = up.weight[k];
          double candidate = base + Math.log(w);
          Integer before = previous.get(p);
          if (before == null) {
            next.add(p);
          } else {
            int order = compare(candidate, logWeight.get(p), depth, u, w, before, stepWeight.get(p), previous, stepWeight);
            if (order < 0 || (order == 0 && goals[u].id().compareTo(goals[before].id()) >= 0)) {
              continue;
            }
          }
          previous.put(p, u);
          stepWeight.put(p, w);
          logWeight.put(p, candidate);
        }
      }
      int best = -1;
      for (int p : next) {
        seen.set(p);
        if (goals[p].level() == GoalLevel.ORGANISATION
            && (best < 0 || better(goals, p, best, depth, logWeight, previous, stepWeight))) {
          best = p;
        }
      }
      if (best >= 0) {
        List<GoalId> path = new ArrayList<>();
        for (Integer at = best; at != null; at = previous.get(at)) {
          path.add(goals[at].id());
        }
        Collections.reverse(path);
        return Optional.of(List.copyOf(path));
      }
      layer = next;
    }
    return Optional.empty();
  }

  /** Whether objective {@code p} beats objective {@code best}, both {@code depth} links up. */
  private static boolean better(
      Goal[] goals,
      int p,
      int best,
      int depth,
      Map<Integer, Double> logWeight,
      Map<Integer, Integer> previous,
      Map<Integer, Double> stepWeight) {
    int order =
        compare(logWeight.get(p), logWeight.get(best), depth, previous.get(p), stepWeight.get(p),
            previous.get(best), stepWeight.get(best), previous, stepWeight);
    return order > 0 || (order == 0 && goals[p].id().compareTo(goals[best].id()) < 0);
  }

  /**
   * Compares the weight products of two paths of {@code depth} links: the best path to {@code a}
   * then a link of weight {@code wa}, against the same for {@code b}. Their sums of logarithms
   * {@code logA} and {@code logB} decide where they differ by more than the rounding of {@code
   * depth} logarithms and additions can explain; otherwise the products are compared exactly,
   * over the links where the two paths differ (they are equally long, so walking both down in
   * step reaches the goal where they meet).
   */
  private static int compare(
      double logA,
      double logB,
      int depth,
      int a,
      double wa,
      int b,
      double wb,
      Map<Integer, Integer> previous,
      Map<Integer, Double> stepWeight) {
    double rounding = 2 * depth * (Math.ulp(745.2) + Math.ulp(745.2 * depth));
    if (Math.abs(logA - logB) > rounding) {
      return logA > logB ? 1 : -1;
    }
    List<Double> left = new ArrayList<>(List.of(wa));
    List<Double> right = new ArrayList<>(List.of(wb));
    for (int x = a, y = b; x != y; x = previous.get(x), y = previous.get(y)) {
      left.add(stepWeight.get(x));
      right.add(stepWeight.get(y));
    }
    return ExactProduct.compare(left, right);
  }

  /** See {@link AlignmentGraph#alignmentCoverage}. */
  static OptionalDouble alignmentCoverage(Goal[] goals, Csr up, int[] topo) {
    boolean[] reaches = new boolean[goals.length];
    for (int i : topo) {
      boolean r = goals[i].level() == GoalLevel.ORGANISATION;
      for (int k = up.start[i]; !r && k < up.start[i + 1]; k++) {
        r = reaches[up.target[k]];
      }
      reaches[i] = r;
    }
    int individuals = 0;
    int covered = 0;
    for (int i = 0; i < goals.length; i++) {
      if (goals[i].level() == GoalLevel.INDIVIDUAL) {
        individuals++;
        if (reaches[i]) {
          covered++;
        }
      }
    }
    return individuals == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) covered / individuals);
  }
}
