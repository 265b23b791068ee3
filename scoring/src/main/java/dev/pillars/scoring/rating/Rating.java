package dev.pillars.scoring.rating;

import dev.pillars.core.rating.RatingLevel;
import dev.pillars.core.Checks;
import dev.pillars.scoring.Score;

/**
 * The level a score maps to, with the score whose receipt explains the mapping; the score's value
 * is the level's value.
 *
 * @param level the level
 * @param score the explained result
 */
public record Rating(RatingLevel level, Score score) {
  /**
   * Creates a rating; neither part may be null.
   *
   * @param level the level
   * @param score the explained result
   */
  public Rating {
    Checks.notNull("level", level);
    Checks.notNull("score", score);
  }
}
