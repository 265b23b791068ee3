package dev.pillars.engine.internal;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.goal.GoalId;
import dev.pillars.core.kpi.KpiId;

/**
 * What a committed operation did to a tenant's scores, so the engine updates them after commit:
 * nothing, one goal's own progress, one KPI's measurements (every goal it measures), or the graph.
 */
public sealed interface ScoreEffect {
  /** The operation changed nothing a score depends on. */
  ScoreEffect NONE = new None();

  /** The graph changed (a goal or a link came or went, a status or weight changed). */
  ScoreEffect GRAPH = new Graph();

  /**
   * Returns the effect of a change to one goal's own progress.
   *
   * @param goal the goal
   * @return the effect
   */
  static ScoreEffect goal(GoalId goal) {
    return new GoalProgress(goal);
  }

  /**
   * Returns the effect of a change to one KPI's measurements.
   *
   * @param kpi the KPI
   * @return the effect
   */
  static ScoreEffect kpi(KpiId kpi) {
    return new KpiMeasurements(kpi);
  }

  /** Nothing changed. */
  record None() implements ScoreEffect {}

  /** The graph changed. */
  record Graph() implements ScoreEffect {}

  /**
   * A goal's own progress changed.
   *
   * @param goal the goal
   */
  record GoalProgress(GoalId goal) implements ScoreEffect {
    /**
     * Creates the effect.
     *
     * @param goal the goal
     */
    public GoalProgress {
      requireNonNull(goal, "goal");
    }
  }

  /**
   * A KPI's measurements changed.
   *
   * @param kpi the KPI
   */
  record KpiMeasurements(KpiId kpi) implements ScoreEffect {
    /**
     * Creates the effect.
     *
     * @param kpi the KPI
     */
    public KpiMeasurements {
      requireNonNull(kpi, "kpi");
    }
  }
}
