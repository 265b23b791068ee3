package dev.pillars.scoring.cascade;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.CompactGraph;
import dev.pillars.core.goal.GoalId;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.aggregation.WeightedScore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The compact form of an alignment graph with its roll-up configuration: which {@link
 * AggregationStrategy} computes each goal from its children, how large each goal's target is, and
 * what a goal without a value counts for. Built once; {@link #rollUp(LeafValues)} then scores every
 * goal, and the {@link CascadeResult} keeps the scores current as leaves change.
 *
 * <h2>Semantics</h2>
 *
 * <ul>
 *   <li>A goal without children is a <em>leaf</em>: its score is the value the caller supplies in
 *       {@link LeafValues} (a KPI attainment, manual progress, a milestone share), or, if none is
 *       supplied, what the {@link MissingScorePolicy} says. A goal with children is computed from
 *       them only; it takes no leaf value.
 *   <li>A goal with children gets its score from its strategy, fed one {@link WeightedScore} per
 *       child that has a score: the child's goal id as name, the child's score, the weight of the
 *       link from the child to this goal, and the child's target size ({@link
 *       Builder#targetSize}, 1 unless set). A child aligned to two parents contributes to each with
 *       that link's weight.
 *   <li>Scores travel upwards unrounded; a strategy's configured rounding shows in the goal's
 *       {@link CascadeResult#receipt receipt}.
 * </ul>
 *
 * <h2>Compact form</h2>
 *
 * <p>Goals are numbered in a bottom-up topological order, leaves first: every child has a smaller
 * index than each of its parents. Siblings are numbered next to each other where the graph allows,
 * so that a parent reads its children from one stretch of memory. The graph is held as primitive
 * arrays: for each goal with children, the range of its children (sorted by goal id, the order the
 * built-in strategies add in) with one number per link, and a strategy code; for each goal, its
 * parent, or where a goal has several, where its list of parents starts (for incremental
 * updates). See {@link #footprintBytes()}.
 *
 * <h2>Fast path and general path</h2>
 *
 * <p>The built-in strategies ({@link AggregationStrategy#weightedMean()}, {@link
 * AggregationStrategy#mean()}, {@link AggregationStrategy#proportionalToTarget()}, {@link
 * AggregationStrategy#minimum()}, {@link AggregationStrategy#okr()}, with or without rounding) run
 * as primitive loops over the arrays, without allocating: each link's share of its parent ({@code
 * weight / total weight}) is computed once when the cascade is built, exactly as the strategy
 * computes it, and the loop adds the children in goal-id order as the strategy does, so the result
 * is the strategy's, bit for bit. Any other {@link AggregationStrategy} is called through its
 * interface with a list of {@link WeightedScore}s, and builds its receipt each time: the general
 * path allocates and is much slower (the weighted mean called this way takes about 50 times as
 * long as its fast path on a million goals). So is a built-in whose children are not all scored
 * (see {@link MissingScorePolicy#EXCLUDE}) or whose input it would reject (an OKR grade outside 0
 * to 1), for that goal only.
 *
 * <p>Instances are immutable and safe to share between threads. A cascade belongs to one graph:
 * after the graph changes, build a new cascade.
 */
public final class Cascade {
  static final byte CUSTOM = 0;
  static final byte WEIGHTED = 1;
  static final byte EQUAL = 2;
  static final byte TARGET_SIZE = 3;
  static final byte MINIMUM = 4;
  static final byte OKR = 5;

  /** The most distinct strategies (by class and configuration) one cascade may use: 2^23. */
  public static final int MAX_STRATEGIES = 1 << 23;

  private static final Class<?> MEAN_CLASS = AggregationStrategy.weightedMean().getClass();
  private static final Class<?> MINIMUM_CLASS = AggregationStrategy.minimum().getClass();

  private final AlignmentGraph graph;
  private final CompactGraph view;
  private final MissingScorePolicy missing;
  private final @Nullable Scale leafRange;

  /** The number of goals. */
  final int size;
  /** Indices {@code [0, leaves)} are the goals without children; the others have children. */
  final int leaves;
  /** Cascade index to the graph's index. */
  final int[] indexAt;
  /** The graph's index to cascade index. */
  final int[] positionOf;
  /**
   * Two ints per goal with children, so that an update reads both from one cache line: for parent
   * {@code q} (cascade index {@code leaves + q}), {@code rows[2q]} is the start of its links (which
   * end where the next parent's start, {@code rows[2q + 2]}; a sentinel closes the last) and {@code
   * rows[2q + 1]} is its loop kind (low 8 bits) and the index of its strategy in {@link
   * #strategies} (the bits above).
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
   * The parents of goal {@code p}, for incremental updates, so that the usual single parent costs
   * one read: {@code up[p] >= 0} is its only parent's cascade index; {@code -1} means none; {@code
   * up[p] = -2 - at} means {@code manyUp[at]} parents, listed in {@code manyUp[at + 1 ..]}.
   */
  final int[] up;
  /** The parent lists of the goals with two or more parents: a count, then the indices. */
  final int[] manyUp;
  final AggregationStrategy[] strategies;
  /** Target size per cascade index, or null if all are 1. */
  final double @Nullable [] sizes;

  private Cascade(Builder b) {
    this.graph = b.graph;
    this.view = graph.compact();
    this.missing = b.missing;
    this.leafRange = b.leafRange;
    CompactGraph g = view;
    int n = g.size();
    int m = g.linkCount();
    this.size = n;

    // 1. each goal's rank by id: children are added in that order, as the built-ins do
    Integer[] byId = new Integer[n];
    for (int i = 0; i < n; i++) {
      byId[i] = i;
    }
    GoalId[] ids = new GoalId[n];
    for (int i = 0; i < n; i++) {
      ids[i] = g.goalAt(i).id();
    }
    Arrays.sort(byId, (x, y) -> ids[x].compareTo(ids[y]));
    int[] rank = new int[n];
    for (int r = 0; r < n; r++) {
      rank[byId[r]] = r;
    }

    // 2. children rows by graph index, sorted by rank
    int[] dStart = new int[n + 1];
    int maxDegree = 0;
    for (int i = 0; i < n; i++) {
      int degree = g.childCount(i);
      dStart[i + 1] = dStart[i] + degree;
      maxDegree = Math.max(maxDegree, degree);
    }
    int[] dChild = new int[m];
    double[] dWeight = new double[m];
    long[] keys = new long[maxDegree];
    for (int i = 0; i < n; i++) {
      int degree = dStart[i + 1] - dStart[i];
      for (int j = 0; j < degree; j++) {
        keys[j] = ((long) rank[g.childAt(i, j)] << 32) | j;
      }
      Arrays.sort(keys, 0, degree);
      for (int j = 0; j < degree; j++) {
        int original = (int) keys[j];
        dChild[dStart[i] + j] = g.childAt(i, original);
        dWeight[dStart[i] + j] = g.childWeightAt(i, original);
      }
    }

    // 3. top-down order (Kahn), appending a parent's children together
    int[] pending = new int[n];
    int[] order = new int[n];
    int tail = 0;
    for (int i = 0; i < n; i++) {
      pending[i] = g.parentCount(i);
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

    // 4. cascade indices: reversed (bottom-up), leaves first
    int leafCount = 0;
    for (int i = 0; i < n; i++) {
      if (dStart[i + 1] == dStart[i]) {
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
      int p = dStart[u + 1] == dStart[u] ? nextLeaf++ : nextParent++;
      indexAt[p] = u;
      positionOf[u] = p;
    }

    // 5. target sizes by cascade index
    if (b.sizes.isEmpty()) {
      this.sizes = null;
    } else {
      double[] s = new double[n];
      Arrays.fill(s, 1.0);
      b.sizes.forEach((id, value) -> s[positionOf[g.indexOf(id)]] = value);
      this.sizes = s;
    }

    // 6. strategies of the goals with children, and their rows with the numbers the loops use
    int parents = n - leafCount;
    Map<List<Object>, Integer> table = new LinkedHashMap<>();
    List<AggregationStrategy> distinct = new ArrayList<>();
    this.rows = new int[2 * parents + 2];
    this.child = new int[m];
    this.childWeight = new double[m];
    for (int q = 0; q < parents; q++) {
      int u = indexAt[leafCount + q];
      AggregationStrategy strategy = b.overrides.getOrDefault(ids[u], b.defaultStrategy);
      Integer entry = table.get(List.of(strategy.getClass(), strategy.config()));
      if (entry == null) {
        entry = distinct.size();
        if (entry == MAX_STRATEGIES) {
          throw new InvalidInputException(
              "strategies", strategy.config(),
              "is one strategy too many: a cascade uses at most " + MAX_STRATEGIES
                  + " distinct roll-up strategies (by class and configuration)");
        }
        table.put(List.of(strategy.getClass(), strategy.config()), entry);
        distinct.add(strategy);
      }
      byte kind = kindOf(strategy);
      rows[2 * q + 1] = kind | (entry << 8);
      int start = rows[2 * q];
      int degree = dStart[u + 1] - dStart[u];
      rows[2 * q + 2] = start + degree;
      for (int j = 0; j < degree; j++) {
        child[start + j] = positionOf[dChild[dStart[u] + j]];
      }
      shares(ids[u], kind, dChild, dWeight, dStart[u], degree, start, ids);
    }
    this.strategies = distinct.toArray(new AggregationStrategy[0]);

    // 7. parents of every goal, for incremental updates
    this.up = new int[n];
    int listed = 0;
    for (int p = 0; p < n; p++) {
      int count = g.parentCount(indexAt[p]);
      listed += count > 1 ? count + 1 : 0;
    }
    this.manyUp = new int[listed];
    int at = 0;
    for (int p = 0; p < n; p++) {
      int u = indexAt[p];
      int count = g.parentCount(u);
      if (count == 0) {
        up[p] = -1;
      } else if (count == 1) {
        up[p] = positionOf[g.parentAt(u, 0)];
      } else {
        up[p] = -2 - at;
        manyUp[at++] = count;
        for (int j = 0; j < count; j++) {
          manyUp[at++] = positionOf[g.parentAt(u, j)];
        }
      }
    }
  }

  /**
   * Fills {@code childWeight[at .. at + degree)} for one parent: the means get each child's share
   * of the total, computed as the built-in computes it; the others the raw link weight.
   */
  private void shares(GoalId goal, byte kind, int[] dChild, double[] dWeight, int from, int degree, int at, GoalId[] ids) {
    if (kind == CUSTOM || kind == MINIMUM) {
      System.arraycopy(dWeight, from, childWeight, at, degree);
      return;
    }
    double largest = 0;
    for (int j = 0; j < degree; j++) {
      double w =
          switch (kind) {
            case WEIGHTED -> dWeight[from + j];
            case TARGET_SIZE -> dWeight[from + j] * size(child[at + j]);
            default -> 1.0;
          };
      if (!Double.isFinite(w)) {
        throw new InvalidInputException(
            "targetSize", size(child[at + j]),
            "times the link weight " + dWeight[from + j] + " of " + ids[dChild[from + j]] + " -> " + goal
                + " must be finite");
      }
      childWeight[at + j] = w;
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

  private static byte kindOf(AggregationStrategy strategy) {
    if (strategy.getClass() == MEAN_CLASS) {
      return switch (strategy.config().name()) {
        case AggregationStrategy.WEIGHTED_MEAN -> WEIGHTED;
        case AggregationStrategy.MEAN -> EQUAL;
        case AggregationStrategy.PROPORTIONAL_TO_TARGET -> TARGET_SIZE;
        case AggregationStrategy.OKR -> OKR;
        default -> CUSTOM;
      };
    }
    return strategy.getClass() == MINIMUM_CLASS ? MINIMUM : CUSTOM;
  }

  /**
   * Returns a builder for a cascade over a graph.
   *
   * @param graph the alignment graph
   * @return a new builder; the default strategy is the weighted mean, the missing-score policy
   *     {@link MissingScorePolicy#EXCLUDE}
   * @throws InvalidInputException if {@code graph} is null
   */
  public static Builder builder(AlignmentGraph graph) {
    return new Builder(Checks.notNull("graph", graph));
  }

  /**
   * Returns a cascade over a graph in which every goal with children is the weighted mean of its
   * children and goals without a value are left out.
   *
   * @param graph the alignment graph
   * @return the cascade
   * @throws InvalidInputException if {@code graph} is null
   */
  public static Cascade of(AlignmentGraph graph) {
    return builder(graph).build();
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /**
   * Returns the graph this cascade was built from.
   *
   * @return the graph
   */
  public AlignmentGraph graph() {
    return graph;
  }

  /**
   * Returns the number of goals.
   *
   * @return the number of goals
   */
  public int size() {
    return size;
  }

  /**
   * Returns the number of goals without children, which take leaf values.
   *
   * @return the number of leaves
   */
  public int leafCount() {
    return leaves;
  }

  /**
   * Returns what a goal with neither children nor a leaf value counts for.
   *
   * @return the policy
   */
  public MissingScorePolicy missingScores() {
    return missing;
  }

  /**
   * Returns the range leaf values must lie in, if one was set.
   *
   * @return the range
   */
  public Optional<Scale> leafRange() {
    return Optional.ofNullable(leafRange);
  }

  /**
   * Returns a goal's index in this cascade: its place in the bottom-up order, leaves first, so the
   * leaves have the indices {@code 0 .. leafCount() - 1}. This is not the graph's index ({@link
   * CompactGraph#indexOf}). Use it with the index-based methods of
   * {@link LeafValues} and {@link CascadeResult} in loops that must not look ids up.
   *
   * @param goal the goal
   * @return its index, from 0 to {@code size() - 1}, or -1 if the graph does not hold it
   * @throws InvalidInputException if {@code goal} is null
   */
  public int indexOf(GoalId goal) {
    int i = view.indexOf(Checks.notNull("goal", goal));
    return i < 0 ? -1 : positionOf[i];
  }

  /**
   * Returns the goal at an index of this cascade.
   *
   * @param index the index, from 0 to {@code size() - 1}
   * @return the goal's id
   * @throws InvalidInputException if the index is out of range
   */
  public GoalId goalAt(int index) {
    return idAt(Checks.inRange("index", index, 0, size - 1));
  }

  /**
   * Returns whether a goal is a leaf: it has no children, so its score is a supplied value.
   *
   * @param goal the goal
   * @return true if nothing is aligned to it
   * @throws UnknownReferenceException if the graph does not hold the goal
   */
  public boolean isLeaf(GoalId goal) {
    return require(goal) < leaves;
  }

  /**
   * Returns the strategy that computes a goal from its children.
   *
   * @param goal the goal
   * @return the strategy; empty for a leaf
   * @throws UnknownReferenceException if the graph does not hold the goal
   */
  public Optional<AggregationStrategy> strategy(GoalId goal) {
    int p = require(goal);
    return p < leaves ? Optional.empty() : Optional.of(strategyAt(p - leaves));
  }

  /**
   * Returns a goal's target size, the weight factor of {@link
   * AggregationStrategy#proportionalToTarget()}.
   *
   * @param goal the goal
   * @return the size set with {@link Builder#targetSize}, or 1
   * @throws UnknownReferenceException if the graph does not hold the goal
   */
  public double targetSize(GoalId goal) {
    return size(require(goal));
  }

  /**
   * Returns empty leaf values for this cascade, to fill and pass to {@link #rollUp}.
   *
   * @return new leaf values, none set
   */
  public LeafValues leafValues() {
    return new LeafValues(this);
  }

  /**
   * Scores every goal: leaves from the supplied values (or the {@link MissingScorePolicy}), then
   * every other goal from its children, bottom-up.
   *
   * @param values the leaf values, made by this cascade's {@link #leafValues()}
   * @return a new result holding every goal's score
   * @throws InvalidInputException if the values belong to another cascade; if a leaf has no value
   *     under {@link MissingScorePolicy#REJECT}; or if a strategy rejects its inputs (an OKR grade
   *     outside 0 to 1, a custom strategy's own rule)
   */
  public CascadeResult rollUp(LeafValues values) {
    Checks.notNull("values", values);
    Checks.require(values.cascade() == this, "values", "LeafValues of another cascade", "must come from this cascade's leafValues()");
    double[] scores = new double[size];
    long @Nullable [] supplied = missing == MissingScorePolicy.ZERO ? new long[(size + 63) >>> 6] : null;
    double[] given = values.values;
    for (int p = 0; p < leaves; p++) {
      double v = given[p];
      if (v == v) {
        scores[p] = v;
        if (supplied != null) {
          supplied[p >>> 6] |= 1L << p;
        }
      } else {
        scores[p] = switch (missing) {
          case EXCLUDE -> Double.NaN;
          case ZERO -> 0.0;
          case REJECT -> throw new InvalidInputException(
              "leafValues." + idAt(p), null,
              "must be set: the goal has no children, and missing scores are rejected (MissingScorePolicy.REJECT)");
        };
      }
    }
    CascadeResult result = new CascadeResult(this, scores, supplied);
    result.recompute();
    return result;
  }

  /**
   * Returns the heap taken by the primitive arrays of this compact form, computed exactly from
   * their lengths on a 64-bit JVM with compressed class pointers: each array takes a 16-byte
   * header plus its elements, rounded up to 8 bytes. Not counted: the graph the cascade refers to
   * (for ids and receipts), the strategy objects, and the few fixed-size fields. A {@link
   * CascadeResult} adds its own {@link CascadeResult#footprintBytes()}.
   *
   * @return the bytes
   */
  public long footprintBytes() {
    return bytes(indexAt.length, 4) + bytes(positionOf.length, 4) + bytes(rows.length, 4)
        + bytes(child.length, 4) + bytes(childWeight.length, 8) + bytes(up.length, 4)
        + bytes(manyUp.length, 4)
        + (sizes == null ? 0 : bytes(sizes.length, 8));
  }

  static long bytes(int length, int elementSize) {
    return (16L + (long) length * elementSize + 7) & ~7L;
  }

  /**
   * Returns a short description, such as {@code Cascade[goals=12, leaves=8, strategies=[weighted-mean]]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    for (AggregationStrategy s : strategies) {
      names.add(s.config().toString());
    }
    return "Cascade[goals=" + size + ", leaves=" + leaves + ", strategies=" + names + ", missing=" + missing + "]";
  }

  // ---------------------------------------------------------------------------------------------
  // The roll-up of one goal, shared by the full and the incremental pass

  /**
   * Computes parent {@code q} (cascade index {@code leaves + q}) from the current scores. The
   * built-ins run as loops over the arrays; everything else, and a built-in whose children are not
   * all scored or would be rejected, goes through the strategy.
   */
  double compute(int q, double[] v) {
    int s = rows[2 * q];
    int e = rows[2 * q + 2];
    switch ((byte) rows[2 * q + 1]) {
      case WEIGHTED, EQUAL, TARGET_SIZE -> {
        double sum = 0;
        for (int k = s; k < e; k++) {
          sum += v[child[k]] * childWeight[k];
        }
        if (sum != sum) {
          return general(q, v); // a child without a score
        }
        return sum != 0 && insideRange(s, e, v, sum) ? sum : exactMean(s, e, v);
      }
      case OKR -> {
        double sum = 0;
        for (int k = s; k < e; k++) {
          double x = v[child[k]];
          if (!(x >= 0.0 && x <= 1.0)) {
            return general(q, v); // a child without a score, or a grade the strategy rejects
          }
          sum += x * childWeight[k];
        }
        return sum != 0 && insideRange(s, e, v, sum) ? sum : exactMean(s, e, v);
      }
      case MINIMUM -> {
        double best = v[child[s]];
        if (best != best) {
          return general(q, v);
        }
        for (int k = s + 1; k < e; k++) {
          double x = v[child[k]];
          if (x != x) {
            return general(q, v);
          }
          if (x < best) {
            best = x;
          }
        }
        return best;
      }
      default -> {
        return general(q, v);
      }
    }
  }

  /**
   * Returns whether some child's score is at most {@code sum} and some child's at least {@code
   * sum}: then the built-in's final clamp of the mean into the children's range, {@code
   * Math.max(min, Math.min(max, sum))}, returns a non-zero {@code sum} unchanged, and the fast loop
   * need not track the range (whose branches cost more than the sum). Usually decided by the first
   * two or three children.
   */
  private boolean insideRange(int s, int e, double[] v, double sum) {
    boolean below = false;
    boolean above = false;
    for (int k = s; k < e; k++) {
      double x = v[child[k]];
      below |= x <= sum;
      above |= x >= sum;
      if (below & above) {
        return true;
      }
    }
    return false;
  }

  /**
   * Computes a mean exactly as the built-in does, with the clamp into the children's range by
   * {@link Math#min} and {@link Math#max}: for a result of zero, whose sign the clamp decides, and
   * for a sum that rounding took outside the children's range.
   */
  private double exactMean(int s, int e, double[] v) {
    double sum = 0;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int k = s; k < e; k++) {
      double x = v[child[k]];
      sum += x * childWeight[k];
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
    }
    return Math.max(lo, Math.min(hi, sum));
  }

  /** Computes parent {@code q} through its strategy's interface; NaN if no child has a score. */
  double general(int q, double[] v) {
    List<WeightedScore> inputs = inputs(q, v, null, null);
    if (inputs.isEmpty()) {
      return Double.NaN;
    }
    return strategyAt(q).aggregate(inputs).receipt().unroundedValue();
  }

  /**
   * Returns the inputs of parent {@code q}: one per child with a score, with the raw link weight and
   * the child's target size. If {@code notes} is given, adds a note for each child left out or
   * counted as 0.
   */
  List<WeightedScore> inputs(int q, double[] v, long @Nullable [] supplied, @Nullable List<String> notes) {
    int s = rows[2 * q];
    int e = rows[2 * q + 2];
    double[] weights = rawWeights(q);
    List<WeightedScore> inputs = new ArrayList<>(e - s);
    for (int k = s; k < e; k++) {
      int c = child[k];
      double x = v[c];
      if (x != x) {
        if (notes != null) {
          notes.add(idAt(c) + " has no score: left out (MissingScorePolicy.EXCLUDE)");
        }
        continue;
      }
      if (notes != null && supplied != null && c < leaves && (supplied[c >>> 6] & (1L << c)) == 0) {
        notes.add(idAt(c) + " has no leaf value: counted as 0 (MissingScorePolicy.ZERO)");
      }
      inputs.add(new WeightedScore(idAt(c).value(), x, weights[k - s], size(c)));
    }
    return inputs;
  }

  /** Returns the raw link weights of parent {@code q}'s children, in its row's order. */
  private double[] rawWeights(int q) {
    int s = rows[2 * q];
    int e = rows[2 * q + 2];
    if (kindAt(q) == CUSTOM || kindAt(q) == MINIMUM) {
      return Arrays.copyOfRange(childWeight, s, e);
    }
    int u = indexAt[leaves + q];
    Map<Integer, Double> byChild = new HashMap<>();
    for (int j = 0; j < view.childCount(u); j++) {
      byChild.put(positionOf[view.childAt(u, j)], view.childWeightAt(u, j));
    }
    double[] weights = new double[e - s];
    for (int k = s; k < e; k++) {
      weights[k - s] = byChild.get(child[k]);
    }
    return weights;
  }

  AggregationStrategy strategyAt(int q) {
    return strategies[rows[2 * q + 1] >>> 8];
  }

  /** Returns the loop kind of parent {@code q}. */
  byte kindAt(int q) {
    return (byte) rows[2 * q + 1];
  }

  double size(int p) {
    return sizes == null ? 1.0 : sizes[p];
  }

  GoalId idAt(int p) {
    return view.goalAt(indexAt[p]).id();
  }

  /** Returns the cascade index of a goal, or throws. */
  int require(GoalId goal) {
    int p = indexOf(goal);
    if (p < 0) {
      throw new UnknownReferenceException("goal", goal, "must name a goal of the cascade's alignment graph");
    }
    return p;
  }

  /** Returns the cascade index of a leaf, or throws. */
  int requireLeaf(GoalId goal) {
    int p = require(goal);
    if (p >= leaves) {
      throw notALeaf(p);
    }
    return p;
  }

  /** Checks an index given by the caller and that it is a leaf. */
  int requireLeafIndex(int index) {
    if (index < 0 || index >= size) {
      Checks.inRange("index", index, 0, size - 1);
    }
    if (index >= leaves) {
      throw notALeaf(index);
    }
    return index;
  }

  private InvalidInputException notALeaf(int p) {
    int q = p - leaves;
    return new InvalidInputException(
        "goal", idAt(p),
        "must be a goal without children to take a leaf value; its score is rolled up from its "
            + (rows[2 * q + 2] - rows[2 * q]) + " children");
  }

  /** Checks a leaf value; builds a message only when it fails. */
  double checkValue(int p, double value) {
    if (!Double.isFinite(value)) {
      Checks.finite("leafValues." + idAt(p), value);
    }
    if (leafRange != null && !leafRange.contains(value)) {
      throw new InvalidInputException("leafValues." + idAt(p), value, "must lie in the cascade's leaf range " + leafRange);
    }
    return value;
  }

  // ---------------------------------------------------------------------------------------------
  // Builder

  /**
   * Collects a cascade's configuration; {@link #build()} lays out the compact form. Each setting
   * is checked when it is made (a goal that is not in the graph, a strategy override for a leaf, a
   * negative size) and may be made once (per goal for overrides and sizes). A rejected call changes
   * nothing. A builder is not thread-safe.
   */
  public static final class Builder {
    private final AlignmentGraph graph;
    private AggregationStrategy defaultStrategy = AggregationStrategy.weightedMean();
    private boolean defaultSet;
    private final Map<GoalId, AggregationStrategy> overrides = new HashMap<>();
    private final Map<GoalId, Double> sizes = new HashMap<>();
    private MissingScorePolicy missing = MissingScorePolicy.EXCLUDE;
    private boolean missingSet;
    private @Nullable Scale leafRange;

    Builder(AlignmentGraph graph) {
      this.graph = graph;
    }

    /**
     * Sets the strategy of every goal with children that has no override; the weighted mean unless
     * set.
     *
     * @param strategy the strategy
     * @return this builder
     * @throws InvalidInputException if {@code strategy} is null or the default was already set
     */
    public Builder defaultStrategy(AggregationStrategy strategy) {
      Checks.notNull("defaultStrategy", strategy);
      Checks.require(!defaultSet, "defaultStrategy", strategy, "must be set once; it is already " + defaultStrategy);
      defaultStrategy = strategy;
      defaultSet = true;
      return this;
    }

    /**
     * Sets the strategy of one goal with children, such as the minimum for a safety objective that
     * is only as good as its weakest part.
     *
     * @param goal the goal, which must have children
     * @param strategy the strategy
     * @return this builder
     * @throws UnknownReferenceException if the graph does not hold the goal
     * @throws InvalidInputException if an argument is null, the goal has no children, or its
     *     strategy was already set
     */
    public Builder strategy(GoalId goal, AggregationStrategy strategy) {
      Checks.notNull("goal", goal);
      Checks.notNull("strategy", strategy);
      requireGoal(goal);
      Checks.require(
          !graph.children(goal).isEmpty(), "goal", goal,
          "must have children to take a roll-up strategy; a goal without children takes a leaf value");
      Checks.require(
          !overrides.containsKey(goal), "goal", goal, "must have its strategy set once; it is already " + overrides.get(goal));
      overrides.put(goal, strategy);
      return this;
    }

    /**
     * Sets a goal's target size, by which {@link AggregationStrategy#proportionalToTarget()} weighs
     * it among its siblings (times the link weight), such as 100,000 for a $100k sales target.
     *
     * @param goal the goal
     * @param size the size, finite and not negative
     * @return this builder
     * @throws UnknownReferenceException if the graph does not hold the goal
     * @throws InvalidInputException if {@code goal} is null, the size is negative or not finite,
     *     or the goal's size was already set
     */
    public Builder targetSize(GoalId goal, double size) {
      Checks.notNull("goal", goal);
      requireGoal(goal);
      Checks.nonNegative("targetSize." + goal, size);
      Checks.require(!sizes.containsKey(goal), "goal", goal, "must have its target size set once; it is already " + sizes.get(goal));
      sizes.put(goal, size);
      return this;
    }

    /**
     * Sets what a goal with neither children nor a leaf value counts for; {@link
     * MissingScorePolicy#EXCLUDE} unless set.
     *
     * @param policy the policy
     * @return this builder
     * @throws InvalidInputException if {@code policy} is null or was already set
     */
    public Builder missingScores(MissingScorePolicy policy) {
      Checks.notNull("missingScores", policy);
      Checks.require(!missingSet, "missingScores", policy, "must be set once; it is already " + missing);
      missing = policy;
      missingSet = true;
      return this;
    }

    /**
     * Sets the range every leaf value must lie in, such as {@link Scale#FRACTION} when leaves are
     * progress from 0 to 1; any finite value unless set.
     *
     * @param range the range
     * @return this builder
     * @throws InvalidInputException if {@code range} is null or was already set
     */
    public Builder leafRange(Scale range) {
      Checks.notNull("leafRange", range);
      Checks.require(leafRange == null, "leafRange", range, "must be set once; it is already " + leafRange);
      leafRange = range;
      return this;
    }

    /**
     * Lays out the compact form: in time {@code O(n log n + m log d)} for {@code n} goals, {@code
     * m} links and at most {@code d} children per goal.
     *
     * @return the cascade
     * @throws InvalidInputException if more than {@link #MAX_STRATEGIES} distinct strategies are
     *     used, or a goal aggregated by {@link AggregationStrategy#proportionalToTarget()} has
     *     children whose weights times target sizes add up to 0, or one of whose products of
     *     weight and target size overflows
     */
    public Cascade build() {
      return new Cascade(this);
    }

    private void requireGoal(GoalId goal) {
      if (graph.goal(goal).isEmpty()) {
        throw new UnknownReferenceException("goal", goal, "must name a goal of the cascade's alignment graph");
      }
    }
  }
}
