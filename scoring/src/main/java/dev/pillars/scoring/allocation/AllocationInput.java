package dev.pillars.scoring.allocation;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;

/**
 * One recipient of an allocation: who, their rating, and the base their share is proportional to
 * (such as a target bonus or an eligible salary), in minor currency units.
 *
 * @param recipient who receives a share
 * @param rating the recipient's rating, finite and not negative
 * @param base the base in minor units, not negative
 */
public record AllocationInput(EmployeeId recipient, double rating, long base) {
  /**
   * Creates an input.
   *
   * @param recipient who receives a share
   * @param rating the recipient's rating, finite and not negative
   * @param base the base in minor units, not negative
   * @throws NullPointerException if the recipient is null
   * @throws dev.pillars.core.InvalidInputException if the rating is negative or not finite, or the base is
   *     negative
   */
  public AllocationInput {
    Checks.notNull("recipient", recipient);
    Checks.nonNegative(recipient + ".rating", rating);
    Checks.require(base >= 0, recipient + ".base", base, "must be zero or positive");
  }

  /**
   * Returns an input.
   *
   * @param recipient who receives a share
   * @param rating the rating
   * @param base the base in minor units
   * @return the input
   */
  public static AllocationInput of(EmployeeId recipient, double rating, long base) {
    return new AllocationInput(recipient, rating, base);
  }
}
