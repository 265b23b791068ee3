package dev.pillars.engine.internal;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.goal.GoalId;
import dev.pillars.core.kpi.KpiId;

/**
 * What a committed operation did to what the engine keeps of a tenant in memory, so the engine
 * updates it after commit: nothing, one goal's own progress, one KPI's measurements (every goal it
 * measures), the graph (the scores are rebuilt), or the organisation (the organisation and the
 * scores are read again).
 */
public sealed interface Effect {
  /** The operation changed nothing a score depends on. */
  Effect NONE = new None();

  /** The graph changed (a goal or a link came or went, a status or weight changed, a KPI was defined). */
  Effect GRAPH = new Graph();

  /** The organisation changed (people or units came, went or moved, or someone was erased). */
  Effect ORGANISATION = new OrganisationChanged();

  /**
   * Returns the effect of a change to one goal's own progress.
   *
   * @param goal the goal
   * @return the effect
   */
  static Effect goal(GoalId goal) {
    return new GoalProgress(goal);
  }

  /**
   * Returns the effect of a change to one KPI's measurements.
   *
   * @param kpi the KPI
   * @return the effect
   */
  static Effect kpi(KpiId kpi) {
    return new KpiMeasurements(kpi);
  }

  /** Nothing changed. */
  record None() implements Effect {}

  /** The graph changed. */
  record Graph() implements Effect {}

  /** The organisation changed. */
  record OrganisationChanged() implements Effect {}

  /**
   * A goal's own progress changed.
   *
   * @param goal the goal
   */
  record GoalProgress(GoalId goal) implements Effect {
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
  record KpiMeasurements(KpiId kpi) implements Effect {
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
