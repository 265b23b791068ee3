package dev.pillars.scoring;

import dev.pillars.core.Checks;

/**
 * A closed numeric range that scores or ratings live on, such as five stars (0 to 5), percent (0
 * to 100) or a fraction (0.0 to 1.0).
 *
 * <p>{@link #convert(double, Scale)} maps a value linearly onto another scale, ends onto ends, so
 * 3.5 stars is 70 percent and 0.7 as a fraction; converting there and back returns the value
 * within floating-point rounding (a few units in the last place).
 *
 * @param min the lowest value, finite
 * @param max the highest value, finite and above {@code min}
 */
public record Scale(double min, double max) {
  /** Percent: 0 to 100. */
  public static final Scale PERCENT = new Scale(0, 100);

  /** A fraction: 0.0 to 1.0. */
  public static final Scale FRACTION = new Scale(0, 1);

  /**
   * Creates a scale.
   *
   * @param min the lowest value, finite
   * @param max the highest value, finite and above {@code min}
   * @throws dev.pillars.core.InvalidInputException if an end is not finite or {@code max <= min}
   */
  public Scale {
    Checks.finite("min", min);
    Checks.finite("max", max);
    Checks.require(max > min, "max", max, "must be above min " + min);
    Checks.require(Double.isFinite(max - min), "max", max, "must lie within a finite distance of min " + min);
  }

  /**
   * Returns the scale from {@code min} to {@code max}.
   *
   * @param min the lowest value, finite
   * @param max the highest value, finite and above {@code min}
   * @return the scale
   */
  public static Scale of(double min, double max) {
    return new Scale(min, max);
  }

  /**
   * Returns a star scale from 0 to {@code stars}, such as 0 to 5 stars; fractions of a star are
   * allowed values.
   *
   * @param stars the number of stars, from 1 to 100
   * @return the scale
   */
  public static Scale stars(int stars) {
    return new Scale(0, Checks.inRange("stars", stars, 1, 100));
  }

  /**
   * Returns whether a value lies on this scale, ends included.
   *
   * @param value the value
   * @return true if {@code min <= value <= max}
   */
  public boolean contains(double value) {
    return value >= min && value <= max;
  }

  /**
   * Returns the value moved to the nearest end of the scale if it lies outside.
   *
   * @param value the value, finite
   * @return the value, clamped to {@code [min, max]}
   */
  public double clamp(double value) {
    return Math.max(min, Math.min(max, Checks.finite("value", value)));
  }

  /**
   * Returns the length of the scale.
   *
   * @return {@code max - min}
   */
  public double width() {
    return max - min;
  }

  /**
   * Converts a value of this scale linearly to another scale: {@code min} to {@code to.min}, {@code
   * max} to {@code to.max}.
   *
   * @param value the value, on this scale
   * @param to the scale to convert to
   * @return the value on {@code to}
   * @throws dev.pillars.core.InvalidInputException if {@code value} does not lie on this scale
   */
  public double convert(double value, Scale to) {
    Checks.notNull("to", to);
    Checks.inRange("value", value, min, max);
    if (value == max) {
      return to.max;
    }
    return to.clamp(to.min + (value - min) / (max - min) * (to.max - to.min));
  }

  @Override
  public String toString() {
    return "[" + min + ", " + max + "]";
  }
}
