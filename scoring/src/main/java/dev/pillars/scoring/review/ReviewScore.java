package dev.pillars.scoring.review;

import dev.pillars.core.Checks;
import dev.pillars.core.rating.RatingLevel;
import dev.pillars.scoring.Outcome;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The overall score of one review: the components that went in, the composite's outcome (a score
 * with its receipt, or why there is none) and the level of the template's scale nearest to it.
 *
 * @param components the component scores that went into the composite, by name; an absent
 *     component is not in the map
 * @param outcome the composite's score with its receipt, or the reason there is none
 * @param level the scale's level nearest to the score; empty when there is no score
 */
public record ReviewScore(SortedMap<String, Double> components, Outcome outcome, Optional<RatingLevel> level) {
  /**
   * Creates a review score.
   *
   * @param components the component scores by name
   * @param outcome the outcome
   * @param level the nearest level, present exactly when the outcome is a score
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if the level's presence does not match the outcome
   */
  public ReviewScore {
    components = Collections.unmodifiableSortedMap(new TreeMap<>(Checks.notNull("components", components)));
    Checks.notNull("outcome", outcome);
    Checks.notNull("level", level);
    Checks.require(level.isPresent() == outcome.asScore().isPresent(), "level", level, "must be present exactly when there is a score");
  }

  /**
   * Returns the components as a plain map.
   *
   * @return the components
   */
  public Map<String, Double> componentMap() {
    return components;
  }
}
