package dev.pillars.scoring.normalisation;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;

/**
 * A rating one rater gave one subject.
 *
 * @param rater who rated
 * @param subject who was rated
 * @param value the rating, finite
 */
public record RaterRating(EmployeeId rater, EmployeeId subject, double value) {
  /**
   * Creates a rating.
   *
   * @param rater who rated
   * @param subject who was rated
   * @param value the rating, finite
   * @throws NullPointerException if an id is null
   * @throws dev.pillars.core.InvalidInputException if the value is not finite
   */
  public RaterRating {
    Checks.notNull("rater", rater);
    Checks.notNull("subject", subject);
    Checks.finite("value", value);
  }

  /**
   * Returns a rating.
   *
   * @param rater who rated
   * @param subject who was rated
   * @param value the rating
   * @return the rating
   */
  public static RaterRating of(EmployeeId rater, EmployeeId subject, double value) {
    return new RaterRating(rater, subject, value);
  }
}
