package dev.pillars.core.succession;

import dev.pillars.core.Checks;

/**
 * How many candidates a key position has at each readiness.
 *
 * @param readyNow candidates ready now
 * @param oneToTwoYears candidates ready in one to two years
 * @param threeToFiveYears candidates ready in three to five years
 */
public record BenchStrength(int readyNow, int oneToTwoYears, int threeToFiveYears) {
  /**
   * Creates a bench strength.
   *
   * @param readyNow candidates ready now, 0 or more
   * @param oneToTwoYears candidates ready in one to two years, 0 or more
   * @param threeToFiveYears candidates ready in three to five years, 0 or more
   * @throws dev.pillars.core.InvalidInputException if a count is negative
   */
  public BenchStrength {
    Checks.require(readyNow >= 0, "readyNow", readyNow, "must be 0 or more");
    Checks.require(oneToTwoYears >= 0, "oneToTwoYears", oneToTwoYears, "must be 0 or more");
    Checks.require(threeToFiveYears >= 0, "threeToFiveYears", threeToFiveYears, "must be 0 or more");
  }

  /**
   * Returns whether someone could take over now.
   *
   * @return whether there is a ready-now candidate
   */
  public boolean hasReadyCandidate() {
    return readyNow > 0;
  }

  /**
   * Returns how many candidates there are in all.
   *
   * @return the sum of the counts
   */
  public int candidates() {
    return readyNow + oneToTwoYears + threeToFiveYears;
  }
}
