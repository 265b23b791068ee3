package dev.pillars.scoring.calibration;

import dev.pillars.core.Checks;

/**
 * A statistic with the group size it rests on and its 95 % interval, so that a small group's value
 * is read with its uncertainty.
 *
 * @param value the estimate, finite
 * @param low the interval's lower end, at most {@code value}
 * @param high the interval's upper end, at least {@code value}
 * @param groupSize how many ratings the estimate rests on, 1 or more
 */
public record Statistic(double value, double low, double high, int groupSize) {
  /**
   * Creates a statistic.
   *
   * @param value the estimate, finite
   * @param low the interval's lower end, at most {@code value}
   * @param high the interval's upper end, at least {@code value}
   * @param groupSize how many ratings the estimate rests on, 1 or more
   * @throws dev.pillars.core.InvalidInputException if a number is not finite, the interval does
   *     not hold the value, or the group is empty
   */
  public Statistic {
    Checks.finite("value", value);
    Checks.finite("low", low);
    Checks.finite("high", high);
    if (low > value) {
      Checks.require(false, "low", low, "must be at most the value " + value);
    }
    if (high < value) {
      Checks.require(false, "high", high, "must be at least the value " + value);
    }
    Checks.require(groupSize >= 1, "groupSize", groupSize, "must be 1 or more");
  }

  /**
   * Tells whether the whole interval lies above zero: the effect is there beyond noise.
   *
   * @return whether {@code low > 0}
   */
  public boolean clearlyAboveZero() {
    return low > 0;
  }

  /**
   * Tells whether the whole interval lies below zero.
   *
   * @return whether {@code high < 0}
   */
  public boolean clearlyBelowZero() {
    return high < 0;
  }

  @Override
  public String toString() {
    return signed(value) + " [" + signed(low) + ", " + signed(high) + "] over " + groupSize;
  }

  /** Returns a number with its sign and two decimals, such as {@code +1.61} (no String.format: moves call this often). */
  private static String signed(double x) {
    long hundredths = Math.round(Math.abs(x) * 100);
    long cents = hundredths % 100;
    return (x < 0 && hundredths != 0 ? "-" : "+") + hundredths / 100 + (cents < 10 ? ".0" : ".") + cents;
  }
}
