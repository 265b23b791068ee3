package dev.pillars.testing;

import dev.pillars.core.Checks;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.MeasurementSeries;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * Deterministic KPI series for examples and example-based tests: the same arguments always give
 * the same series.
 */
public final class KpiSeries {
  private KpiSeries() {}

  /**
   * Returns a weekly series along a straight line with uniform noise.
   *
   * <p>Week {@code i} (from 0) is observed on {@code firstWeek + i weeks} with the value {@code
   * start + changePerWeek * i + noise * u}, where {@code u} is drawn uniformly from [-1, 1] by a
   * {@link SplittableRandom} seeded with {@code seed}. Each value is recorded at 09:00 UTC the day
   * after its observation date. There are no corrections.
   *
   * @param kpi the KPI
   * @param firstWeek the first observation date
   * @param weeks how many weeks, from 0 to 10,000
   * @param start the value the line starts from
   * @param changePerWeek the line's change per week
   * @param noise the largest deviation from the line, zero or positive
   * @param seed the seed of the noise
   * @return the series
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if a number is not finite or out of range
   */
  public static MeasurementSeries weekly(
      KpiId kpi, LocalDate firstWeek, int weeks, double start, double changePerWeek, double noise, long seed) {
    Checks.notNull("kpi", kpi);
    Checks.notNull("firstWeek", firstWeek);
    Checks.inRange("weeks", weeks, 0, 10_000);
    Checks.finite("start", start);
    Checks.finite("changePerWeek", changePerWeek);
    Checks.nonNegative("noise", noise);
    SplittableRandom random = new SplittableRandom(seed);
    MeasurementSeries series = MeasurementSeries.empty(kpi);
    for (int i = 0; i < weeks; i++) {
      LocalDate observed = firstWeek.plusWeeks(i);
      double value = start + changePerWeek * i + noise * (2 * random.nextDouble() - 1);
      series = series.record(observed, value, clockAt(recordedAt(observed))).value();
    }
    return series;
  }

  /** The instant a weekly value is recorded: 09:00 UTC the day after its observation date. */
  static Instant recordedAt(LocalDate observed) {
    return observed.plusDays(1).atTime(LocalTime.of(9, 0)).toInstant(ZoneOffset.UTC);
  }

  static Clock clockAt(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }
}
