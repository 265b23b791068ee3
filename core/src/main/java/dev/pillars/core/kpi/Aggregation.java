package dev.pillars.core.kpi;

import dev.pillars.core.Checks;
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
   * count; if that sum would overflow, the mean is computed from the values divided by the count
   * first, so it stays finite.
   *
   * @param values the values, in the order of their observation dates; each finite
   * @return the combined value, or empty if {@code values} is empty
   * @throws dev.pillars.core.InvalidInputException if a value is not finite
   * @throws ArithmeticException if {@link #SUM} of finite values overflows to infinity
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
        double sum = sum(values, 1);
        if (!Double.isFinite(sum)) {
          throw new ArithmeticException("the sum of " + values.length + " values overflows a double");
        }
        return OptionalDouble.of(sum);
      case MEAN:
        double mean = sum(values, 1) / values.length;
        if (!Double.isFinite(mean)) {
          mean = sum(values, values.length);
        }
        return OptionalDouble.of(mean);
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

  private static double sum(double[] values, int divisor) {
    double sum = 0;
    for (double value : values) {
      sum += value / divisor;
    }
    return sum;
  }
}
