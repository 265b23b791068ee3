package dev.pillars.core.goal;

import dev.pillars.core.Checks;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.KpiTarget;
import java.util.List;

/**
 * How a goal's progress is measured: against a KPI target, by manual progress, by a milestone
 * checklist, or derived from the goals aligned under it.
 */
public sealed interface GoalMeasure {

  /**
   * Returns a measure against a KPI target.
   *
   * @param kpi the KPI
   * @param target the KPI's baseline, target and optional threshold and stretch
   * @return the measure
   */
  static GoalMeasure kpi(KpiId kpi, KpiTarget target) {
    return new Kpi(kpi, target);
  }

  /**
   * Returns a manual measure at the given progress.
   *
   * @param progress the progress, from 0 (nothing done) to 1 (done)
   * @return the measure
   */
  static GoalMeasure manual(double progress) {
    return new Manual(progress);
  }

  /**
   * Returns a milestone checklist.
   *
   * @param milestones the milestones, at least one
   * @return the measure
   */
  static GoalMeasure milestones(List<Milestone> milestones) {
    return new Milestones(milestones);
  }

  /**
   * Returns a measure derived from the goals aligned under this one.
   *
   * @return the measure
   */
  static GoalMeasure derived() {
    return Derived.INSTANCE;
  }

  /**
   * Measured by a KPI against a target.
   *
   * @param kpi the KPI
   * @param target the target
   */
  record Kpi(KpiId kpi, KpiTarget target) implements GoalMeasure {
    /**
     * Creates the measure; neither part may be null.
     *
     * @param kpi the KPI
     * @param target the target
     */
    public Kpi {
      Checks.notNull("measure.kpi", kpi);
      Checks.notNull("measure.target", target);
    }
  }

  /**
   * Measured by progress the owner reports in check-ins.
   *
   * @param progress the latest reported progress, from 0 to 1
   */
  record Manual(double progress) implements GoalMeasure {
    /**
     * Creates the measure.
     *
     * @param progress the latest reported progress, from 0 to 1
     * @throws dev.pillars.core.InvalidInputException if {@code progress} is outside [0, 1]
     */
    public Manual {
      progress = Checks.inRange("measure.progress", progress, 0, 1);
    }
  }

  /**
   * Measured by the share of milestones reached.
   *
   * @param milestones the checklist, at least one item
   */
  record Milestones(List<Milestone> milestones) implements GoalMeasure {
    /**
     * Creates the measure.
     *
     * @param milestones the checklist, at least one item
     * @throws NullPointerException if {@code milestones} is null
     * @throws dev.pillars.core.InvalidInputException if the list is empty or holds null
     */
    public Milestones {
      Checks.notNull("measure.milestones", milestones);
      Checks.require(!milestones.isEmpty(), "measure.milestones", milestones, "must hold at least one milestone");
      Checks.require(milestones.stream().noneMatch(java.util.Objects::isNull), "measure.milestones", milestones, "must not hold null");
      milestones = List.copyOf(milestones);
    }

    /**
     * Returns the share of milestones reached.
     *
     * @return done milestones divided by all milestones, from 0 to 1
     */
    public double progress() {
      long done = milestones.stream().filter(Milestone::done).count();
      return (double) done / milestones.size();
    }
  }

  /** Derived from the goals aligned under this one, by the roll-up. */
  enum Derived implements GoalMeasure {
    /** The only instance. */
    INSTANCE
  }
}
