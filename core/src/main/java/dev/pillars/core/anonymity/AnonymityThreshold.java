package dev.pillars.core.anonymity;

import dev.pillars.core.Checks;

/**
 * The smallest number of responses a group of anonymous answers needs before its result is shown.
 *
 * @param k the threshold, from 2 to 1,000; {@link #DEFAULT} is 3
 */
public record AnonymityThreshold(int k) {
  /** The threshold used unless a host configures another: 3 responses. */
  public static final AnonymityThreshold DEFAULT = new AnonymityThreshold(3);

  /**
   * Creates a threshold.
   *
   * @param k the threshold, from 2 to 1,000
   * @throws dev.pillars.core.InvalidInputException if {@code k} is outside 2 to 1,000 (one response
   *     is never anonymous)
   */
  public AnonymityThreshold {
    Checks.inRange("k", k, 2, 1000);
  }

  /**
   * Returns the threshold of {@code k} responses.
   *
   * @param k the threshold, from 2 to 1,000
   * @return the threshold
   */
  public static AnonymityThreshold of(int k) {
    return new AnonymityThreshold(k);
  }

  /**
   * Tells whether a group of {@code responses} answers may be shown.
   *
   * @param responses the number of responses
   * @return whether there are at least {@code k}
   */
  public boolean allows(int responses) {
    return responses >= k;
  }
}
