package dev.pillars.core.kpi;

import dev.pillars.core.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The least-squares line through a KPI's measurements, and what it projects.
 *
 * <p>The x axis counts {@link Frequency} steps from the first observation date (the {@link
 * #origin()}, x = 0), so the {@link #slope()} is the change per step (per week for a weekly KPI)
 * and the {@link #intercept()} is the fitted value at the origin. Each measurement is one point;
 * nothing is aggregated per step first.
 *
 * <p><b>Degenerate cases.</b> {@link #fit(List, Frequency)} returns empty when there are fewer
 * than two points or all points share one observation date: no line is defined. When all values
 * are equal, the fit is the horizontal line through them (slope 0) and {@link #rSquared()} is 1,
 * since that line fits them exactly. Otherwise R² is {@code 1 - SSres / SStot}, kept within [0,
 * 1] against rounding.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Trend {
  private final Frequency frequency;
  private final LocalDate origin;
  private final LocalDate lastObserved;
  private final int points;
  private final double slope;
  private final double intercept;
  private final double rSquared;

  private Trend(
      Frequency frequency,
      LocalDate origin,
      LocalDate lastObserved,
      int points,
      double slope,
      double intercept,
      double rSquared) {
    this.frequency = frequency;
    this.origin = origin;
    this.lastObserved = lastObserved;
    this.points = points;
    this.slope = slope;
    this.intercept = intercept;
    this.rSquared = rSquared;
  }

  /**
   * Fits the least-squares line through measurements.
   *
   * @param measurements the points, in any order; usually a series' {@link
   *     MeasurementSeries#current()} view
   * @param frequency the step the slope is counted in
   * @return the trend, or empty if there are fewer than two points or all share one date
   * @throws NullPointerException if an argument is or holds null
   */
  public static Optional<Trend> fit(List<Measurement> measurements, Frequency frequency) {
    Checks.notNull("measurements", measurements);
    Checks.notNull("frequency", frequency);
    int n = measurements.size();
    for (int i = 0; i < n; i++) {
      Checks.notNull("measurements[" + i + "]", measurements.get(i));
    }
    if (n < 2) {
      return Optional.empty();
    }
    LocalDate origin = measurements.get(0).observedOn();
    LocalDate last = origin;
    double largest = 0;
    for (Measurement m : measurements) {
      origin = m.observedOn().isBefore(origin) ? m.observedOn() : origin;
      last = m.observedOn().isAfter(last) ? m.observedOn() : last;
      largest = Math.max(largest, Math.abs(m.value()));
    }
    if (origin.equals(last)) {
      return Optional.empty();
    }
    double first = measurements.get(0).value();
    if (measurements.stream().allMatch(m -> m.value() == first)) {
      return Optional.of(new Trend(frequency, origin, last, n, 0, first, 1));
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
    double intercept = meanY - slope * meanX;
    double residuals = 0;
    for (int i = 0; i < n; i++) {
      double r = y[i] - (intercept + slope * x[i]);
      residuals += r * r;
    }
    double rSquared = syy == 0 ? 1 : Math.min(1, Math.max(0, 1 - residuals / syy));
    return Optional.of(
        new Trend(
            frequency, origin, last, n, Math.scalb(slope, exponent), Math.scalb(intercept, exponent), rSquared));
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
   * @param measurements the points, in any order
   * @param window the number of points averaged, at least 1
   * @return the moving average, ordered by date
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if {@code window} is below 1
   */
  public static List<DatedValue> movingAverage(List<Measurement> measurements, int window) {
    Checks.notNull("measurements", measurements);
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
   * @return the slope
   */
  public double slope() {
    return slope;
  }

  /**
   * Returns the fitted value at the origin.
   *
   * @return the intercept
   */
  public double intercept() {
    return intercept;
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
   * @return {@code intercept + slope * steps(origin, date)}
   * @throws NullPointerException if {@code date} is null
   */
  public double valueAt(LocalDate date) {
    return intercept + slope * frequency.stepsBetween(origin, date);
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
   */
  public OptionalDouble requiredSlope(KpiTarget target, LocalDate due) {
    Checks.notNull("target", target);
    Checks.notNull("due", due);
    if (!due.isAfter(lastObserved)) {
      return OptionalDouble.empty();
    }
    double steps = frequency.stepsBetween(lastObserved, due);
    return OptionalDouble.of((target.target() - valueAt(lastObserved)) / steps);
  }

  /**
   * Returns a summary such as {@code Trend[-0.12/WEEKLY, R^2=0.93, 26 points from 2026-01-05]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Trend[" + slope + "/" + frequency + ", R^2=" + rSquared + ", " + points + " points from " + origin + "]";
  }
}
