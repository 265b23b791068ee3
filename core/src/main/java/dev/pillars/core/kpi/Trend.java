package dev.pillars.core.kpi;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The least-squares line through a KPI's measurements, and what it projects.
 *
 * <p>The x axis counts {@link Frequency} steps from the first observation date, the {@link
 * #origin()}: x = 0 is that date, not any absolute date. So the {@link #slope()} is the change per
 * step (per week for a weekly KPI) and {@link #valueAtOrigin()} is the line's value on the first
 * observation date (what a textbook calls the intercept on this axis). Each measurement is one
 * point; nothing is aggregated per step first.
 *
 * <p><b>One value per date.</b> As in a {@link MeasurementSeries}, whose {@link
 * MeasurementSeries#current()} view holds the latest value of each date, a trend takes at most one
 * measurement per observation date: {@link #fit(List, Frequency)} and {@link #movingAverage(List,
 * int)} reject two measurements of one date, naming both.
 *
 * <p><b>Degenerate cases.</b> {@link #fit(List, Frequency)} returns empty when there are fewer
 * than two points: no line is defined. When all values are equal, the fit is the horizontal line
 * through them (slope 0) and {@link #rSquared()} is 1, since that line fits them exactly.
 * Otherwise R² is {@code 1 - SSres / SStot}, kept within [0, 1] against rounding.
 *
 * <p><b>Range.</b> The sums are taken with the values scaled by one power of two (exact), so no
 * sum of squares overflows, whatever the finite values. The slope and the line's values on the
 * first and last observation dates are then finite, or the measurements are rejected: values
 * that change by more than the range of a double per step (such as {@code -Double.MAX_VALUE} then
 * {@code Double.MAX_VALUE} a step later) have no finite slope. Projections far beyond the
 * observed dates may still leave that range; {@link #projectedAttainment} rejects them.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Trend {
  private final Frequency frequency;
  private final LocalDate origin;
  private final LocalDate lastObserved;
  private final int points;
  /** The values were divided by {@code 2^exponent} before fitting; slope and origin value too. */
  private final int exponent;
  private final double scaledSlope;
  private final double scaledAtOrigin;
  private final double rSquared;

  private Trend(
      Frequency frequency,
      LocalDate origin,
      LocalDate lastObserved,
      int points,
      int exponent,
      double scaledSlope,
      double scaledAtOrigin,
      double rSquared) {
    this.frequency = frequency;
    this.origin = origin;
    this.lastObserved = lastObserved;
    this.points = points;
    this.exponent = exponent;
    this.scaledSlope = scaledSlope;
    this.scaledAtOrigin = scaledAtOrigin;
    this.rSquared = rSquared;
  }

  /**
   * Fits the least-squares line through measurements.
   *
   * @param measurements the points, in any order, at most one per observation date; usually a
   *     series' {@link MeasurementSeries#current()} view
   * @param frequency the step the slope is counted in
   * @return the trend, or empty if there are fewer than two points
   * @throws dev.pillars.core.InvalidInputException if an argument is null or holds null, two
   *     measurements share an observation date, or the values change too fast for a finite slope
   *     (see the class description)
   */
  public static Optional<Trend> fit(List<Measurement> measurements, Frequency frequency) {
    Checks.notNull("frequency", frequency);
    requireOnePerDate(measurements);
    int n = measurements.size();
    if (n < 2) {
      return Optional.empty();
    }
    LocalDate origin = measurements.get(0).observedOn();
    LocalDate last = origin;
    double largest = 0;
    double min = measurements.get(0).value();
    double max = min;
    for (Measurement m : measurements) {
      origin = m.observedOn().isBefore(origin) ? m.observedOn() : origin;
      last = m.observedOn().isAfter(last) ? m.observedOn() : last;
      largest = Math.max(largest, Math.abs(m.value()));
      min = Math.min(min, m.value());
      max = Math.max(max, m.value());
    }
    if (min == max) {
      return Optional.of(new Trend(frequency, origin, last, n, 0, 0, measurements.get(0).value(), 1));
    }
    // Scale the values by a power of two (exact) so that sums of squares cannot overflow.
    int exponent = Math.getExponent(largest);
    double[] x = new double[n];
    double[] y = new double[n];
    double sumX = 0;
    double sumY = 0;
    for (int i = 0; i < n; i++) {
      x[i] = frequency.stepsBetween(origin, measurements.get(i).observedOn());
      y[i] = Math.scalb(measurements.get(i).value(), -exponent);
      sumX += x[i];
      sumY += y[i];
    }
    double meanX = sumX / n;
    double meanY = sumY / n;
    double sxx = 0;
    double sxy = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - meanX;
      double dy = y[i] - meanY;
      sxx += dx * dx;
      sxy += dx * dy;
      syy += dy * dy;
    }
    double slope = sxy / sxx;
    double atOrigin = meanY - slope * meanX;
    double residuals = 0;
    for (int i = 0; i < n; i++) {
      double r = y[i] - (atOrigin + slope * x[i]);
      residuals += r * r;
    }
    double rSquared = syy == 0 ? 1 : Math.min(1, Math.max(0, 1 - residuals / syy));
    Trend trend = new Trend(frequency, origin, last, n, exponent, slope, atOrigin, rSquared);
    Checks.require(
        Double.isFinite(trend.slope())
            && Double.isFinite(trend.valueAtOrigin())
            && Double.isFinite(trend.valueAt(last)),
        "measurements",
        n + " values from " + min + " to " + max + " between " + origin + " and " + last,
        "must change by less than the range of a double per " + frequency + " step; their line has slope "
            + trend.slope());
    return Optional.of(trend);
  }

  /**
   * Requires a non-null list of non-null measurements with at most one per observation date.
   */
  private static void requireOnePerDate(List<Measurement> measurements) {
    Checks.notNull("measurements", measurements);
    Map<LocalDate, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < measurements.size(); i++) {
      Measurement m = Checks.notNull("measurements[" + i + "]", measurements.get(i));
      Integer earlier = firstIndex.putIfAbsent(m.observedOn(), i);
      if (earlier != null) {
        throw new InvalidInputException(
            "measurements[" + i + "].observedOn",
            m.observedOn(),
            "must differ from that of measurements[" + earlier + "]: a trend takes one value per date, as a"
                + " series' current() view holds it");
      }
    }
  }

  /**
   * Fits the least-squares line through a series' current values.
   *
   * @param series the series
   * @param frequency the step the slope is counted in
   * @return the trend, or empty if the series has fewer than two observation dates
   */
  public static Optional<Trend> of(MeasurementSeries series, Frequency frequency) {
    Checks.notNull("series", series);
    return fit(series.current(), frequency);
  }

  /**
   * Fits the least-squares line through the current values of a KPI's series, counting steps in
   * the KPI's frequency.
   *
   * @param definition the KPI
   * @param series the KPI's series
   * @return the trend, or empty if the series has fewer than two observation dates
   * @throws dev.pillars.core.InvalidInputException if the series is of another KPI
   */
  public static Optional<Trend> of(KpiDefinition definition, MeasurementSeries series) {
    Checks.notNull("definition", definition);
    Checks.notNull("series", series);
    Checks.require(
        series.kpi().equals(definition.id()), "series", series, "must measure KPI " + definition.id());
    return of(series, definition.frequency());
  }

  /**
   * Returns the trailing moving average over {@code window} consecutive points.
   *
   * <p>The points are taken in observation-date order; the i-th result is the mean of the values
   * of points {@code i} to {@code i + window - 1}, dated on the last of them. There are {@code n -
   * window + 1} results for {@code n} points, none if there are fewer points than the window.
   *
   * @param measurements the points, in any order, at most one per observation date
   * @param window the number of points averaged, at least 1
   * @return the moving average, ordered by date; finite, each value within its window's values
   * @throws dev.pillars.core.InvalidInputException if {@code window} is below 1, an argument is
   *     null or holds null, or two measurements share an observation date
   */
  public static List<DatedValue> movingAverage(List<Measurement> measurements, int window) {
    requireOnePerDate(measurements);
    Checks.inRange("window", window, 1, Integer.MAX_VALUE);
    List<Measurement> sorted = new ArrayList<>(measurements);
    sorted.sort(Comparator.comparing(Measurement::observedOn));
    List<DatedValue> averages = new ArrayList<>();
    for (int end = window; end <= sorted.size(); end++) {
      double[] values = new double[window];
      for (int i = 0; i < window; i++) {
        values[i] = sorted.get(end - window + i).value();
      }
      averages.add(new DatedValue(sorted.get(end - 1).observedOn(), Aggregation.MEAN.apply(values).getAsDouble()));
    }
    return List.copyOf(averages);
  }

  /**
   * Returns the step the slope is counted in.
   *
   * @return the frequency
   */
  public Frequency frequency() {
    return frequency;
  }

  /**
   * Returns the first observation date, where x = 0.
   *
   * @return the origin
   */
  public LocalDate origin() {
    return origin;
  }

  /**
   * Returns the last observation date of the fitted points.
   *
   * @return the last date, after the origin
   */
  public LocalDate lastObserved() {
    return lastObserved;
  }

  /**
   * Returns how many points were fitted.
   *
   * @return at least 2
   */
  public int points() {
    return points;
  }

  /**
   * Returns the fitted change per frequency step.
   *
   * @return the slope, finite
   */
  public double slope() {
    return Math.scalb(scaledSlope, exponent);
  }

  /**
   * Returns the line's value on the {@link #origin()}, the first observation date, where x = 0:
   * the intercept of the line on this trend's own axis, which starts at the first observation (not
   * at any absolute date). Equal to {@code valueAt(origin())}.
   *
   * @return the fitted value on the first observation date, finite
   */
  public double valueAtOrigin() {
    return Math.scalb(scaledAtOrigin, exponent);
  }

  /**
   * Returns the coefficient of determination: the share of the values' variance the line explains.
   *
   * @return R², from 0 to 1; 1 for constant values
   */
  public double rSquared() {
    return rSquared;
  }

  /**
   * Returns the value the line projects for a date, before, inside or after the fitted range.
   *
   * @param date the date
   * @return {@code valueAtOrigin() + slope() * steps(origin, date)}, computed at the fit's scale;
   *     finite from the origin to the last observation date, and infinite only where a projection
   *     leaves the range of a double
   * @throws dev.pillars.core.InvalidInputException if {@code date} is null
   */
  public double valueAt(LocalDate date) {
    return Math.scalb(scaledAtOrigin + scaledSlope * frequency.stepsBetween(origin, date), exponent);
  }

  /**
   * Returns the raw attainment the line projects for a due date (no floor, no cap).
   *
   * @param target the target
   * @param due the due date
   * @return the attainment of {@link #valueAt(LocalDate) valueAt(due)}
   * @throws dev.pillars.core.InvalidInputException if the projection is not finite
   */
  public double projectedAttainment(KpiTarget target, LocalDate due) {
    Checks.notNull("target", target);
    double projected = valueAt(due);
    Checks.require(Double.isFinite(projected), "due", due, "must give a finite projection");
    return Attainment.raw(target, projected);
  }

  /**
   * Returns whether the KPI is on track for a target at a due date, by the {@link
   * TrackThresholds#standard() standard} thresholds.
   *
   * @param target the target
   * @param due the due date
   * @return the status of the projected attainment
   */
  public TrackStatus status(KpiTarget target, LocalDate due) {
    return status(target, due, TrackThresholds.standard());
  }

  /**
   * Returns whether the KPI is on track for a target at a due date.
   *
   * @param target the target
   * @param due the due date
   * @param thresholds where the statuses begin
   * @return the status of the projected attainment
   */
  public TrackStatus status(KpiTarget target, LocalDate due, TrackThresholds thresholds) {
    Checks.notNull("thresholds", thresholds);
    return thresholds.classify(projectedAttainment(target, due));
  }

  /**
   * Returns the slope needed to go from the fitted value at the last observation date to the
   * target value at the due date, per frequency step: the rate to compare with {@link #slope()}
   * when judging whether a goal is achievable.
   *
   * @param target the target; its {@link KpiTarget#target()} value is aimed for
   * @param due the due date
   * @return the required slope, or empty if {@code due} is not after the last observation date
   * @throws dev.pillars.core.InvalidInputException if the required slope is beyond the range of a
   *     double, as {@link #requiredSlope(double, LocalDate)}
   */
  public OptionalDouble requiredSlope(KpiTarget target, LocalDate due) {
    Checks.notNull("target", target);
    Checks.notNull("due", due);
    return requiredSlope(target.target(), due);
  }

  /**
   * Returns the slope needed to go from the fitted value at the last observation date to a value at
   * the due date, per frequency step, such as the nearer end of a target band.
   *
   * <p>The difference is taken at half scale where it would overflow, so a finite rate is found
   * whenever one exists (from {@code -Double.MAX_VALUE} to {@code Double.MAX_VALUE} over two steps
   * or more, for instance).
   *
   * @param value the value aimed for, finite
   * @param due the due date
   * @return the required slope, finite, or empty if {@code due} is not after the last observation
   *     date
   * @throws NullPointerException if {@code due} is null
   * @throws dev.pillars.core.InvalidInputException if {@code value} is not finite, or the required
   *     slope is beyond the range of a double (the value is too far to reach in the steps left)
   */
  public OptionalDouble requiredSlope(double value, LocalDate due) {
    Checks.finite("value", value);
    requireNonNull(due, "due");
    if (!due.isAfter(lastObserved)) {
      return OptionalDouble.empty();
    }
    double steps = frequency.stepsBetween(lastObserved, due);
    double now = valueAt(lastObserved);
    double rate = (value - now) / steps;
    if (!Double.isFinite(rate)) {
      rate = Math.scalb((Math.scalb(value, -1) - Math.scalb(now, -1)) / steps, 1);
    }
    Checks.require(
        Double.isFinite(rate),
        "value",
        value,
        "must be reachable at a finite rate from the trend line's " + now + " on " + lastObserved + " by " + due);
    return OptionalDouble.of(rate);
  }

  /**
   * Returns a summary such as {@code Trend[-0.12/WEEKLY, R^2=0.93, 26 points from 2026-01-05]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Trend[" + slope() + "/" + frequency + ", R^2=" + rSquared + ", " + points + " points from " + origin + "]";
  }
}
