package dev.pillars.scoring.normalisation;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.scoring.Score;

/**
 * A rating after normalisation, with the receipt of the adjustment.
 *
 * @param rater who rated
 * @param subject who was rated
 * @param score the normalised rating and its receipt
 */
public record NormalisedRating(EmployeeId rater, EmployeeId subject, Score score) {
  /**
   * Creates a normalised rating; no part may be null.
   *
   * @param rater who rated
   * @param subject who was rated
   * @param score the normalised rating and its receipt
   */
  public NormalisedRating {
    Checks.notNull("rater", rater);
    Checks.notNull("subject", subject);
    Checks.notNull("score", score);
  }

  /**
   * Returns the normalised value.
   *
   * @return the score's value
   */
  public double value() {
    return score.value();
  }
}
