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

  // reusable working state of update(): a min-heap of cascade indices (which may hold a goal
  // twice; the copies pop one after the other and the second is skipped), and the undo log
  private int[] heap = new int[64];
  private int heapSize;
  private int[] undoIndex = new int[64];
  private double[] undoValue = new double[64];
  private int undoSize;

  CascadeResult(Cascade cascade, double[] values, long @Nullable [] supplied) {
    this.cascade = cascade;
    this.values = values;
    this.supplied = supplied;
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
    if (p < cascade.leaves || values[p] != values[p]) {
      return Optional.empty();
    }
    int q = p - cascade.leaves;
    List<String> notes = new ArrayList<>();
    List<WeightedScore> inputs = cascade.inputs(q, values, supplied, notes);
    Score score = cascade.strategyAt(q).aggregate(inputs);
    Receipt receipt = score.receipt();
    if (notes.isEmpty()) {
      return Optional.of(receipt);
    }
    return Optional.of(
        Receipt.builder()
            .kind(receipt.kind())
            .config(receipt.config())
            .addAllLines(receipt.lines())
            .putAllContext(receipt.context())
            .addAllNotes(receipt.notes())
            .addAllNotes(notes)
            .intercept(receipt.intercept())
            .unroundedValue(receipt.unroundedValue())
            .build());
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
    return isSupplied(cascade.requireLeaf(goal));
  }

  private boolean isSupplied(int p) {
    return supplied != null ? (supplied[p >>> 6] & (1L << p)) != 0 : values[p] == values[p];
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
    int p = cascade.requireLeaf(goal);
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
    int p = cascade.requireLeafIndex(index);
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
    int p = cascade.requireLeaf(goal);
    return switch (cascade.missingScores()) {
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
    Cascade c = cascade;
    double[] v = values;
    int leaves = c.leaves;
    int parents = c.size - leaves;
    for (int q = 0; q < parents; q++) {
      v[leaves + q] = c.compute(q, v);
    }
  }

  /**
   * Returns an independent copy of these scores.
   *
   * @return the copy
   */
  public CascadeResult copy() {
    return new CascadeResult(cascade, values.clone(), supplied == null ? null : supplied.clone());
  }

  /**
   * Returns the heap taken by this result's arrays, computed exactly from their lengths as {@link
   * Cascade#footprintBytes()} does: the scores (8 bytes per goal), under {@link
   * MissingScorePolicy#ZERO} one bit per goal, and the update's working arrays at their current
   * size.
   *
   * @return the bytes
   */
  public long footprintBytes() {
    return Cascade.bytes(values.length, 8) + (supplied == null ? 0 : Cascade.bytes(supplied.length, 8))
        + Cascade.bytes(heap.length, 4) + Cascade.bytes(undoIndex.length, 4) + Cascade.bytes(undoValue.length, 8);
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

  // ---------------------------------------------------------------------------------------------
  // Incremental update

  private int apply(int p, double value, boolean isSupplied) {
    double old = values[p];
    boolean wasSupplied = isSupplied(p);
    setSupplied(p, isSupplied);
    if (Double.doubleToRawLongBits(old) == Double.doubleToRawLongBits(value)) {
      return 0;
    }
    values[p] = value;
    undoSize = 0;
    int recomputed = 0;
    try {
      pushParents(p);
      int leaves = cascade.leaves;
      int previous = -1;
      while (heapSize > 0) {
        int a = pop();
        if (a == previous) {
          continue;
        }
        previous = a;
        double now = cascade.compute(a - leaves, values);
        recomputed++;
        double before = values[a];
        if (Double.doubleToRawLongBits(now) != Double.doubleToRawLongBits(before)) {
          remember(a, before);
          values[a] = now;
          pushParents(a);
        }
      }
      return recomputed;
    } catch (RuntimeException e) {
      heapSize = 0;
      for (int i = undoSize - 1; i >= 0; i--) {
        values[undoIndex[i]] = undoValue[i];
      }
      values[p] = old;
      setSupplied(p, wasSupplied);
      throw e;
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
    int up = cascade.up[p];
    if (up >= 0) {
      push(up);
    } else if (up < -1) {
      int[] many = cascade.manyUp;
      int at = -2 - up;
      for (int k = at + 1, end = at + 1 + many[at]; k < end; k++) {
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
