package dev.pillars.core.goal;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;

/** Who owns a goal: one employee or one organisational unit. */
public sealed interface GoalOwner {
  /**
   * Returns an owner that is an employee.
   *
   * @param id the employee
   * @return the owner
   */
  static GoalOwner employee(EmployeeId id) {
    return new Employee(id);
  }

  /**
   * Returns an owner that is an organisational unit.
   *
   * @param id the unit
   * @return the owner
   */
  static GoalOwner unit(OrgUnitId id) {
    return new Unit(id);
  }

  /**
   * A goal owned by one employee.
   *
   * @param id the employee
   */
  record Employee(EmployeeId id) implements GoalOwner {
    /**
     * Creates the owner; {@code id} must not be null.
     *
     * @param id the employee
     */
    public Employee {
      Checks.notNull("owner", id);
    }
  }

  /**
   * A goal owned by an organisational unit.
   *
   * @param id the unit
   */
  record Unit(OrgUnitId id) implements GoalOwner {
    /**
     * Creates the owner; {@code id} must not be null.
     *
     * @param id the unit
     */
    public Unit {
      Checks.notNull("owner", id);
    }
  }
}
