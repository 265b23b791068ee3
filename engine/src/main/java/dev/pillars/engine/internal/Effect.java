package dev.pillars.engine.internal;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.goal.GoalId;
import dev.pillars.core.kpi.KpiId;
import java.util.Collection;
import java.util.Set;

/**
 * What a committed operation did to what the engine keeps of a tenant in memory, so the engine
 * updates it after commit: nothing, one goal's own progress, one KPI's measurements (every goal it
 * measures), a new KPI definition, the graph (the scores move to the changed graph carrying their
 * current values), or the organisation (the organisation and the scores are read again).
 */
public sealed interface Effect {
  /** The operation changed nothing a score depends on. */
  Effect NONE = new None();

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
   * Returns the effect of goals created or changed (a status or a weight), without links changed.
   *
   * @param goals the goals
   * @return the effect
   */
  static Effect goals(Collection<GoalId> goals) {
    return new Graph(Set.copyOf(goals), false);
  }

  /**
   * Returns the effect of links added or removed.
   *
   * @return the effect
   */
  static Effect links() {
    return new Graph(Set.of(), true);
  }

  /**
   * Returns the effect of goals created or changed together with links added or removed.
   *
   * @param goals the goals
   * @return the effect
   */
  static Effect goalsAndLinks(Collection<GoalId> goals) {
    return new Graph(Set.copyOf(goals), true);
  }

  /**
   * Returns the effect of a KPI defined: the goals it measures can be scored from now on.
   *
   * @param kpi the KPI
   * @return the effect
   */
  static Effect kpiDefined(KpiId kpi) {
    return new KpiDefinitionAdded(kpi);
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

  /**
   * Goals or links changed.
   *
   * @param goals the goals created or changed
   * @param links whether links were added or removed
   */
  record Graph(Set<GoalId> goals, boolean links) implements Effect {
    /**
     * Creates the effect.
     *
     * @param goals the goals created or changed, each read again from committed data
     * @param links whether links were added or removed (the tenant's links are read again)
     */
    public Graph {
      goals = Set.copyOf(goals);
    }
  }

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

  /**
   * A KPI was defined.
   *
   * @param kpi the KPI
   */
  record KpiDefinitionAdded(KpiId kpi) implements Effect {
    /**
     * Creates the effect.
     *
     * @param kpi the KPI
     */
    public KpiDefinitionAdded {
      requireNonNull(kpi, "kpi");
    }
  }
}
