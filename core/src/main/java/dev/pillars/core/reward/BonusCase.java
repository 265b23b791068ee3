package dev.pillars.core.reward;

import dev.pillars.core.Checks;
import dev.pillars.core.Period;
import dev.pillars.core.money.Money;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingLevel;

/**
 * One person's inputs to a bonus plan: their annual target bonus, final rating, when they were
 * employed and how many days of leave they took in the plan's period.
 *
 * <p>The rating is an input value: final ratings come from the review pillar, and the engine passes
 * them in.
 *
 * @param employee who
 * @param targetBonus the full-period target bonus, not negative
 * @param rating the final rating, a level of the plan's scale
 * @param employed from the first to the last day of employment (a joiner starts inside the plan's
 *     period, a leaver ends inside it); a host with no end date passes the period's end or later
 * @param leaveDays days of unpaid leave inside the period that do not count, 0 or more
 */
public record BonusCase(EmployeeId employee, Money targetBonus, RatingLevel rating, Period employed, int leaveDays) {
  /**
   * Creates a case.
   *
   * @param employee who
   * @param targetBonus the target bonus, not negative
   * @param rating the final rating
   * @param employed the employment span
   * @param leaveDays days of leave, 0 or more
   * @throws dev.pillars.core.InvalidInputException if the target bonus or the leave is negative
   */
  public BonusCase {
    Checks.notNull("employee", employee);
    Checks.notNull("targetBonus", targetBonus);
    Checks.require(!targetBonus.isNegative(), "targetBonus", targetBonus, "must be zero or positive");
    Checks.notNull("rating", rating);
    Checks.notNull("employed", employed);
    Checks.require(leaveDays >= 0, "leaveDays", leaveDays, "must be zero or positive");
  }
}
