package dev.pillars.core.calibration;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.time.Instant;

/**
 * One applied change of a rating in a calibration session: whose, by whom, when, from which level
 * to which, and why.
 *
 * @param employee the person whose rating changed
 * @param actor the calibrator who changed it
 * @param at when
 * @param from the level index before
 * @param to the level index after, different from {@code from}
 * @param reason why, not blank
 */
public record Adjustment(EmployeeId employee, EmployeeId actor, Instant at, int from, int to, String reason) {
  /**
   * Creates an adjustment.
   *
   * @param employee the person whose rating changed
   * @param actor the calibrator who changed it
   * @param at when
   * @param from the level index before, 0 or more
   * @param to the level index after, 0 or more and different from {@code from}
   * @param reason why, not blank
   * @throws dev.pillars.core.InvalidInputException if a level is negative, the levels are equal or
   *     the reason is blank
   */
  public Adjustment {
    Checks.notNull("employee", employee);
    Checks.notNull("actor", actor);
    Checks.notNull("at", at);
    Checks.notBlank("reason", reason);
    Checks.require(from >= 0, "from", from, "must be a level index, 0 or more");
    Checks.require(to >= 0, "to", to, "must be a level index, 0 or more");
    Checks.require(to != from, "to", to, "must differ from the level before, " + from);
  }
}
