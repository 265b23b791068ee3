package dev.pillars.core.feedback;

import dev.pillars.core.Checks;

/**
 * One rating in a piece of feedback: a criterion and a value on the feedback's scale.
 *
 * @param criterion what is rated, such as a question or a competency's name; not blank
 * @param value the rating, a value of the scale's levels
 */
public record Rating(String criterion, double value) {
  /**
   * Creates a rating.
   *
   * @param criterion what is rated, not blank
   * @param value the rating, finite
   * @throws NullPointerException if {@code criterion} is null
   * @throws dev.pillars.core.InvalidInputException if the criterion is blank or the value not finite
   */
  public Rating {
    Checks.notBlank("criterion", criterion);
    value = Checks.finite("value", value);
  }
}
