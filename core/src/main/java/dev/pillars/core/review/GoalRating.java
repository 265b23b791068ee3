package dev.pillars.core.review;

import dev.pillars.core.Checks;

/**
 * A review's rating of one goal, with the goal's weight as it stood when the rating was given, so
 * that a submitted review keeps its numbers whatever later happens to the goal.
 *
 * @param rating the rating, a value of the template's scale
 * @param weight the goal's weight, positive and finite
 */
public record GoalRating(double rating, double weight) {
  /**
   * Creates a goal rating.
   *
   * @param rating the rating, finite
   * @param weight the goal's weight, positive and finite
   * @throws dev.pillars.core.InvalidInputException if a number breaks its rule
   */
  public GoalRating {
    rating = Checks.finite("rating", rating);
    Checks.positive("weight", weight);
  }

  /**
   * Returns a goal rating.
   *
   * @param rating the rating
   * @param weight the goal's weight
   * @return the goal rating
   */
  public static GoalRating of(double rating, double weight) {
    return new GoalRating(rating, weight);
  }
}
