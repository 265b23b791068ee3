package dev.pillars.core.reward;

import dev.pillars.core.Checks;

/**
 * A range of awards as fractions of a base, in basis points (1/100 of a percent): a minimum, a
 * target and a maximum, such as {@code 2.00 % / 3.50 % / 5.00 %} of salary for a merit increase,
 * or {@code 0 % / 120 % / 200 %} of a target bonus.
 *
 * @param minBp the minimum, 0 or more
 * @param targetBp the target, at least the minimum
 * @param maxBp the maximum, at least the target and at most {@value #MAX_BP} (1000 %)
 */
public record IncreaseRange(int minBp, int targetBp, int maxBp) {
  /** One hundred percent, in basis points. */
  public static final int ONE = 10_000;

  /** The largest allowed maximum, 1000 %. */
  public static final int MAX_BP = 100_000;

  /**
   * Creates a range.
   *
   * @param minBp the minimum, 0 or more
   * @param targetBp the target, at least the minimum
   * @param maxBp the maximum, at least the target and at most {@value #MAX_BP}
   * @throws dev.pillars.core.InvalidInputException if the numbers are out of order or range
   */
  public IncreaseRange {
    Checks.inRange("minBp", minBp, 0, MAX_BP);
    Checks.inRange("targetBp", targetBp, minBp, MAX_BP);
    Checks.inRange("maxBp", maxBp, targetBp, MAX_BP);
  }

  /**
   * Returns a range.
   *
   * @param minBp the minimum in basis points
   * @param targetBp the target in basis points
   * @param maxBp the maximum in basis points
   * @return the range
   */
  public static IncreaseRange of(int minBp, int targetBp, int maxBp) {
    return new IncreaseRange(minBp, targetBp, maxBp);
  }

  /**
   * Returns whether every bound of this range is at least the same bound of another.
   *
   * @param other the other range
   * @return {@code true} if min, target and max are each at least the other's
   */
  public boolean atLeast(IncreaseRange other) {
    Checks.notNull("other", other);
    return minBp >= other.minBp && targetBp >= other.targetBp && maxBp >= other.maxBp;
  }

  /**
   * Returns the range as percentages, such as {@code 2.00 %/3.50 %/5.00 %}.
   *
   * @return the range as text
   */
  @Override
  public String toString() {
    return percent(minBp) + "/" + percent(targetBp) + "/" + percent(maxBp);
  }

  /**
   * Returns basis points as a percentage with two decimals.
   *
   * @param bp basis points
   * @return such as {@code 3.50 %}
   */
  static String percent(int bp) {
    return java.math.BigDecimal.valueOf(bp, 2).toPlainString() + " %";
  }
}
