package dev.pillars.scoring.cascade;

import dev.pillars.core.Checks;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.kpi.Aggregation;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.attainment.AttainmentStrategy;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The values a caller supplies for the leaves of a {@link Cascade} (the goals without children, and
 * those scored from their own measure) and for the own measure of goals that blend it with their
 * children's ({@link MeasuredParentRule#blend}): KPI attainment, manual progress, milestone shares,
 * or any finite number the host computes.
 *
 * <p>Obtained from {@link Cascade#leafValues()} and passed to {@link Cascade#rollUp}. A leaf
 * without a value counts as the cascade's {@link MissingScorePolicy} says. Every setter checks its
 * input (a goal of the graph without children, a finite value inside the cascade's {@link
 * Cascade#leafRange() leaf range}) and changes nothing when it rejects it.
 *
 * <p>Leaf values are a mutable working object, not thread-safe; the roll-up copies them, so
 * changing them afterwards does not change a result (use {@link CascadeResult#update} for that).
 */
public final class LeafValues {
  private final Cascade cascade;
  /** By cascade index of the leaves; NaN where none is set. */
  final double[] values;
  /** By parent {@code q}, the own values of goals that blend them with their children's; null if none does. */
  private final double @Nullable [] own;

  LeafValues(Cascade cascade) {
    this.cascade = cascade;
    this.values = new double[cascade.leaves];
    Arrays.fill(values, Double.NaN);
    this.own = cascade.layout.blend == null ? null : new double[cascade.size - cascade.leaves];
    if (own != null) {
      Arrays.fill(own, Double.NaN);
    }
  }

  /** Returns the own value of blending parent {@code q}, or NaN. */
  double own(int q) {
    return own == null ? Double.NaN : own[q];
  }

  private void put(int p, double value) {
    if (p < values.length) {
      values[p] = value;
    } else {
      Objects.requireNonNull(own)[p - values.length] = value;
    }
  }

  private boolean blends(int p) {
    return own != null && p >= values.length && Objects.requireNonNull(cascade.layout.blend)[p - values.length] != 0;
  }

  private double at(int p) {
    return p < values.length ? values[p] : own(p - values.length);
  }

  /**
   * Returns the cascade these values are for.
   *
   * @return the cascade
   */
  public Cascade cascade() {
    return cascade;
  }

  /**
   * Sets a leaf's value.
   *
   * @param goal a goal without children
   * @param value its value, finite and inside the cascade's leaf range if it has one
   * @return these values
   * @throws dev.pillars.core.UnknownReferenceException if the graph does not hold the goal
   * @throws dev.pillars.core.InvalidInputException if the goal has children, or the value is not
   *     finite or outside the leaf range
   */
  public LeafValues set(GoalId goal, double value) {
    int p = cascade.requireValued(goal);
    put(p, cascade.checkValue(p, value));
    return this;
  }

  /**
   * Sets a leaf's value by its {@link Cascade#indexOf cascade index}, for loops over many goals.
   *
   * @param index the leaf's index in the cascade
   * @param value its value, finite and inside the cascade's leaf range if it has one
   * @return these values
   * @throws dev.pillars.core.InvalidInputException if the index is out of range or not a leaf's,
   *     or the value is not finite or outside the leaf range
   */
  public LeafValues setAt(int index, double value) {
    int p = cascade.requireValuedIndex(index);
    put(p, cascade.checkValue(p, value));
    return this;
  }

  /**
   * Removes a leaf's value.
   *
   * @param goal a goal without children
   * @return these values
   * @throws dev.pillars.core.UnknownReferenceException if the graph does not hold the goal
   * @throws dev.pillars.core.InvalidInputException if the goal has children
   */
  public LeafValues clear(GoalId goal) {
    put(cascade.requireValued(goal), Double.NaN);
    return this;
  }

  /**
   * Returns a leaf's value.
   *
   * @param goal a goal without children
   * @return its value, or empty if none is set
   * @throws dev.pillars.core.UnknownReferenceException if the graph does not hold the goal
   * @throws dev.pillars.core.InvalidInputException if the goal has children
   */
  public OptionalDouble get(GoalId goal) {
    double v = at(cascade.requireValued(goal));
    return v == v ? OptionalDouble.of(v) : OptionalDouble.empty();
  }

  /**
   * Returns how many leaves have a value.
   *
   * @return the count
   */
  public int count() {
    int count = 0;
    int valued = own == null ? values.length : cascade.size;
    for (int p = 0; p < valued; p++) {
      double v = at(p);
      if (v == v) {
        count++;
      }
    }
    return count;
  }

  /**
   * Sets every leaf whose goal knows its own progress ({@link Goal#progress()}: the reported
   * progress of a manual measure, the share of milestones reached) to that progress. Leaves
   * measured by a KPI are left as they are; see {@link #putAttainment}.
   *
   * @return these values
   * @throws dev.pillars.core.InvalidInputException if a progress lies outside the cascade's leaf
   *     range; then nothing is set
   */
  public LeafValues putGoalProgress() {
    int valued = own == null ? values.length : cascade.size;
    double[] next = new double[valued];
    for (int p = 0; p < valued; p++) {
      next[p] = at(p);
      OptionalDouble progress = cascade.layout.goalAt(p).progress();
      if (progress.isPresent() && (p < values.length || blends(p))) {
        next[p] = cascade.checkValue(p, progress.getAsDouble());
      }
    }
    for (int p = 0; p < valued; p++) {
      put(p, next[p]);
    }
    return this;
  }

  /**
   * Sets a KPI-measured leaf to its attainment: the series aggregated over the goal's period,
   * scored against the goal's KPI target by an attainment strategy. The leaf value is the score's
   * unrounded value; the returned score keeps the receipt.
   *
   * @param goal a goal without children, measured by a KPI ({@link GoalMeasure.Kpi})
   * @param series the KPI's measurements
   * @param aggregation how to aggregate the measurements over the goal's period, usually the KPI
   *     definition's
   * @param strategy the attainment strategy, such as {@link AttainmentStrategy#linear(double)}
   * @return the attainment with its receipt; empty, and nothing set, if the series has no
   *     measurement in the goal's period
   * @throws dev.pillars.core.UnknownReferenceException if the graph does not hold the goal
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if the goal has children, is not measured by the
   *     series' KPI, or the attainment lies outside the leaf range
   */
  public Optional<Score> putAttainment(
      GoalId goal, MeasurementSeries series, Aggregation aggregation, AttainmentStrategy strategy) {
    Checks.notNull("series", series);
    Checks.notNull("aggregation", aggregation);
    Checks.notNull("strategy", strategy);
    int p = cascade.requireValued(goal);
    Goal g = cascade.graph().goal(goal).orElseThrow();
    if (!(g.measure() instanceof GoalMeasure.Kpi kpi)) {
      throw new dev.pillars.core.InvalidInputException(
          "goal", goal, "must be measured by a KPI to take an attainment; its measure is " + g.measure());
    }
    Checks.require(
        kpi.kpi().equals(series.kpi()), "series.kpi", series.kpi(), "must be the goal's KPI " + kpi.kpi());
    OptionalDouble measured = series.aggregate(g.period(), aggregation);
    if (measured.isEmpty()) {
      return Optional.empty();
    }
    Score score = strategy.attainment(measured.getAsDouble(), kpi.target());
    put(p, cascade.checkValue(p, score.receipt().unroundedValue()));
    return Optional.of(score);
  }

  /**
   * Returns the values as text, such as {@code LeafValues[ana=0.4, ben=none]}; the first 40
   * leaves, then the count of the others.
   *
   * @return the values as text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("LeafValues[");
    int shown = Math.min(values.length, 40);
    for (int p = 0; p < shown; p++) {
      sb.append(p == 0 ? "" : ", ").append(cascade.idAt(p)).append('=');
      sb.append(values[p] == values[p] ? Double.toString(values[p]) : "none");
    }
    if (shown < values.length) {
      sb.append(", and ").append(values.length - shown).append(" more");
    }
    return sb.append(']').toString();
  }
}
