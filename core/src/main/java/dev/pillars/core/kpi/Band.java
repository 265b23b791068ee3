package dev.pillars.core.kpi;

import dev.pillars.core.Checks;

/**
 * A closed band of good values for a {@link Direction#WITHIN_RANGE} KPI, both ends included.
 *
 * @param lower the smallest good value, finite
 * @param upper the largest good value, not below {@code lower} (equal for a single exact value)
 */
public record Band(double lower, double upper) {
  /**
   * Creates a band.
   *
   * @param lower the smallest good value, finite
   * @param upper the largest good value, not below {@code lower} (equal for a single exact value)
   * @throws dev.pillars.core.InvalidInputException if an end is not finite, {@code upper} is below
   *     {@code lower}, or the width overflows a double
   */
  public Band {
    lower = Checks.finite("band.lower", lower);
    upper = Checks.finite("band.upper", upper);
    Checks.require(upper >= lower, "band.upper", upper, "must not be below band.lower " + lower);
    Checks.require(
        Double.isFinite(upper - lower), "band.upper", upper, "must lie a finite distance above band.lower " + lower);
  }

  /**
   * Returns the band from {@code lower} to {@code upper}.
   *
   * @param lower the smallest good value, finite
   * @param upper the largest good value
   * @return the band
   * @throws dev.pillars.core.InvalidInputException if an end is not finite or {@code upper} is
   *     below {@code lower}
   */
  public static Band of(double lower, double upper) {
    return new Band(lower, upper);
  }

  /**
   * Returns whether a value lies inside the band, ends included.
   *
   * @param value the value
   * @return true if {@code lower <= value <= upper}
   */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }

  /**
   * Returns how far a value lies outside the band: 0 inside, the distance to the nearer end
   * outside.
   *
   * @param value the value
   * @return the distance, zero or positive
   */
  public double distance(double value) {
    if (value < lower) {
      return lower - value;
    }
    if (value > upper) {
      return value - upper;
    }
    return 0;
  }

  /**
   * Returns the middle of the band.
   *
   * @return {@code lower + (upper - lower) / 2}
   */
  public double midpoint() {
    return lower + (upper - lower) / 2;
  }
}
