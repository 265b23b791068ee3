package dev.pillars.examples;

import dev.pillars.core.Period;
import dev.pillars.core.kpi.Aggregation;
import dev.pillars.core.kpi.Attainment;
import dev.pillars.core.kpi.DatedValue;
import dev.pillars.core.kpi.Direction;
import dev.pillars.core.kpi.Frequency;
import dev.pillars.core.kpi.Improvement;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.core.kpi.PayoutCurve;
import dev.pillars.core.kpi.Trend;
import dev.pillars.testing.KpiSeries;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * A plant's defect rate, lower is better, to be cut by 30 % within the year: six months of weekly
 * measurements, one corrected, read as attainment, payout, trend, projection, status and
 * improvement.
 */
public final class KpiExample {
  private static final LocalDate FIRST_WEEK = LocalDate.of(2026, 1, 5);

  private KpiExample() {}

  /**
   * Runs the example and prints its report.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    KpiDefinition defectRate =
        KpiDefinition.builder()
            .id(KpiId.of("defect-rate"))
            .name("Defect rate")
            .unit("%")
            .direction(Direction.LOWER_IS_BETTER)
            .aggregation(Aggregation.MEAN)
            .frequency(Frequency.WEEKLY)
            .build();
    // From 5.0 % to 3.5 % (30 % down); pays from 4.5 %, most at 3.0 %.
    KpiTarget target =
        defectRate.requireCompatible(
            KpiTarget.builder().baseline(5.0).target(3.5).threshold(4.5).stretch(3.0).build());
    LocalDate due = LocalDate.of(2026, 12, 28);

    // 26 weekly measurements drifting down by about 0.028 points a week, with noise.
    MeasurementSeries series = KpiSeries.weekly(defectRate.id(), FIRST_WEEK, 26, 5.0, -0.028, 0.12, 7);
    // Week 10 was mis-keyed; the plant corrects it later. The old value stays in the history.
    LocalDate week10 = FIRST_WEEK.plusWeeks(9);
    Instant beforeCorrection = Instant.parse("2026-07-01T12:00:00Z");
    double original = series.valueOn(week10).orElseThrow().value();
    series = series.correct(week10, original - 0.3, Clock.fixed(Instant.parse("2026-07-02T08:00:00Z"), ZoneOffset.UTC)).value();

    out.println(defectRate.name() + " (" + defectRate.unit() + ", " + defectRate.direction() + "), target " + target.baseline()
        + " -> " + target.target() + " by " + due);
    out.printf(Locale.ROOT, "  %d weeks measured, %d records; week %s: %.2f corrected to %.2f (as of %s it read %.2f)%n",
        series.dates(), series.history().size(), week10, original, series.valueOn(week10).orElseThrow().value(),
        beforeCorrection, series.asOf(beforeCorrection).valueOn(week10).orElseThrow().value());

    Period lastMonth = Period.of(FIRST_WEEK.plusWeeks(22), FIRST_WEEK.plusWeeks(25));
    double current = series.aggregate(lastMonth, defectRate.aggregation()).orElseThrow();
    out.printf(Locale.ROOT, "  current (mean of the last 4 weeks): %.2f %%%n", current);
    out.printf(Locale.ROOT, "  attainment: %.2f   payout (0.5 / 1.0 / 1.5): %.2f%n",
        Attainment.of(target, current), PayoutCurve.standard().payout(defectRate, target, current));

    Trend trend = Trend.of(defectRate, series).orElseThrow();
    List<DatedValue> smoothed = Trend.movingAverage(series.current(), 4);
    out.printf(Locale.ROOT, "  trend: %+.4f %% per week, R^2 %.2f; 4-week moving average now %.2f%n",
        trend.slope(), trend.rSquared(), smoothed.get(smoothed.size() - 1).value());
    out.printf(Locale.ROOT, "  projection for %s: %.2f %% (attainment %.2f) -> %s; needed from here: %+.4f per week%n",
        due, trend.valueAt(due), trend.projectedAttainment(target, due), trend.status(target, due),
        trend.requiredSlope(target, due).orElseThrow());

    Period firstMonth = Period.of(FIRST_WEEK, FIRST_WEEK.plusWeeks(3));
    Improvement improvement = Improvement.measure(defectRate, series, firstMonth, lastMonth).orElseThrow();
    out.printf(Locale.ROOT, "  improvement, first 4 weeks vs last 4: %.2f -> %.2f %% (change %+.1f %%), improvement %+.2f points = %+.1f %% %s%n",
        improvement.baselineValue(), improvement.laterValue(), improvement.relativeChange().orElseThrow() * 100,
        improvement.improvement(), improvement.relativeImprovement().orElseThrow() * 100,
        improvement.improved() ? "(better)" : "(not better)");
  }
}
