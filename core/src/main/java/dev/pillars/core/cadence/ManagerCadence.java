package dev.pillars.core.cadence;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;

/**
 * One manager's cadence with their direct reports on the report's day.
 *
 * @param manager the manager
 * @param reports how many direct reports they have, at least 1
 * @param shareWithoutFeedback the share of reports who received no feedback in the report's window, 0 to 1
 * @param shareWithoutOneOnOne the share of reports who had no 1:1 with this manager in the window, 0 to 1
 */
public record ManagerCadence(EmployeeId manager, int reports, double shareWithoutFeedback, double shareWithoutOneOnOne) {
  /**
   * Creates a manager's cadence.
   *
   * @param manager the manager
   * @param reports how many direct reports, at least 1
   * @param shareWithoutFeedback the share without feedback, 0 to 1
   * @param shareWithoutOneOnOne the share without a 1:1, 0 to 1
   * @throws NullPointerException if {@code manager} is null
   * @throws dev.pillars.core.InvalidInputException if a number is out of range
   */
  public ManagerCadence {
    Checks.notNull("manager", manager);
    Checks.inRange("reports", reports, 1, Integer.MAX_VALUE);
    shareWithoutFeedback = Checks.inRange("shareWithoutFeedback", shareWithoutFeedback, 0, 1);
    shareWithoutOneOnOne = Checks.inRange("shareWithoutOneOnOne", shareWithoutOneOnOne, 0, 1);
  }
}
