package dev.pillars.examples.readme;

// region kpi
import dev.pillars.core.Period;                // not java.time.Period
import dev.pillars.core.kpi.*;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
// endregion

/** README's "KPIs: attainment, payout, trend and status" snippet. */
public final class KpiSnippet {
  private KpiSnippet() {}

  /**
   * What the snippet computes, for its test.
   *
   * @param series the eight weeks, the first one corrected
   * @param attainment the attainment of 4.2
   * @param payout the payout of 4.2
   * @param trend the series' trend
   * @param status the trend's status for the end of the year
   * @param improvement the last month against the first
   */
  public record Readings(MeasurementSeries series, double attainment, double payout, Trend trend, TrackStatus status,
      Improvement improvement) {}

  /**
   * Runs README's KPI snippet.
   *
   * @param clock the clock the measurements are recorded with
   * @return what the snippet computes
   */
  public static Readings readings(Clock clock) {
    // region kpi
    // clock: the java.time.Clock you pass in
    KpiDefinition defectRate = KpiDefinition.builder()
        .id(KpiId.of("defect-rate")).name("Defect rate").unit("%")
        .direction(Direction.LOWER_IS_BETTER).aggregation(Aggregation.MEAN).frequency(Frequency.WEEKLY)
        .build();
    KpiTarget target = KpiTarget.builder().baseline(5.0).target(3.5).threshold(4.5).stretch(3.0).build();

    MeasurementSeries series = MeasurementSeries.empty(defectRate.id());
    double[] weekly = {5.1, 5.0, 4.8, 4.9, 4.7, 4.6, 4.6, 4.4};         // eight Mondays from 5 January
    for (int week = 0; week < weekly.length; week++) {
      series = series.record(LocalDate.of(2026, 1, 5).plusWeeks(week), weekly[week], clock).value();
    }
    Clock later = Clock.offset(clock, Duration.ofDays(30));
    series = series.correct(LocalDate.of(2026, 1, 5), 4.9, later).value(); // history is kept

    double attainment = Attainment.of(target, 4.2);                        // 0 at baseline, 1 at target
    double payout = PayoutCurve.standard().payout(target, 4.2);            // 0.5 / 1.0 / 1.5 points
    Trend trend = Trend.of(defectRate, series).orElseThrow();              // needs two dates or more
    trend.slope();                                                         // change per week
    trend.rSquared();                                                      // how well the line fits, 0 to 1
    TrackStatus status = trend.status(target, LocalDate.of(2026, 12, 31)); // ON_TRACK, AT_RISK, OFF_TRACK
    Period firstMonth = Period.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 26));
    Period lastMonth = Period.of(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 23));
    Improvement improvement = Improvement.measure(defectRate, series, firstMonth, lastMonth)
        .orElseThrow();                                                    // relativeImprovement(): 6.6 %
    // endregion
    return new Readings(series, attainment, payout, trend, status, improvement);
  }
}
