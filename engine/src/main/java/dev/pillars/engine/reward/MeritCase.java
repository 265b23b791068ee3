package dev.pillars.engine.reward;

import dev.pillars.core.Checks;
import dev.pillars.core.money.Money;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingLevel;

/**
 * One person in a merit round: their final rating, salary and the midpoint of their salary range.
 *
 * <p>The rating is an input value: final ratings come from the review pillar; until the engine
 * reads them from there, the host passes them in.
 *
 * @param employee who
 * @param rating their final rating, a level of the matrix's scale
 * @param salary their salary, positive
 * @param midpoint their salary range's midpoint, positive, in the salary's currency
 */
public record MeritCase(EmployeeId employee, RatingLevel rating, Money salary, Money midpoint) {
  /**
   * Creates a case.
   *
   * @param employee who
   * @param rating their rating
   * @param salary their salary
   * @param midpoint the midpoint
   * @throws dev.pillars.core.InvalidInputException if an amount is not positive or the currencies
   *     differ
   */
  public MeritCase {
    Checks.notNull("employee", employee);
    Checks.notNull("rating", rating);
    Checks.notNull("salary", salary);
    Checks.require(salary.minor() > 0, "salary", salary, "must be positive");
    Checks.require(salary.sameCurrency("midpoint", midpoint) > 0, "midpoint", midpoint, "must be positive");
  }
}
