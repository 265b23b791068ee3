package dev.pillars.core.reward;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingLevel;
import java.math.BigInteger;

/**
 * One person's share of a range allocation ({@code dev.pillars.scoring.allocation.RangeAllocation}), with the numbers that
 * replay it: {@code amount = floor(base * rateNanos / 10^9) + adjustment}.
 *
 * @param recipient who
 * @param rating their rating
 * @param base their base in minor units
 * @param range their cell's range
 * @param rateNanos the fraction of the base their cell was given, in billionths (the exact rate
 *     rounded down)
 * @param adjustment the whole minor units added (or, rarely, taken) to meet the budget exactly and
 *     keep to the range, by the allocation's tie rule
 * @param minAmount the range's minimum in minor units, {@code ceil(base * min)}
 * @param maxAmount the range's maximum in minor units, {@code floor(base * max)}; zero when the
 *     range's target is zero (a pool pays such a cell nothing)
 * @param amount the amount paid, in minor units, not negative
 */
public record RangeReceipt(
    EmployeeId recipient, RatingLevel rating, long base, IncreaseRange range, long rateNanos, long adjustment,
    long minAmount, long maxAmount, long amount) {
  /** One billion: rates are billionths of the base. */
  public static final long NANO = 1_000_000_000L;

  /**
   * Creates a receipt.
   *
   * @param recipient who
   * @param rating their rating
   * @param base their base
   * @param range their range
   * @param rateNanos the rate in billionths
   * @param adjustment the units added or taken
   * @param minAmount the range's minimum amount
   * @param maxAmount the range's maximum amount
   * @param amount the amount
   * @throws dev.pillars.core.InvalidInputException if the numbers do not replay to the amount
   */
  public RangeReceipt {
    Checks.notNull("recipient", recipient);
    Checks.notNull("rating", rating);
    Checks.notNull("range", range);
    Checks.require(rateNanos >= 0, "rateNanos", rateNanos, "must be zero or positive");
    Checks.require(amount >= 0, "amount", amount, "must be zero or positive");
    if (minAmount < 0 || minAmount > maxAmount) {
      throw new InvalidInputException("minAmount", minAmount, "must be between 0 and maxAmount " + maxAmount);
    }
    if (floor(base, rateNanos) + adjustment != amount) {
      throw new InvalidInputException(
          "amount", amount, "must be floor(" + base + " * " + rateNanos + " / 10^9) + " + adjustment);
    }
  }

  /**
   * Returns {@code floor(base * rateNanos / 10^9)}, exactly (both not negative).
   *
   * @param base the base in minor units
   * @param rateNanos the rate in billionths
   * @return the amount before adjustment
   */
  public static long floor(long base, long rateNanos) {
    long high = Math.multiplyHigh(base, rateNanos);
    long low = base * rateNanos;
    if (high == 0 && low >= 0) {
      return low / NANO;
    }
    return BigInteger.valueOf(base).multiply(BigInteger.valueOf(rateNanos)).divide(BigInteger.valueOf(NANO))
        .longValueExact();
  }

  /**
   * Computes the amount again from the receipt's numbers.
   *
   * @return {@code floor(base * rateNanos / 10^9) + adjustment}, equal to {@link #amount()}
   */
  public long replay() {
    return floor(base, rateNanos) + adjustment;
  }

  /**
   * Returns how far the amount lies outside the range: negative below the minimum, positive above
   * the maximum, zero inside.
   *
   * @return the distance in minor units
   */
  public long outsideBy() {
    if (amount < minAmount) {
      return amount - minAmount;
    }
    return amount > maxAmount ? amount - maxAmount : 0;
  }

  /**
   * Returns the award as a fraction of the base, in basis points rounded down (zero for a zero
   * base).
   *
   * @return the percentage in basis points
   */
  public long percentBp() {
    return base == 0 ? 0 : BigInteger.valueOf(amount).multiply(BigInteger.valueOf(10_000))
        .divide(BigInteger.valueOf(base)).longValueExact();
  }
}
