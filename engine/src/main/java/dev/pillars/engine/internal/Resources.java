package dev.pillars.engine.internal;

import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.engine.access.Resource;

/** The access-policy resources of the engine's aggregates, and their "not found" errors. */
public final class Resources {
  private Resources() {}

  /**
   * Returns a goal as a resource: its owner's data.
   *
   * @param goal the goal
   * @return the resource
   */
  public static Resource ofGoal(Goal goal) {
    String description = "goal " + goal.id().value();
    GoalOwner owner = goal.owner();
    if (owner instanceof GoalOwner.Employee employee) {
      return Resource.ofEmployee(description, employee.id());
    }
    return Resource.ofUnit(description, ((GoalOwner.Unit) owner).id());
  }

  /**
   * Returns a KPI as a resource: the tenant's own data.
   *
   * @param kpi the KPI
   * @return the resource
   */
  public static Resource ofKpi(KpiId kpi) {
    return Resource.ofTenant("KPI " + kpi.value());
  }

  /**
   * Returns the error for a goal the tenant does not have.
   *
   * @param goal the goal's id
   * @return the exception
   */
  public static UnknownReferenceException unknownGoal(GoalId goal) {
    return new UnknownReferenceException("goal", goal, "must name a goal of the tenant");
  }

  /**
   * Returns the error for a KPI the tenant has not defined.
   *
   * @param kpi the KPI's id
   * @return the exception
   */
  public static UnknownReferenceException unknownKpi(KpiId kpi) {
    return new UnknownReferenceException("kpi", kpi, "must name a KPI the tenant has defined");
  }
}
