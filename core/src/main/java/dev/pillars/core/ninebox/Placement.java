package dev.pillars.core.ninebox;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;

/**
 * Where one person sits on a grid.
 *
 * @param employee the person
 * @param performance the performance value placed, finite
 * @param potential the potential value placed, finite
 * @param box the box
 */
public record Placement(EmployeeId employee, double performance, double potential, Box box) {
  /**
   * Creates a placement.
   *
   * @param employee the person
   * @param performance the performance value, finite
   * @param potential the potential value, finite
   * @param box the box
   * @throws dev.pillars.core.InvalidInputException if a value is not finite
   */
  public Placement {
    Checks.notNull("employee", employee);
    Checks.finite("performance", performance);
    Checks.finite("potential", potential);
    Checks.notNull("box", box);
  }
}
