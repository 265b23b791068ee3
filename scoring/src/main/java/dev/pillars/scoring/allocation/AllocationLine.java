package dev.pillars.scoring.allocation;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.math.BigDecimal;

/**
 * One recipient's share of an allocation, with how it was reached.
 *
 * @param recipient who receives the share
 * @param rating the recipient's rating
 * @param base the recipient's base in minor units
 * @param points what the share is proportional to, as the strategy computed it (for the built-in,
 *     base times rating to the exponent)
 * @param exactShare the exact share of the budget before it was cut to whole minor units (shown to
 *     34 significant digits)
 * @param amount the share paid, in minor units, not negative
 * @param extraUnit whether this recipient received one of the minor units left over after every
 *     share was rounded down
 */
public record AllocationLine(
    EmployeeId recipient, double rating, long base, double points, BigDecimal exactShare, long amount, boolean extraUnit) {
  /**
   * Creates a line.
   *
   * @param recipient who receives the share
   * @param rating the recipient's rating
   * @param base the recipient's base in minor units
   * @param points what the share is proportional to, as the strategy computed it (for the built-in,
   *     base times rating to the exponent)
   * @param exactShare the exact share of the budget before it was cut to whole minor units (shown
   *     to 34 significant digits)
   * @param amount the share paid, in minor units, not negative
   * @param extraUnit whether this recipient received one of the minor units left over after every
   *     share was rounded down
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if a number is negative or not finite
   */
  public AllocationLine {
    Checks.notNull("recipient", recipient);
    Checks.nonNegative("rating", rating);
    Checks.require(base >= 0, "base", base, "must be zero or positive");
    Checks.nonNegative("points", points);
    Checks.notNull("exactShare", exactShare);
    Checks.require(exactShare.signum() >= 0, "exactShare", exactShare, "must be zero or positive");
    Checks.require(amount >= 0, "amount", amount, "must be zero or positive");
  }

  /**
   * Returns the recipient's input as it was given.
   *
   * @return the input
   */
  public AllocationInput input() {
    return AllocationInput.of(recipient, rating, base);
  }
}
