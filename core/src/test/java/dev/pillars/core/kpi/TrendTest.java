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
  void fewerThanTwoPointsHaveNoTrend() {
    assertThat(Trend.fit(List.of(), Frequency.WEEKLY)).isEmpty();
    assertThat(Trend.fit(weekly(5.0), Frequency.WEEKLY)).isEmpty();
    assertThat(Trend.of(MeasurementSeries.empty(KPI), Frequency.WEEKLY)).isEmpty();
  }

  @Test
  void twoValuesOfOneDateAreRejectedAsASeriesRejectsThem() {
    List<Measurement> sameDay = new ArrayList<>(weekly(3.0, 4.0));
    sameDay.add(Measurement.of(KPI, START, RECORDED.plusSeconds(1), 2.0));
    String message =
        "measurements[2].observedOn was 2026-01-05: must differ from that of measurements[0]: a trend takes one"
            + " value per date, as a series' current() view holds it";
    assertThatThrownBy(() -> Trend.fit(sameDay, Frequency.WEEKLY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> Trend.movingAverage(sameDay, 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(message);
    // the series' own rule: a second value of a date is a correction, and current() holds the latest
    MeasurementSeries series = MeasurementSeries.of(KPI, sameDay);
    assertThat(Trend.of(series, Frequency.WEEKLY).orElseThrow().valueAtOrigin()).isEqualTo(2.0);
  }

  @Test
  void theValueAtOriginIsTheLinesValueOnTheFirstObservationDate() {
    List<Measurement> points = new ArrayList<>(weekly(9.0, 5.0, 4.9, 4.8, 4.7));
    points.remove(0);
    Trend trend = Trend.fit(points, Frequency.WEEKLY).orElseThrow();
    assertThat(trend.origin()).isEqualTo(START.plusWeeks(1));
    assertThat(trend.valueAtOrigin()).isCloseTo(5.0, within(1e-12)).isEqualTo(trend.valueAt(trend.origin()));
  }

  @Test
  void valuesAcrossTheWholeRangeOfADoubleHaveNoFiniteSlopeAndAreRejected() {
    double max = Double.MAX_VALUE;
    assertThatThrownBy(() -> Trend.fit(weekly(-max, max), Frequency.WEEKLY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("measurements was '2 values from -1.7976931348623157E308 to 1.7976931348623157E308 between"
            + " 2026-01-05 and 2026-01-12': must change by less than the range of a double per WEEKLY step; their"
            + " line has slope Infinity");
    // two steps apart the same values change by less than the range per step: a finite line
    Trend wide = Trend.fit(List.of(weekly(-max).get(0), Measurement.of(KPI, START.plusWeeks(2), RECORDED, max)),
        Frequency.WEEKLY).orElseThrow();
    assertThat(wide.slope()).isEqualTo(max);
    assertThat(wide.valueAt(START.plusWeeks(1))).isZero();
    assertThat(wide.valueAt(START.plusWeeks(2))).isEqualTo(max);
    assertThat(wide.rSquared()).isEqualTo(1.0);
    assertThatThrownBy(() -> wide.status(KpiTarget.of(0, 1), START.plusWeeks(3)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("due was 2026-01-26: must give a finite projection");
  }

  @Test
  void hugeValuesGiveFiniteMovingAveragesSlopesAndRequiredRates() {
    double max = Double.MAX_VALUE;
    assertThat(Trend.movingAverage(weekly(max, max, max), 3))
        .containsExactly(new DatedValue(START.plusWeeks(2), max));
    Trend falling = Trend.fit(weekly(max, max / 2, 0), Frequency.WEEKLY).orElseThrow();
    assertThat(falling.slope()).isEqualTo(-max / 2);
    // from the line's 0 to -max in 2 steps, and from max to -max in 4: finite although max - (-max) is not
    assertThat(falling.requiredSlope(-max, START.plusWeeks(4))).hasValue(-max / 2);
    Trend high = Trend.fit(weekly(max, max, max), Frequency.WEEKLY).orElseThrow();
    assertThat(high.requiredSlope(-max, START.plusWeeks(6))).hasValue(-max / 2);
    assertThatThrownBy(() -> high.requiredSlope(-max, START.plusWeeks(2).plusDays(1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("value was " + -max + ": must be reachable at a finite rate from the trend line's " + max
            + " on 2026-01-19 by 2026-01-20");
  }

  @Test
  void constantValuesAreAFlatLineWithRSquaredOne() {
    Trend trend = Trend.fit(weekly(0.1, 0.1, 0.1, 0.1), Frequency.WEEKLY).orElseThrow();
    assertThat(trend.slope()).isZero();
    assertThat(trend.valueAtOrigin()).isEqualTo(0.1);
    assertThat(trend.rSquared()).isEqualTo(1.0);
  }

  @Test
  void theSlopeIsPerFrequencyStep() {
    Trend trend = Trend.fit(weekly(5.0, 4.9, 4.8, 4.7), Frequency.WEEKLY).orElseThrow();
    assertThat(trend.slope()).isCloseTo(-0.1, within(1e-12));
    assertThat(trend.valueAtOrigin()).isCloseTo(5.0, within(1e-12));
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
