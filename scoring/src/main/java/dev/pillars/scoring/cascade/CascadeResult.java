package dev.pillars.scoring.cascade;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.goal.GoalId;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.aggregation.WeightedScore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The scores of every goal of a {@link Cascade}, kept current as leaves change.
 *
 * <p>{@link #score(GoalId)} reads a goal's score. {@link #receipt(GoalId)} explains one goal on
 * demand: it feeds the goal's children's current scores to the goal's real strategy, so the
 * explanation is exact (its unrounded value is the score, bit for bit) and its contributions add
 * up; receipts are never stored for all goals.
 *
 * <h2>Incremental updates</h2>
 *
 * <p>{@link #update(GoalId, double)} records a new leaf value (a new measurement, a check-in) and
 * recomputes only that leaf's ancestors: it walks up the parent links, recomputing each affected
 * goal once, children before parents (a small priority queue ordered by cascade index, which is a
 * topological order, so every child a goal waits for is done before it), and stops early wherever a goal's score comes out unchanged. The working
 * arrays are reused, so an update of a goal whose ancestors are all built-in strategies allocates
 * nothing once they have grown to the largest set of ancestors seen.
 *
 * <p>After any sequence of updates the scores equal those of a full roll-up of the same leaf
 * values exactly, bit for bit: every goal's score is a function of its children's scores only,
 * computed by the same code in the same order (children in goal-id order) whichever pass runs it;
 * a goal that an update does not reach has children whose scores are unchanged to the bit.
 *
 * <p>An update is atomic: if a strategy rejects its inputs on the way up (an OKR grade outside 0
 * to 1, a custom strategy's own rule), every score is put back and the exception propagates.
 *
 * <p>A result is a mutable working object and is not thread-safe; {@link #copy()} makes an
 * independent one, for example to hand a snapshot to readers on other threads.
 */
public final class CascadeResult {
  private final Cascade cascade;
  /** Score by cascade index; NaN for a goal without a score. */
  private final double[] values;
  /**
   * Under {@link MissingScorePolicy#ZERO} only, one bit per leaf: a value was supplied, rather than
   * missing and counted as 0. Under the other policies a leaf's value is supplied exactly when it is
   * not NaN, so no bit is kept (and an update touches one cache line less).
   */
  private final long @Nullable [] supplied;
  /** By parent {@code q}, the own value of a goal that blends it with its children's; null if none does. */
  private final double @Nullable [] own;
  /**
   * By link {@code k}, the score of the link's child, {@code values[child[k]]}, kept equal to it on
   * every write (see {@link Layout#link}): a parent's loop reads its children's scores next to their
   * shares, in one run of memory found from the link its child holds, instead of gathering them
   * from wherever the children are numbered. An update of a random leaf then waits for one cache
   * miss per ancestor level rather than three (the parent, its row, its links, then the scores).
   */
  private final double[] linked;

  // reusable working state of update(): a min-heap of cascade indices (which may hold a goal
  // twice; the copies pop one after the other and the second is skipped), and the undo log
  private int[] heap = new int[64];
  private int heapSize;
  private int[] undoIndex = new int[64];
  private double[] undoValue = new double[64];
  private int undoSize;

  CascadeResult(Cascade cascade, double[] values, double @Nullable [] own, long @Nullable [] supplied) {
    this(cascade, values, own, supplied, gather(cascade.layout, values));
  }

  private CascadeResult(
      Cascade cascade, double[] values, double @Nullable [] own, long @Nullable [] supplied, double[] linked) {
    this.cascade = cascade;
    this.values = values;
    this.own = own;
    this.supplied = supplied;
    this.linked = linked;
  }

  private static double[] gather(Layout layout, double[] values) {
    int[] child = layout.child;
    double[] linked = new double[child.length];
    for (int k = 0; k < child.length; k++) {
      linked[k] = values[child[k]];
    }
    return linked;
  }

  /**
   * Returns the cascade these scores belong to.
   *
   * @return the cascade
   */
  public Cascade cascade() {
    return cascade;
  }

  /**
   * Returns a goal's score.
   *
   * @param goal the goal
   * @return its score, unrounded; empty for a goal without a score (a leaf without a value, or a
   *     goal none of whose children has a score, under {@link MissingScorePolicy#EXCLUDE})
   * @throws dev.pillars.core.UnknownReferenceException if the graph does not hold the goal
   */
  public OptionalDouble score(GoalId goal) {
    double v = values[cascade.require(goal)];
    return v == v ? OptionalDouble.of(v) : OptionalDouble.empty();
  }

  /**
   * Returns the score of the goal at a {@link Cascade#indexOf cascade index}, for loops over many
   * goals.
   *
   * @param index the goal's index in the cascade
   * @return its score, unrounded, or NaN for a goal without a score
   * @throws InvalidInputException if the index is out of range
   */
  public double scoreAt(int index) {
    return values[Checks.inRange("index", index, 0, cascade.size - 1)];
  }

  /**
   * Returns every goal's score, in the order of the graph's goals.
   *
   * @return a new unmodifiable map of the goals that have a score
   */
  public Map<GoalId, Double> scores() {
    Map<GoalId, Double> scores = new LinkedHashMap<>();
    for (var goal : cascade.graph().goals()) {
      double v = values[cascade.indexOf(goal.id())];
      if (v == v) {
        scores.put(goal.id(), v);
      }
    }
    return Collections.unmodifiableMap(scores);
  }

  /**
   * Explains a goal's score: its strategy applied to its children's current scores, with their link
   * weights and contributions. Children left out or counted as 0 under the {@link
   * MissingScorePolicy} are named in the receipt's notes.
   *
   * @param goal the goal
   * @return the receipt, whose unrounded value is {@link #score(GoalId)} bit for bit; empty for a
   *     leaf (its score is the value supplied) and for a goal without a score
   * @throws dev.pillars.core.UnknownReferenceException if the graph does not hold the goal
   */
  public Optional<Receipt> receipt(GoalId goal) {
    int p = cascade.require(goal);
    if (values[p] != values[p]) {
      return Optional.empty();
    }
    return Receipts.of(cascade, p, values, own, supplied);
  }

  /**
   * Returns why a goal has no score, which is not the same as a score of 0.
   *
   * @param goal the goal
   * @return the reason; empty for a goal with a score (including one counted as 0 by its {@link
   *     MissingScorePolicy})
   * @throws NullPointerException if {@code goal} is null
   * @throws dev.pillars.core.UnknownReferenceException if the graph does not hold the goal
   */
  public Optional<NoScoreReason> noScoreReason(GoalId goal) {
    int p = cascade.require(java.util.Objects.requireNonNull(goal, "goal"));
    return values[p] == values[p] ? Optional.empty() : Optional.of(cascade.eval.reason(p));
  }

  /**
   * Returns whether a leaf's score is a value that was supplied, rather than missing.
   *
   * @param goal a goal without children
   * @return true if a value was supplied
   * @throws dev.pillars.core.UnknownReferenceException if the graph does not hold the goal
   * @throws InvalidInputException if the goal has children
   */
  public boolean hasLeafValue(GoalId goal) {
    return isSupplied(cascade.requireValued(goal));
  }

  /** Returns the value a goal scored from a value of its own holds: a leaf's score, a blend's own value. */
  double valueAt(int p) {
    return p < cascade.leaves ? values[p] : ownAt(p - cascade.leaves);
  }

  /**
   * Records a new value for a leaf and recomputes its ancestors.
   *
   * @param goal a goal without children
   * @param value its new value, finite and inside the cascade's leaf range if it has one
   * @return how many ancestors were recomputed (those reached before scores stopped changing)
   * @throws dev.pillars.core.UnknownReferenceException if the graph does not hold the goal
   * @throws InvalidInputException if the goal has children, the value is not finite or outside the
   *     leaf range, or a strategy on the way up rejects its inputs; then no score has changed
   */
  public int update(GoalId goal, double value) {
    int p = cascade.requireValued(goal);
    return apply(p, cascade.checkValue(p, value), true);
  }

  /**
   * Records a new value for the leaf at a {@link Cascade#indexOf cascade index} and recomputes its
   * ancestors; the index-based form of {@link #update(GoalId, double)}, which looks up no id.
   *
   * @param index the leaf's index in the cascade
   * @param value its new value, finite and inside the cascade's leaf range if it has one
   * @return how many ancestors were recomputed
   * @throws InvalidInputException if the index is out of range or not a leaf's, the value is not
   *     finite or outside the leaf range, or a strategy on the way up rejects its inputs; then no
   *     score has changed
   */
  public int updateAt(int index, double value) {
    int p = cascade.requireValuedIndex(index);
    return apply(p, cascade.checkValue(p, value), true);
  }

  /**
   * Removes a leaf's value, so it counts as the {@link MissingScorePolicy} says, and recomputes
   * its ancestors.
   *
   * @param goal a goal without children
   * @return how many ancestors were recomputed
   * @throws dev.pillars.core.UnknownReferenceException if the graph does not hold the goal
   * @throws InvalidInputException if the goal has children, the policy is {@link
   *     MissingScorePolicy#REJECT}, or a strategy on the way up rejects its inputs; then no score
   *     has changed
   */
  public int clear(GoalId goal) {
    int p = cascade.requireValued(goal);
    return switch (cascade.layout.policy(p)) {
      case EXCLUDE -> apply(p, Double.NaN, false);
      case ZERO -> apply(p, 0.0, false);
      case REJECT -> throw new InvalidInputException(
          "goal", goal, "must keep its leaf value: missing scores are rejected (MissingScorePolicy.REJECT)");
    };
  }

  /**
   * Recomputes every goal with children from the current leaf values, bottom-up, in place: the full
   * roll-up. With built-in strategies it allocates nothing.
   */
  public void recompute() {
    cascade.eval.rollUp(values, linked, own);
  }

  /**
   * Returns an independent copy of these scores.
   *
   * @return the copy
   */
  public CascadeResult copy() {
    return new CascadeResult(
        cascade, values.clone(), own == null ? null : own.clone(), supplied == null ? null : supplied.clone(),
        linked.clone());
  }

  /**
   * Returns the heap taken by this result's arrays, computed exactly from their lengths as {@link
   * Cascade#footprintBytes()} does: the scores (8 bytes per goal), their copies at the links (8
   * bytes per link), under {@link
   * MissingScorePolicy#ZERO} one bit per goal, and the update's working arrays at their current
   * size.
   *
   * @return the bytes
   */
  public long footprintBytes() {
    return Layout.bytes(values.length, 8) + Layout.bytes(linked.length, 8)
        + (supplied == null ? 0 : Layout.bytes(supplied.length, 8))
        + (own == null ? 0 : Layout.bytes(own.length, 8))
        + Layout.bytes(heap.length, 4) + Layout.bytes(undoIndex.length, 4) + Layout.bytes(undoValue.length, 8);
  }

  /**
   * Returns a short description, such as {@code CascadeResult[goals=12]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "CascadeResult[goals=" + cascade.size + "]";
  }

  /**
   * Moves these scores to the same cascade over a changed graph, such as the graph after {@link
   * dev.pillars.core.alignment.AlignmentGraph#withGoal}, {@link
   * dev.pillars.core.alignment.AlignmentGraph#withoutGoal}, {@link
   * dev.pillars.core.alignment.AlignmentGraph#withLink} or {@link
   * dev.pillars.core.alignment.AlignmentGraph#withoutLink} (moving a subtree is a link removed and
   * one added). Every value supplied for a goal's own measure (a leaf's, a blend's own value) is
   * carried over by goal id to the goal, if it still takes one; a new goal, or a goal that has lost
   * its last child and was scored from its children, has no value yet and counts as its {@link
   * MissingScorePolicy} says. The scores equal
   * those of {@link Cascade#rollUp} of the carried values on {@link Cascade#withGraph}, bit for bit;
   * only the goals whose own children, weights, sizes, strategy or rule changed, and the goals above
   * them whose scores then change, are recomputed. Laying out the new cascade costs time {@code
   * O(n log n)} for {@code n} goals, as building one does; this result is left as it was.
   *
   * @param changed the changed graph
   * @return new scores over the changed graph
   * @throws NullPointerException if {@code changed} is null
   * @throws InvalidInputException as {@link Cascade#withGraph} does; under {@link
   *     MissingScorePolicy#REJECT}, if a goal scored from a value of its own has none; or if a
   *     strategy rejects its new inputs
   */
  public CascadeResult withGraph(dev.pillars.core.alignment.AlignmentGraph changed) {
    java.util.Objects.requireNonNull(changed, "changed");
    return CarryOver.carry(cascade, this, cascade.withGraph(changed));
  }

  boolean isSupplied(int p) {
    return supplied != null ? (supplied[p >>> 6] & (1L << p)) != 0 : valueAt(p) == valueAt(p);
  }

  /** Returns the copy of a child's score held at link {@code k} (see {@link #linked}). */
  double linkedAt(int k) {
    return linked[k];
  }

  double ownAt(int q) {
    return own == null ? Double.NaN : own[q];
  }

  /** Queues the parents of goal {@code p} for {@link #propagateSeeds()}. */
  void seedParents(int p) {
    pushParents(p);
  }

  /** Queues goal {@code p} for {@link #propagateSeeds()}. */
  void seed(int p) {
    push(p);
  }

  /** Recomputes the queued goals and what depends on them. */
  void propagateSeeds() {
    undoSize = 0;
    propagate();
  }

  // ---------------------------------------------------------------------------------------------
  // Incremental update

  private int apply(int p, double value, boolean isSupplied) {
    int leaves = cascade.leaves;
    double[] slot = p < leaves ? values : java.util.Objects.requireNonNull(own);
    int at = p < leaves ? p : p - leaves;
    long entry = cascade.layout.up[p];
    // a leaf under one parent: its value's copy at its link, which the parent reads next anyway
    double old = p < leaves && entry >= 0 ? linked[Layout.linkOf(entry)] : slot[at];
    boolean wasSupplied = supplied != null ? (supplied[p >>> 6] & (1L << p)) != 0 : old == old;
    setSupplied(p, isSupplied);
    if (Double.doubleToRawLongBits(old) == Double.doubleToRawLongBits(value)) {
      return 0;
    }
    slot[at] = value;
    undoSize = 0;
    try {
      if (p < leaves) {
        cascade.layout.link(linked, p, value);
        if (entry >= 0) {
          return propagateChain(Layout.parentOf(entry));
        }
        pushParents(p);
        return propagate();
      }
      return propagateChain(p);
    } catch (RuntimeException e) {
      slot[at] = old;
      if (p < leaves) {
        cascade.layout.link(linked, p, old);
      }
      setSupplied(p, wasSupplied);
      throw e;
    }
  }

  /**
   * Recomputes goal {@code a} and walks up its chain of single parents without the heap while
   * scores change, then hands a goal with several parents to {@link #propagate()}; the heap must
   * be empty. Children come before parents as in {@link #propagate()}: along a chain each goal is
   * the only one whose score can have changed, and the heap takes over above it.
   */
  private int propagateChain(int a) {
    Evaluation e = cascade.eval;
    long[] up = cascade.layout.up;
    int leaves = cascade.leaves;
    int recomputed = 0;
    try {
      for (int at = a; ; ) {
        // the goal's score and parent entry first: their cache misses then overlap with its sum
        double before = values[at];
        long u = up[at];
        double now = e.evaluate(at - leaves, values, linked, own);
        recomputed++;
        if (Double.doubleToRawLongBits(now) == Double.doubleToRawLongBits(before)) {
          return recomputed;
        }
        remember(at, before);
        values[at] = now;
        if (u < 0) {
          if (u != -1L) {
            cascade.layout.link(linked, at, now);
            pushParents(at);
          }
          break;
        }
        linked[Layout.linkOf(u)] = now;
        at = Layout.parentOf(u);
      }
    } catch (RuntimeException failure) {
      restore();
      throw failure;
    }
    return recomputed + propagate();
  }

  /** Puts back every score the update changed, as its undo log holds them. */
  private void restore() {
    heapSize = 0;
    Layout layout = cascade.layout;
    for (int i = undoSize - 1; i >= 0; i--) {
      values[undoIndex[i]] = undoValue[i];
      layout.link(linked, undoIndex[i], undoValue[i]);
    }
  }

  /**
   * Recomputes the goals in the heap, children before parents, pushing each one's parents when its
   * score changes; on an exception puts every score back.
   */
  private int propagate() {
    int recomputed = 0;
    Evaluation e = cascade.eval;
    Layout layout = cascade.layout;
    long[] up = layout.up;
    int leaves = cascade.leaves;
    try {
      int previous = -1;
      while (heapSize > 0) {
        int a = pop();
        if (a == previous) {
          continue;
        }
        previous = a;
        double before = values[a];
        long u = up[a];
        double now = e.evaluate(a - leaves, values, linked, own);
        recomputed++;
        if (Double.doubleToRawLongBits(now) != Double.doubleToRawLongBits(before)) {
          remember(a, before);
          values[a] = now;
          if (u >= 0) {
            linked[Layout.linkOf(u)] = now;
            push(Layout.parentOf(u));
          } else if (u != -1L) {
            layout.link(linked, a, now);
            pushParents(a);
          }
        }
      }
      return recomputed;
    } catch (RuntimeException failure) {
      restore();
      throw failure;
    }
  }

  private void setSupplied(int p, boolean on) {
    if (supplied == null) {
      return;
    }
    if (on) {
      supplied[p >>> 6] |= 1L << p;
    } else {
      supplied[p >>> 6] &= ~(1L << p);
    }
  }

  private void remember(int a, double before) {
    if (undoSize == undoIndex.length) {
      undoIndex = Arrays.copyOf(undoIndex, undoSize * 2);
      undoValue = Arrays.copyOf(undoValue, undoSize * 2);
    }
    undoIndex[undoSize] = a;
    undoValue[undoSize] = before;
    undoSize++;
  }

  private void pushParents(int p) {
    long up = cascade.layout.up[p];
    if (up >= 0) {
      push(Layout.parentOf(up));
    } else if (up != -1L) {
      int[] many = cascade.layout.manyUp;
      int at = -2 - Layout.parentOf(up);
      for (int k = at + 1, end = at + 1 + 2 * many[at]; k < end; k += 2) {
        push(many[k]);
      }
    }
  }

  /** Adds to the binary min-heap of cascade indices. */
  private void push(int a) {
    if (heapSize == heap.length) {
      heap = Arrays.copyOf(heap, heapSize * 2);
    }
    int i = heapSize++;
    while (i > 0) {
      int up = (i - 1) >>> 1;
      if (heap[up] <= a) {
        break;
      }
      heap[i] = heap[up];
      i = up;
    }
    heap[i] = a;
  }

  /** Removes the smallest cascade index from the heap. */
  private int pop() {
    int top = heap[0];
    int last = heap[--heapSize];
    int i = 0;
    int half = heapSize >>> 1;
    while (i < half) {
      int c = 2 * i + 1;
      if (c + 1 < heapSize && heap[c + 1] < heap[c]) {
        c++;
      }
      if (last <= heap[c]) {
        break;
      }
      heap[i] = heap[c];
      i = c;
    }
    heap[i] = last;
    return top;
  }
}
