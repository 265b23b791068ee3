package dev.pillars.scoring.internal;

import dev.pillars.core.Checks;

/**
 * Splits a whole number of people into bands by shares with the largest-remainder method: each
 * band gets the whole part of its quota, and the units left over go to the largest remainders,
 * the lower band first among equal remainders. The counts always add up to the total. Not
 * exported.
 */
public final class LargestRemainder {
  private LargestRemainder() {}

  /**
   * Returns the band counts.
   *
   * @param shares the bands' shares, non-negative, adding up to 1 (checked by the caller)
   * @param total the number of people, 0 or more
   * @return one count per band, adding up to {@code total}
   */
  public static int[] counts(double[] shares, int total) {
    Checks.notNull("shares", shares);
    Checks.require(total >= 0, "total", total, "must be 0 or more");
    int bands = shares.length;
    int[] counts = new int[bands];
    double[] remainders = new double[bands];
    int given = 0;
    for (int b = 0; b < bands; b++) {
      double quota = shares[b] * total;
      counts[b] = (int) Math.floor(quota);
      remainders[b] = quota - counts[b];
      given += counts[b];
    }
    boolean[] extra = new boolean[bands];
    for (int left = total - given; left > 0; left--) {
      int best = -1;
      for (int b = 0; b < bands; b++) {
        if (!extra[b] && (best < 0 || remainders[b] > remainders[best])) {
          best = b;
        }
      }
      if (best < 0) {
        best = 0;
        java.util.Arrays.fill(extra, false);
      }
      extra[best] = true;
      counts[best]++;
    }
    return counts;
  }
}
