package dev.pillars.core.rating;

import dev.pillars.core.Checks;

/**
 * One level of a rating scale, such as {@code 4 "exceeds expectations"}.
 *
 * @param value the level's value, finite; levels of a scale are ordered by it
 * @param label the level's label, not blank
 */
public record RatingLevel(double value, String label) {
  /**
   * Creates a level.
   *
   * @param value the level's value, finite; levels of a scale are ordered by it
   * @param label the level's label, not blank
   * @throws dev.pillars.core.InvalidInputException if the value is not finite or the label blank
   */
  public RatingLevel {
    Checks.finite("value", value);
    Checks.notBlank("label", label);
  }

  /**
   * Returns a level.
   *
   * @param value the level's value
   * @param label the level's label
   * @return the level
   */
  public static RatingLevel of(double value, String label) {
    return new RatingLevel(value, label);
  }
}
