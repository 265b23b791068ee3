package dev.pillars.core.calibration;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;

/**
 * A person's proposed rating as calibration sees it: who is rated, by which rater (their manager),
 * at which level of the cycle's rating scale, and the attributes populations are keyed on.
 *
 * @param employee the rated person
 * @param rater who proposed the rating, usually the manager
 * @param level the level's index on the rating scale, 0 for the lowest
 * @param unit the person's unit
 * @param grade the person's grade, not blank
 */
public record ProposedRating(EmployeeId employee, EmployeeId rater, int level, OrgUnitId unit, String grade) {
  /**
   * Creates a proposed rating.
   *
   * @param employee the rated person
   * @param rater who proposed the rating
   * @param level the level's index on the rating scale, 0 or more
   * @param unit the person's unit
   * @param grade the person's grade, not blank
   * @throws dev.pillars.core.InvalidInputException if the level is negative or the grade blank
   */
  public ProposedRating {
    Checks.notNull("employee", employee);
    Checks.notNull("rater", rater);
    Checks.notNull("unit", unit);
    Checks.notBlank("grade", grade);
    Checks.require(level >= 0, "level", level, "must be a level index, 0 or more");
  }

  /**
   * Returns this rating at another level.
   *
   * @param newLevel the level index, 0 or more
   * @return the rating with the new level
   */
  public ProposedRating withLevel(int newLevel) {
    return new ProposedRating(employee, rater, newLevel, unit, grade);
  }
}
