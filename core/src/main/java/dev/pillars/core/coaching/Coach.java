package dev.pillars.core.coaching;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.util.Optional;

/**
 * The coach of a session. A manager or mentor is an employee; an external coach may be one.
 *
 * @param role manager, mentor or external
 * @param employee the coach's employee id; required unless the coach is external
 * @param name the coach's name as the session shows it
 */
public record Coach(CoachRole role, Optional<EmployeeId> employee, String name) {
  /**
   * Creates a coach.
   *
   * @param role the role
   * @param employee the employee id, required for a manager or mentor
   * @param name the name, not blank
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if a manager or mentor has no employee id or the
   *     name is blank
   */
  public Coach {
    Checks.notNull("role", role);
    Checks.notNull("employee", employee);
    Checks.notBlank("name", name);
    Checks.require(
        role == CoachRole.EXTERNAL || employee.isPresent(), "employee", employee, "must be present for a " + role + " coach");
  }

  /**
   * Returns a coach who is an employee.
   *
   * @param role manager, mentor or external
   * @param employee the coach
   * @param name the coach's name
   * @return the coach
   */
  public static Coach employee(CoachRole role, EmployeeId employee, String name) {
    return new Coach(role, Optional.of(Checks.notNull("employee", employee)), name);
  }

  /**
   * Returns an external coach who is not an employee.
   *
   * @param name the coach's name
   * @return the coach
   */
  public static Coach external(String name) {
    return new Coach(CoachRole.EXTERNAL, Optional.empty(), name);
  }
}
