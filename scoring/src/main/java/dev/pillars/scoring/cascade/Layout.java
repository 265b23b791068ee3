package dev.pillars.scoring.cascade;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.CompactGraph;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The compact form of a cascade: its goals numbered bottom-up, leaves first, and the links that
 * count held as primitive arrays. Built once from a graph and the cascade's {@link Settings};
 * never changed afterwards.
 *
 * <p>The links that count are those from a child whose status the settings count to a parent
 * scored from its children: a goal scored from its own measure ({@link
 * MeasuredParentRule#ownMeasure()}) is laid out as a leaf, and a child whose status is not counted
 * is not linked at all, so the loops never see either.
 */
final class Layout {
  final CompactGraph view;
  final Settings settings;
  /** The number of goals. */
  final int size;
  /** Indices {@code [0, leaves)} are the goals scored from a value of their own. */
  final int leaves;
  /** Cascade index to the graph's index. */
  final int[] indexAt;
  /** The graph's index to cascade index. */
  final int[] positionOf;
  /**
   * Two ints per goal scored from its children, so that an update reads both from one cache line:
   * for parent {@code q} (cascade index {@code leaves + q}), {@code rows[2q]} is the start of its
   * links (which end where the next parent's start, {@code rows[2q + 2]}; a sentinel closes the
   * last) and {@code rows[2q + 1]} is its {@link FastPath} loop (low 8 bits) and the index of its
   * strategy in {@link #strategies} (the bits above).
   */
  final int[] rows;
  /** Per link, the cascade index of the child. Sorted by goal id within a parent. */
  final int[] child;
  /**
   * Per link, the number the fast path uses: the child's share {@code weight / total} for the
   * means, the raw link weight for the others.
   */
  final double[] childWeight;
  /**
   * Per link, the weight a built-in mean gives the child before dividing by the total: the link
   * weight (weighted mean), the link weight times the child's target size (by target), 1 (mean,
   * OKR); the raw link weight for the other loops. Read only for a parent some of whose children
   * have no score, whose shares are then those of the children that have one.
   */
  final double[] linkWeight;
  /**
   * The parents of goal {@code p} that it counts for, each with the link through which it counts,
   * so that an update finds a parent's links and the child's place among them in one read: for the
   * usual single parent, {@code up[p]} holds the parent's cascade index in its high 32 bits ({@link
   * #parentOf}) and the index of the link from it to {@code p} in its low 32 bits ({@link #linkOf});
   * {@code -1} means no parent; a high half of {@code -2 - at} means {@code manyUp[at]} parents,
   * listed in {@code manyUp[at + 1 ..]} as pairs of parent and link.
   */
  final long[] up;
  /** The parent lists of the goals with two or more parents: a count, then parent and link per parent. */
  final int[] manyUp;
  final AggregationStrategy[] strategies;
  /** Target size per cascade index, or null if all are 1. */
  final double @Nullable [] sizes;
  /** Per parent {@code q}, the own value's share under {@link MeasuredParentRule#blend}, else 0; null if no goal blends. */
  final double @Nullable [] blend;
  /** Per cascade index, the goal's {@link MissingScorePolicy}; null if every goal has the cascade's. */
  final MissingScorePolicy @Nullable [] policies;
  /** Whether some goal counts a missing value as 0, so results keep which values were supplied. */
  final boolean anyZero;

  Layout(AlignmentGraph graph, Settings settings) {
    this.view = graph.compact();
    this.settings = settings;
    CompactGraph g = view;
    int n = g.size();
    this.size = n;

    // 1. each goal's rank by id (children are added in that order, as the built-ins do), and
    //    whether it is scored from its children
    GoalId[] ids = new GoalId[n];
    boolean[] fromChildren = new boolean[n];
    Integer[] byId = new Integer[n];
    for (int i = 0; i < n; i++) {
      Goal goal = g.goalAt(i);
      ids[i] = goal.id();
      byId[i] = i;
      fromChildren[i] = g.childCount(i) > 0 && settings.rule(goal).kind() != MeasuredParentRule.Kind.OWN_MEASURE;
    }
    Arrays.sort(byId, (x, y) -> ids[x].compareTo(ids[y]));
    int[] rank = new int[n];
    for (int r = 0; r < n; r++) {
      rank[byId[r]] = r;
    }

    // 2. the links that count, by graph index of the parent, children sorted by rank
    int[] dStart = new int[n + 1];
    int[] parentCount = new int[n];
    int maxDegree = 0;
    for (int i = 0; i < n; i++) {
      int degree = 0;
      if (fromChildren[i]) {
        for (int j = 0; j < g.childCount(i); j++) {
          if (counts(g, g.childAt(i, j))) {
            degree++;
            parentCount[g.childAt(i, j)]++;
          }
        }
      }
      dStart[i + 1] = dStart[i] + degree;
      maxDegree = Math.max(maxDegree, g.childCount(i));
    }
    int m = dStart[n];
    int[] dChild = new int[m];
    double[] dWeight = new double[m];
    long[] keys = new long[maxDegree];
    for (int i = 0; i < n; i++) {
      int degree = 0;
      if (fromChildren[i]) {
        for (int j = 0; j < g.childCount(i); j++) {
          if (counts(g, g.childAt(i, j))) {
            keys[degree++] = ((long) rank[g.childAt(i, j)] << 32) | j;
          }
        }
      }
      Arrays.sort(keys, 0, degree);
      for (int j = 0; j < degree; j++) {
        int original = (int) keys[j];
        dChild[dStart[i] + j] = g.childAt(i, original);
        dWeight[dStart[i] + j] = g.childWeightAt(i, original);
      }
    }

    // 3. top-down order (Kahn), appending a parent's children together
    int[] pending = parentCount.clone();
    int[] order = new int[n];
    int tail = 0;
    for (int i = 0; i < n; i++) {
      if (pending[i] == 0) {
        order[tail++] = i;
      }
    }
    for (int head = 0; head < tail; head++) {
      int u = order[head];
      for (int k = dStart[u]; k < dStart[u + 1]; k++) {
        if (--pending[dChild[k]] == 0) {
          order[tail++] = dChild[k];
        }
      }
    }
    if (tail != n) {
      throw new IllegalStateException("the alignment graph is not acyclic, which it guarantees");
    }

    // 4. cascade indices: reversed (bottom-up), the goals scored from a value of their own first
    int leafCount = 0;
    for (int i = 0; i < n; i++) {
      if (!fromChildren[i]) {
        leafCount++;
      }
    }
    this.leaves = leafCount;
    this.indexAt = new int[n];
    this.positionOf = new int[n];
    int nextLeaf = 0;
    int nextParent = leafCount;
    for (int t = n - 1; t >= 0; t--) {
      int u = order[t];
      int p = fromChildren[u] ? nextParent++ : nextLeaf++;
      indexAt[p] = u;
      positionOf[u] = p;
    }

    // 5. target sizes and missing-score policies by cascade index
    if (settings.sizes().isEmpty()) {
      this.sizes = null;
    } else {
      double[] s = new double[n];
      Arrays.fill(s, 1.0);
      settings.sizes().forEach((id, value) -> s[positionOf[g.indexOf(id)]] = value);
      this.sizes = s;
    }
    boolean zero = settings.missing() == MissingScorePolicy.ZERO;
    if (settings.missingPerGoal().isEmpty()) {
      this.policies = null;
    } else {
      MissingScorePolicy[] p = new MissingScorePolicy[n];
      Arrays.fill(p, settings.missing());
      for (Map.Entry<GoalId, MissingScorePolicy> e : settings.missingPerGoal().entrySet()) {
        p[positionOf[g.indexOf(e.getKey())]] = e.getValue();
        zero |= e.getValue() == MissingScorePolicy.ZERO;
      }
      this.policies = p;
    }
    this.anyZero = zero;

    // 6. strategies of the goals scored from children, and their rows with the loops' numbers
    int parents = n - leafCount;
    Map<List<Object>, Integer> table = new LinkedHashMap<>();
    List<AggregationStrategy> distinct = new ArrayList<>();
    this.rows = new int[2 * parents + 2];
    this.child = new int[m];
    this.childWeight = new double[m];
    this.linkWeight = new double[m];
    double[] blends = null;
    for (int q = 0; q < parents; q++) {
      int u = indexAt[leafCount + q];
      Goal goal = g.goalAt(u);
      AggregationStrategy strategy = settings.strategy(ids[u]);
      Integer entry = table.get(List.of(strategy.getClass(), strategy.config()));
      if (entry == null) {
        entry = distinct.size();
        if (entry == Cascade.MAX_STRATEGIES) {
          throw new InvalidInputException(
              "strategies", strategy.config(),
              "is one strategy too many: a cascade uses at most " + Cascade.MAX_STRATEGIES
                  + " distinct roll-up strategies (by class and configuration)");
        }
        table.put(List.of(strategy.getClass(), strategy.config()), entry);
        distinct.add(strategy);
      }
      int start = rows[2 * q];
      int degree = dStart[u + 1] - dStart[u];
      byte kind = degree == 0 ? FastPath.GENERAL : FastPath.of(strategy);
      rows[2 * q + 1] = kind | (entry << 8);
      rows[2 * q + 2] = start + degree;
      for (int j = 0; j < degree; j++) {
        child[start + j] = positionOf[dChild[dStart[u] + j]];
      }
      shares(ids[u], kind, dChild, dWeight, dStart[u], degree, start, ids);
      MeasuredParentRule rule = settings.rule(goal);
      if (rule.kind() == MeasuredParentRule.Kind.BLEND) {
        if (blends == null) {
          blends = new double[parents];
        }
        blends[q] = rule.ownShare();
      }
    }
    this.strategies = distinct.toArray(new AggregationStrategy[0]);
    this.blend = blends;

    // 7. the parents every goal counts for, with their links, for incremental updates
    int listed = 0;
    for (int i = 0; i < n; i++) {
      listed += parentCount[i] > 1 ? 2 * parentCount[i] + 1 : 0;
    }
    this.up = new long[n];
    this.manyUp = new int[listed];
    int at = 0;
    for (int p = 0; p < n; p++) {
      int count = parentCount[indexAt[p]];
      if (count == 0) {
        up[p] = -1L;
      } else if (count > 1) {
        up[p] = (long) (-2 - at) << 32;
        manyUp[at] = 0;
        at += 2 * count + 1;
      }
    }
    for (int q = 0; q < parents; q++) {
      int parent = leafCount + q;
      for (int k = rows[2 * q]; k < rows[2 * q + 2]; k++) {
        int c = child[k];
        if (parentCount[indexAt[c]] == 1) {
          up[c] = ((long) parent << 32) | k;
        } else {
          int list = -2 - parentOf(up[c]);
          int slot = list + 1 + 2 * manyUp[list]++;
          manyUp[slot] = parent;
          manyUp[slot + 1] = k;
        }
      }
    }
  }

  /**
   * Copies goal {@code p}'s score {@code x} into {@code linked}, a result's copy of every child's
   * score at each of its links ({@code linked[k]} is the score of {@code child[k]}), so that a
   * parent's loop reads its children's scores side by side with their shares.
   */
  void link(double[] linked, int p, double x) {
    long entry = up[p];
    if (entry >= 0) {
      linked[linkOf(entry)] = x;
    } else if (entry != -1L) {
      int list = -2 - parentOf(entry);
      for (int k = list + 2, end = list + 2 + 2 * manyUp[list]; k < end; k += 2) {
        linked[manyUp[k]] = x;
      }
    }
  }

  /** Returns the parent's cascade index held in an entry of {@link #up}: negative for none or many. */
  static int parentOf(long entry) {
    return (int) (entry >> 32);
  }

  /** Returns the link index held in an entry of {@link #up} with a single parent. */
  static int linkOf(long entry) {
    return (int) entry;
  }

  private boolean counts(CompactGraph g, int goal) {
    return settings.counted().contains(g.goalAt(goal).status());
  }

  /**
   * Fills {@code childWeight[at .. at + degree)} for one parent: the means get each child's share
   * of the total, computed as the built-in computes it; the others the raw link weight.
   */
  private void shares(GoalId goal, byte kind, int[] dChild, double[] dWeight, int from, int degree, int at, GoalId[] ids) {
    if (!FastPath.usesShares(kind)) {
      System.arraycopy(dWeight, from, childWeight, at, degree);
      System.arraycopy(dWeight, from, linkWeight, at, degree);
      return;
    }
    double largest = 0;
    for (int j = 0; j < degree; j++) {
      double w =
          switch (kind) {
            case FastPath.WEIGHTED -> dWeight[from + j];
            case FastPath.TARGET_SIZE -> dWeight[from + j] * size(child[at + j]);
            default -> 1.0;
          };
      if (!Double.isFinite(w)) {
        throw new InvalidInputException(
            "targetSize", size(child[at + j]),
            "times the link weight " + dWeight[from + j] + " of " + ids[dChild[from + j]] + " -> " + goal
                + " must be finite");
      }
      childWeight[at + j] = w;
      linkWeight[at + j] = w;
      largest = Math.max(largest, w);
    }
    // as MeanAggregation: weights from 2^990 up are summed scaled by a power of two, so the total is finite
    int scale = Math.max(0, Math.getExponent(largest) - 990);
    double total = 0;
    for (int j = 0; j < degree; j++) {
      childWeight[at + j] = Math.scalb(childWeight[at + j], -scale);
      total += childWeight[at + j];
    }
    if (!(total > 0)) {
      throw new InvalidInputException(
          "targetSize", total,
          "of the children of " + goal + " (weight times target size, summed) must be positive for "
              + AggregationStrategy.PROPORTIONAL_TO_TARGET);
    }
    for (int j = 0; j < degree; j++) {
      childWeight[at + j] = childWeight[at + j] / total;
    }
  }

  double size(int p) {
    return sizes == null ? 1.0 : sizes[p];
  }

  GoalId idAt(int p) {
    return view.goalAt(indexAt[p]).id();
  }

  Goal goalAt(int p) {
    return view.goalAt(indexAt[p]);
  }

  MissingScorePolicy policy(int p) {
    return policies == null ? settings.missing() : policies[p];
  }

  AggregationStrategy strategyAt(int q) {
    return strategies[rows[2 * q + 1] >>> 8];
  }

  byte kindAt(int q) {
    return (byte) rows[2 * q + 1];
  }

  /** Returns the heap taken by the arrays, as {@link Cascade#footprintBytes()} documents. */
  long footprintBytes() {
    return bytes(indexAt.length, 4) + bytes(positionOf.length, 4) + bytes(rows.length, 4)
        + bytes(child.length, 4) + bytes(childWeight.length, 8) + bytes(linkWeight.length, 8)
        + bytes(up.length, 8)
        + bytes(manyUp.length, 4)
        + (sizes == null ? 0 : bytes(sizes.length, 8))
        + (blend == null ? 0 : bytes(blend.length, 8));
  }

  static long bytes(int length, int elementSize) {
    return (16L + (long) length * elementSize + 7) & ~7L;
  }
}
