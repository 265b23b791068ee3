package dev.pillars.core.kpi;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import java.util.OptionalDouble;

/**
 * How the measurements of a KPI within a period combine into one value for the period: a month's
 * defect rate is the {@link #MEAN} of its weekly rates, a quarter's units shipped the {@link #SUM}
 * of its weeks.
 */
public enum Aggregation {
  /** The value observed last (on the latest observation date) in the period. */
  LAST,
  /** The sum of the values. */
  SUM,
  /** The arithmetic mean of the values. */
  MEAN,
  /** The smallest value. */
  MIN,
  /** The largest value. */
  MAX;

  /**
   * Combines values given in observation order.
   *
   * <p>The result is empty when there are no values. {@link #MEAN} is the sum divided by the
   * count, summed with every value scaled by the same power of two (exact) so that no partial sum
   * can overflow: the mean of finite values is always finite and lies between their smallest and
   * largest. {@link #SUM} has no such escape, since the sum itself may not fit a double; it is
   * then rejected.
   *
   * @param values the values, in the order of their observation dates; each finite
   * @return the combined value, or empty if {@code values} is empty
   * @throws dev.pillars.core.InvalidInputException if a value is not finite, or if {@link #SUM} of
   *     finite values is beyond the range of a double
   */
  public OptionalDouble apply(double... values) {
    Checks.notNull("values", values);
    for (double value : values) {
      Checks.finite("values", value);
    }
    if (values.length == 0) {
      return OptionalDouble.empty();
    }
    switch (this) {
      case LAST:
        return OptionalDouble.of(values[values.length - 1]);
      case SUM:
        double sum = 0;
        for (double value : values) {
          sum += value;
        }
        if (!Double.isFinite(sum)) {
          throw new InvalidInputException(
              "values", values.length + " values", "must have a SUM within the range of a double, not " + sum);
        }
        return OptionalDouble.of(sum);
      case MEAN:
        return OptionalDouble.of(mean(values));
      case MIN:
        double min = values[0];
        for (double value : values) {
          min = Math.min(min, value);
        }
        return OptionalDouble.of(min);
      case MAX:
        double max = values[0];
        for (double value : values) {
          max = Math.max(max, value);
        }
        return OptionalDouble.of(max);
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * The mean of finite values, summed at the scale of the largest magnitude: each value is
   * multiplied by the same power of two, which is exact, so the result equals the plain {@code sum
   * / n} wherever that does not overflow, and is finite where it would. Rounding is then kept
   * within the values' range.
   */
  private static double mean(double[] values) {
    double largest = 0;
    double min = values[0];
    double max = values[0];
    for (double value : values) {
      largest = Math.max(largest, Math.abs(value));
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    int exponent = Math.getExponent(largest);
    double sum = 0;
    for (double value : values) {
      sum += Math.scalb(value, -exponent);
    }
    double mean = Math.scalb(sum / values.length, exponent);
    return mean < min ? min : mean > max ? max : mean;
  }
}
