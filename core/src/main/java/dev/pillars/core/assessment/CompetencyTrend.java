package dev.pillars.core.assessment;

import dev.pillars.core.Checks;
import dev.pillars.core.competency.CompetencyId;

/**
 * How a group's gap in one competency moved between two analyses, over the people assessed in it
 * in both.
 *
 * @param competency the competency
 * @param people how many people were assessed in it in both analyses
 * @param shortfallBefore their summed shortfall in the earlier analysis
 * @param shortfallAfter their summed shortfall in the later analysis
 */
public record CompetencyTrend(CompetencyId competency, int people, long shortfallBefore, long shortfallAfter) {
  /**
   * Creates a trend.
   *
   * @param competency the competency
   * @param people how many people, 0 or more
   * @param shortfallBefore the earlier summed shortfall, 0 or more
   * @param shortfallAfter the later summed shortfall, 0 or more
   * @throws NullPointerException if {@code competency} is null
   * @throws dev.pillars.core.InvalidInputException if a count is negative
   */
  public CompetencyTrend {
    Checks.notNull("competency", competency);
    Checks.require(people >= 0, "people", people, "must be 0 or more");
    Checks.require(shortfallBefore >= 0, "shortfallBefore", shortfallBefore, "must be 0 or more");
    Checks.require(shortfallAfter >= 0, "shortfallAfter", shortfallAfter, "must be 0 or more");
  }

  /**
   * Returns the change in summed shortfall: negative when the gap closed.
   *
   * @return later minus earlier
   */
  public long change() {
    return shortfallAfter - shortfallBefore;
  }
}
