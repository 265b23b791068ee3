package dev.pillars.scoring.allocation;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingLevel;
import dev.pillars.core.reward.IncreaseRange;

/**
 * One person in a {@linkplain RangeAllocation range allocation}: their rating, the base their award
 * is a fraction of (a salary for a merit increase, a prorated target bonus for a bonus pool), and
 * the range the matrix or plan gives their cell.
 *
 * @param recipient who
 * @param rating their final rating (an input: the review pillar decides it)
 * @param base the base in minor units, 0 to {@value #MAX_BASE}
 * @param range the range of awards as fractions of the base
 */
public record RangeInput(EmployeeId recipient, RatingLevel rating, long base, IncreaseRange range) {
  /** The largest base, 10^13 minor units (a hundred billion euros). */
  public static final long MAX_BASE = 10_000_000_000_000L;

  /**
   * Creates an input.
   *
   * @param recipient who
   * @param rating their rating
   * @param base the base in minor units
   * @param range the range
   * @throws dev.pillars.core.InvalidInputException if the base is negative or above {@value
   *     #MAX_BASE}
   */
  public RangeInput {
    Checks.notNull("recipient", recipient);
    Checks.notNull("rating", rating);
    if (base < 0 || base > MAX_BASE) {
      throw new InvalidInputException(recipient + ".base", base, "must be between 0 and " + MAX_BASE);
    }
    Checks.notNull("range", range);
  }

  /**
   * Returns an input.
   *
   * @param recipient who
   * @param rating their rating
   * @param base the base in minor units
   * @param range the range
   * @return the input
   */
  public static RangeInput of(EmployeeId recipient, RatingLevel rating, long base, IncreaseRange range) {
    return new RangeInput(recipient, rating, base, range);
  }
}
