package dev.pillars.examples;

import dev.pillars.scoring.StrategyConfig;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * How the examples write numbers and names for a business reader: every share, score, attainment
 * and payout as a whole percentage ({@code 51 %}), money in dollars and cents, and enum constants
 * as words ({@code lower is better}), never as code.
 */
final class Wording {
  private Wording() {}

  /** A share of 1 as a whole percentage, such as {@code 51 %} for 0.505. */
  static String percent(double share) {
    return Math.round(share * 100) + " %";
  }

  /**
   * Shares as whole percentages that add up to their rounded total, as a reader adds them: each is
   * rounded down, and the points left go to the largest remainders (the earlier share on a tie).
   */
  static long[] percents(double... shares) {
    double sum = 0;
    long[] result = new long[shares.length];
    long given = 0;
    for (int i = 0; i < shares.length; i++) {
      sum += shares[i];
      result[i] = (long) Math.floor(shares[i] * 100);
      given += result[i];
    }
    Integer[] byRemainder = new Integer[shares.length];
    for (int i = 0; i < shares.length; i++) {
      byRemainder[i] = i;
    }
    Arrays.sort(byRemainder,
        Comparator.comparingDouble((Integer i) -> -(shares[i] * 100 - result[i])).thenComparingInt(i -> i));
    for (long left = Math.round(sum * 100) - given, k = 0; left > 0 && shares.length > 0; left--, k++) {
      result[byRemainder[(int) (k % shares.length)]]++;
    }
    return result;
  }

  /** An amount in cents as dollars, such as {@code $2,637.37}. */
  static String dollars(long cents) {
    return String.format(Locale.ROOT, "$%,d.%02d", cents / 100, Math.abs(cents % 100));
  }

  /** An enum constant in words, such as {@code lower is better} for {@code LOWER_IS_BETTER}. */
  static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** What a strategy does, in words: the phrase for its name and parameters, or its name. */
  static String strategy(StrategyConfig config) {
    switch (config.name()) {
      case "weighted-mean":
        return "weighted mean";
      case WeakestMean.NAME:
        return "mean of the " + (int) config.number(WeakestMean.COUNT, 2) + " weakest";
      case "proportional-to-target":
        return "mean weighted by the size of each target";
      case "weighted-components":
        return "weighted sum of the components";
      default:
        return config.name();
    }
  }
}
