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
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The values a caller supplies for the leaves of a {@link Cascade} (the goals without children):
 * KPI attainment, manual progress, milestone shares, or any finite number the host computes.
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

  LeafValues(Cascade cascade) {
    this.cascade = cascade;
    this.values = new double[cascade.leaves];
    Arrays.fill(values, Double.NaN);
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
    int p = cascade.requireLeaf(goal);
    values[p] = cascade.checkValue(p, value);
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
    int p = cascade.requireLeafIndex(index);
    values[p] = cascade.checkValue(p, value);
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
    values[cascade.requireLeaf(goal)] = Double.NaN;
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
    double v = values[cascade.requireLeaf(goal)];
    return v == v ? OptionalDouble.of(v) : OptionalDouble.empty();
  }

  /**
   * Returns how many leaves have a value.
   *
   * @return the count
   */
  public int count() {
    int count = 0;
    for (double v : values) {
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
    double[] next = values.clone();
    for (int p = 0; p < next.length; p++) {
      OptionalDouble progress = cascade.graph().goal(cascade.idAt(p)).orElseThrow().progress();
      if (progress.isPresent()) {
        next[p] = cascade.checkValue(p, progress.getAsDouble());
      }
    }
    System.arraycopy(next, 0, values, 0, next.length);
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
    int p = cascade.requireLeaf(goal);
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
    values[p] = cascade.checkValue(p, score.receipt().unroundedValue());
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
