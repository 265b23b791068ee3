package dev.pillars.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.pillars.core.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendTest {
  private static final KpiId KPI = KpiId.of("defect-rate");
  private static final LocalDate START = LocalDate.of(2026, 1, 5);
  private static final Instant RECORDED = Instant.parse("2026-07-01T00:00:00Z");

  private static List<Measurement> weekly(double... values) {
    List<Measurement> points = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      points.add(Measurement.of(KPI, START.plusWeeks(i), RECORDED, values[i]));
    }
    return points;
  }

  @Test
  void fewerThanTwoPointsOrASingleDateHaveNoTrend() {
    assertThat(Trend.fit(List.of(), Frequency.WEEKLY)).isEmpty();
    assertThat(Trend.fit(weekly(5.0), Frequency.WEEKLY)).isEmpty();
    List<Measurement> sameDay = List.of(
        Measurement.of(KPI, START, RECORDED, 1.0), Measurement.of(KPI, START, RECORDED.plusSeconds(1), 2.0));
    assertThat(Trend.fit(sameDay, Frequency.WEEKLY)).isEmpty();
    assertThat(Trend.of(MeasurementSeries.empty(KPI), Frequency.WEEKLY)).isEmpty();
  }

  @Test
  void constantValuesAreAFlatLineWithRSquaredOne() {
    Trend trend = Trend.fit(weekly(0.1, 0.1, 0.1, 0.1), Frequency.WEEKLY).orElseThrow();
    assertThat(trend.slope()).isZero();
    assertThat(trend.intercept()).isEqualTo(0.1);
    assertThat(trend.rSquared()).isEqualTo(1.0);
  }

  @Test
  void theSlopeIsPerFrequencyStep() {
    Trend trend = Trend.fit(weekly(5.0, 4.9, 4.8, 4.7), Frequency.WEEKLY).orElseThrow();
    assertThat(trend.slope()).isCloseTo(-0.1, within(1e-12));
    assertThat(trend.intercept()).isCloseTo(5.0, within(1e-12));
    assertThat(trend.lastObserved()).isEqualTo(START.plusWeeks(3));
    // the same points read as daily data change by a seventh as much per step
    Trend daily = Trend.fit(weekly(5.0, 4.9, 4.8, 4.7), Frequency.DAILY).orElseThrow();
    assertThat(daily.slope()).isCloseTo(-0.1 / 7, within(1e-12));
  }

  @Test
  void theProjectionGivesTheStatusAtTheDueDate() {
    Trend trend = Trend.fit(weekly(5.0, 4.9, 4.8, 4.7), Frequency.WEEKLY).orElseThrow();
    LocalDate due = START.plusWeeks(15);
    assertThat(trend.valueAt(due)).isCloseTo(3.5, within(1e-9));
    assertThat(trend.projectedAttainment(KpiTarget.of(5.0, 3.5), due)).isCloseTo(1.0, within(1e-9));
    assertThat(trend.status(KpiTarget.of(5.0, 3.4), due)).isEqualTo(TrackStatus.AT_RISK);
    assertThat(trend.status(KpiTarget.of(5.0, 3.0), due)).isEqualTo(TrackStatus.OFF_TRACK);
    assertThat(trend.status(KpiTarget.of(5.0, 3.6), due)).isEqualTo(TrackStatus.ON_TRACK);
    assertThat(trend.status(KpiTarget.of(5.0, 3.0), due, TrackThresholds.of(0.9, 0.7))).isEqualTo(TrackStatus.AT_RISK);
  }

  @Test
  void theRequiredSlopeRunsFromTheLastFittedValueToTheTarget() {
    Trend trend = Trend.fit(weekly(5.0, 4.9, 4.8, 4.7), Frequency.WEEKLY).orElseThrow();
    assertThat(trend.requiredSlope(KpiTarget.of(5.0, 3.5), START.plusWeeks(15)).getAsDouble())
        .isCloseTo(-0.1, within(1e-9));
    assertThat(trend.requiredSlope(KpiTarget.of(5.0, 3.5), START.plusWeeks(3))).isEmpty();
  }

  @Test
  void aTrendOfAKpiMustReadThatKpisSeries() {
    KpiDefinition other = KpiDefinitionTest.definition(Direction.HIGHER_IS_BETTER);
    assertThatThrownBy(() -> Trend.of(other, MeasurementSeries.empty(KPI)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("series was MeasurementSeries[defect-rate: 0 dates, 0 records]: must measure KPI kpi-higher_is_better");
  }

  @Test
  void badArgumentsAreRejected() {
    assertThatThrownBy(() -> Trend.movingAverage(weekly(1, 2), 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("window was 0: must be between 1 and 2147483647");
    assertThatThrownBy(() -> TrackThresholds.of(0.8, 1.0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("onTrack was 0.8: must not be below atRisk 1.0");
    assertThatThrownBy(() -> TrackThresholds.of(Double.NaN, 0.5))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("onTrack was NaN: must be a finite number");
    assertThatThrownBy(() -> TrackThresholds.standard().classify(Double.NaN))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void theStandardThresholdsAreOneAndEightTenths() {
    assertThat(TrackThresholds.standard()).isEqualTo(TrackThresholds.of(1.0, 0.8));
    assertThat(TrackThresholds.standard().classify(1.0)).isEqualTo(TrackStatus.ON_TRACK);
    assertThat(TrackThresholds.standard().classify(0.8)).isEqualTo(TrackStatus.AT_RISK);
    assertThat(TrackThresholds.standard().classify(0.79)).isEqualTo(TrackStatus.OFF_TRACK);
  }
}
