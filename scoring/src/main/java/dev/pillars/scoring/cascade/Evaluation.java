package dev.pillars.scoring.cascade;

import dev.pillars.core.alignment.CompactGraph;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.aggregation.WeightedScore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The roll-up of one goal from its children's scores, shared by the full and the incremental pass:
 * a primitive loop per {@link FastPath} over a {@link Layout}'s arrays, and the strategy's
 * interface for everything else. Holds the arrays it reads in its own final fields. The loops read
 * each child's score from the result's copy at the link ({@code linked[k]}, equal to {@code
 * v[child[k]]}), beside the link's share, so that they need not gather the scores.
 */
final class Evaluation {
  private final Layout layout;
  private final int leaves;
  private final int[] rows;
  private final int[] child;
  private final double[] childWeight;
  private final double[] linkWeight;
  private final double @Nullable [] blend;
  private final boolean policies;

  Evaluation(Layout layout) {
    this.layout = layout;
    this.leaves = layout.leaves;
    this.rows = layout.rows;
    this.child = layout.child;
    this.childWeight = layout.childWeight;
    this.linkWeight = layout.linkWeight;
    this.blend = layout.blend;
    this.policies = layout.policies != null || layout.settings.missing() == MissingScorePolicy.ZERO;
  }

  /**
   * Computes every goal with children, bottom-up, in place: the full roll-up. Where no goal blends
   * and no goal with children counts as 0 without a score, the means run in one tight loop that
   * keeps a goal's sum only when {@link #compute} would return it unchanged (not zero, not NaN, and
   * inside the children's range) and otherwise hands the goal to {@link #compute}; so the scores
   * are {@link #compute}'s, bit for bit, without its dispatch for most goals.
   */
  void rollUp(double[] v, double[] linked, double @Nullable [] own) {
    int parents = layout.size - leaves;
    Layout layout = this.layout;
    if (blend != null || policies) {
      for (int q = 0; q < parents; q++) {
        double x = evaluate(q, v, linked, own);
        v[leaves + q] = x;
        layout.link(linked, leaves + q, x);
      }
      return;
    }
    int[] rows = this.rows;
    double[] childWeight = this.childWeight;
    for (int q = 0; q < parents; q++) {
      int s = rows[2 * q];
      int e = rows[2 * q + 2];
      byte kind = (byte) rows[2 * q + 1];
      double x;
      if (e - s >= 2 && (kind == FastPath.WEIGHTED || kind == FastPath.EQUAL || kind == FastPath.TARGET_SIZE)) {
        double sum = 0;
        for (int k = s; k < e; k++) {
          sum += linked[k] * childWeight[k];
        }
        x = sum != 0 && sum == sum && insideRange(s, e, linked, sum) ? sum : compute(q, v, linked);
      } else {
        x = compute(q, v, linked);
      }
      v[leaves + q] = x;
      layout.link(linked, leaves + q, x);
    }
  }

  /**
   * Computes parent {@code q} (cascade index {@code leaves + q}) from the current scores {@code v}
   * and, for a goal that blends, its own value in {@code own}; then applies the goal's policy if it
   * has no score.
   */
  double evaluate(int q, double[] v, double[] linked, double @Nullable [] own) {
    double r = compute(q, v, linked);
    if (blend != null && blend[q] != 0) {
      r = blended(blend[q], own == null ? Double.NaN : own[q], r);
    }
    if (r != r && policies && layout.policy(leaves + q) == MissingScorePolicy.ZERO) {
      return 0.0;
    }
    return r;
  }

  /** Blends a goal's own value with its children's score; with one of them missing, the other. */
  static double blended(double ownShare, double own, double children) {
    if (own != own) {
      return children;
    }
    if (children != children) {
      return own;
    }
    return ownShare * own + (1 - ownShare) * children;
  }

  /**
   * Computes parent {@code q} from its children's scores. The built-ins run as loops over the
   * arrays, also when some children have no score (they are left out, as the general path leaves
   * them out); everything else, and a built-in whose input would be rejected, goes through the
   * strategy.
   */
  double compute(int q, double[] v, double[] linked) {
    int s = rows[2 * q];
    int e = rows[2 * q + 2];
    switch ((byte) rows[2 * q + 1]) {
      case FastPath.WEIGHTED, FastPath.EQUAL, FastPath.TARGET_SIZE -> {
        double sum = 0;
        for (int k = s; k < e; k++) {
          sum += linked[k] * childWeight[k];
        }
        if (sum != sum) {
          return meanOfScored(q, s, e, v, false); // a child without a score
        }
        return sum != 0 && insideRange(s, e, linked, sum) ? sum : exactMean(s, e, linked);
      }
      case FastPath.OKR -> {
        double sum = 0;
        for (int k = s; k < e; k++) {
          double x = linked[k];
          if (!(x >= 0.0 && x <= 1.0)) {
            // a child without a score, or a grade the strategy rejects
            return x != x ? meanOfScored(q, s, e, v, true) : general(q, v);
          }
          sum += x * childWeight[k];
        }
        return sum != 0 && insideRange(s, e, linked, sum) ? sum : exactMean(s, e, linked);
      }
      case FastPath.MINIMUM -> {
        // the first lowest child with a score, as the built-in keeps it; NaN if none has one
        double best = Double.NaN;
        for (int k = s; k < e; k++) {
          double x = linked[k];
          if (x < best || best != best) {
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
   * Computes a built-in mean over the children of parent {@code q} that have a score, exactly as
   * the strategy computes it from the inputs {@link #general} would give it: each child's weight
   * over the total weight of those children, times its score, summed in goal-id order, and the
   * mean clamped into their range; NaN if no child has a score. Hands the goal to {@link #general}
   * where the strategy would reject its inputs (an OKR grade outside 0 to 1, weights that add up to
   * 0), so that it throws as the strategy does, and where the total overflows (weights from 2^990
   * up, which the strategy sums scaled down by a power of two; below that its scaling is the
   * identity, so this loop needs none). Allocates nothing.
   */
  private double meanOfScored(int q, int s, int e, double[] v, boolean okr) {
    double total = 0;
    boolean scored = false;
    for (int k = s; k < e; k++) {
      double x = v[child[k]];
      if (x != x) {
        continue;
      }
      if (okr && !(x >= 0.0 && x <= 1.0)) {
        return general(q, v);
      }
      scored = true;
      total += linkWeight[k];
    }
    if (!scored) {
      return Double.NaN;
    }
    if (!(total > 0 && total < Double.POSITIVE_INFINITY)) {
      return general(q, v);
    }
    double sum = 0;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int k = s; k < e; k++) {
      double x = v[child[k]];
      if (x == x) {
        sum += x * (linkWeight[k] / total);
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
      }
    }
    return Math.max(lo, Math.min(hi, sum));
  }

  /**
   * Returns whether some child's score is at most {@code sum} and some child's at least {@code
   * sum}: then the built-in's final clamp of the mean into the children's range, {@code
   * Math.max(min, Math.min(max, sum))}, returns a non-zero {@code sum} unchanged, and the fast loop
   * need not track the range (whose branches cost more than the sum). Decided for most goals by the
   * first two and last two children, without a loop (their scores are in cache from the sum): a
   * loop's exit after a varying count is a branch the processor often mispredicts, and with two
   * children only about half the goals were decided (their two on one side of the mean), with four
   * about one in eight; the full roll-up measured 5.4 ms against 5.8 to 6.0 ms of CPU time (see
   * BENCHMARKS.md). The scan decides the others.
   */
  private boolean insideRange(int s, int e, double[] linked, double sum) {
    if (e - s >= 2) {
      double x0 = linked[s];
      double x1 = linked[s + 1];
      double x2 = linked[e - 2];
      double x3 = linked[e - 1];
      if (((x0 <= sum) | (x1 <= sum) | (x2 <= sum) | (x3 <= sum))
          & ((x0 >= sum) | (x1 >= sum) | (x2 >= sum) | (x3 >= sum))) {
        return true;
      }
    }
    boolean below = false;
    boolean above = false;
    for (int k = s; k < e; k++) {
      double x = linked[k];
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
  private double exactMean(int s, int e, double[] linked) {
    double sum = 0;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int k = s; k < e; k++) {
      double x = linked[k];
      sum += x * childWeight[k];
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
    }
    return Math.max(lo, Math.min(hi, sum));
  }

  /** Computes parent {@code q} through its strategy's interface; NaN if no child has a score. */
  double general(int q, double[] v) {
    if (rows[2 * q] == rows[2 * q + 2]) {
      return Double.NaN; // no child counted: nothing to allocate for
    }
    List<WeightedScore> inputs = inputs(q, v, null, null);
    if (inputs.isEmpty()) {
      return Double.NaN;
    }
    return layout.strategyAt(q).aggregate(inputs).receipt().unroundedValue();
  }

  /**
   * Returns the inputs of parent {@code q}: one per counted child with a score, with the raw link
   * weight and the child's target size. If {@code notes} is given, adds a note for each child left
   * out or counted as 0.
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
          notes.add(layout.idAt(c) + " has no score (" + reason(c) + "): left out (MissingScorePolicy." + layout.policy(c) + ")");
        }
        continue;
      }
      if (notes != null && supplied != null && c < leaves && (supplied[c >>> 6] & (1L << c)) == 0) {
        notes.add(layout.idAt(c) + " has no leaf value: counted as 0 (MissingScorePolicy.ZERO)");
      }
      inputs.add(new WeightedScore(layout.idAt(c).value(), x, weights[k - s], layout.size(c)));
    }
    return inputs;
  }

  /** Returns why the goal at cascade index {@code p}, which has no score, has none. */
  NoScoreReason reason(int p) {
    if (p < leaves) {
      return NoScoreReason.NO_VALUE;
    }
    int q = p - leaves;
    if (rows[2 * q] == rows[2 * q + 2]) {
      return NoScoreReason.NO_CHILD_COUNTED;
    }
    return NoScoreReason.NO_CHILD_SCORED;
  }

  /** Returns the raw link weights of parent {@code q}'s children, in its row's order. */
  private double[] rawWeights(int q) {
    int s = rows[2 * q];
    int e = rows[2 * q + 2];
    if (!FastPath.usesShares(layout.kindAt(q))) {
      return Arrays.copyOfRange(childWeight, s, e);
    }
    CompactGraph view = layout.view;
    int u = layout.indexAt[leaves + q];
    Map<Integer, Double> byChild = new HashMap<>();
    for (int j = 0; j < view.childCount(u); j++) {
      byChild.put(layout.positionOf[view.childAt(u, j)], view.childWeightAt(u, j));
    }
    double[] weights = new double[e - s];
    for (int k = s; k < e; k++) {
      weights[k - s] = byChild.get(child[k]);
    }
    return weights;
  }

  /** Returns the strategy of parent {@code q}. */
  AggregationStrategy strategyAt(int q) {
    return layout.strategyAt(q);
  }
}
