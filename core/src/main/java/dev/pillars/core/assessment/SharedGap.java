package dev.pillars.core.assessment;

import dev.pillars.core.Checks;
import dev.pillars.core.competency.CompetencyId;

/**
 * A competency in which people of a team or unit fall short, and how many share the gap.
 *
 * @param competency the competency
 * @param people how many of the group fall short in it, at least 1
 * @param totalShortfall the sum of their shortfalls, in levels
 * @param largestShortfall the largest single shortfall
 */
public record SharedGap(CompetencyId competency, int people, long totalShortfall, int largestShortfall) {
  /**
   * Creates a shared gap.
   *
   * @param competency the competency
   * @param people how many fall short, at least 1
   * @param totalShortfall the sum of shortfalls, at least {@code people}
   * @param largestShortfall the largest shortfall, at least 1
   * @throws NullPointerException if {@code competency} is null
   * @throws dev.pillars.core.InvalidInputException if a count is out of range
   */
  public SharedGap {
    Checks.notNull("competency", competency);
    Checks.require(people >= 1, "people", people, "must be 1 or more");
    Checks.require(totalShortfall >= people, "totalShortfall", totalShortfall, "must be at least people (" + people + ")");
    Checks.require(largestShortfall >= 1, "largestShortfall", largestShortfall, "must be 1 or more");
  }

  /**
   * Returns the mean shortfall of those who fall short.
   *
   * @return total shortfall over people
   */
  public double meanShortfall() {
    return (double) totalShortfall / people;
  }
}
