package dev.pillars.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.event.Change;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasurementSeriesTest {
  private static final KpiId KPI = KpiId.of("defect-rate");
  private static final LocalDate WEEK_1 = LocalDate.of(2026, 1, 5);
  private static final LocalDate WEEK_2 = WEEK_1.plusWeeks(1);
  private static final Instant T1 = Instant.parse("2026-01-06T09:00:00Z");
  private static final Instant T2 = Instant.parse("2026-01-13T09:00:00Z");
  private static final Instant T3 = Instant.parse("2026-01-14T09:00:00Z");

  private static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  private static MeasurementSeries twoWeeks() {
    return MeasurementSeries.empty(KPI)
        .record(WEEK_1, 5.0, at(T1)).value()
        .record(WEEK_2, 4.8, at(T2)).value();
  }

  @Test
  void recordingYieldsTheNewSeriesAndAnEvent() {
    Change<MeasurementSeries> change = MeasurementSeries.empty(KPI).record(WEEK_1, 5.0, at(T1));
    Measurement m = Measurement.of(KPI, WEEK_1, T1, 5.0);
    assertThat(change.value().current()).containsExactly(m);
    assertThat(change.events()).containsExactly(new MeasurementRecorded(m));
    MeasurementRecorded event = (MeasurementRecorded) change.events().get(0);
    assertThat(event.occurredAt()).isEqualTo(T1);
    assertThat(event.aggregateId()).isEqualTo("defect-rate");
  }

  @Test
  void aCorrectionReplacesTheCurrentValueAndKeepsTheOldOne() {
    MeasurementSeries series = twoWeeks();
    Change<MeasurementSeries> change = series.correct(WEEK_1, 5.2, at(T3));
    MeasurementSeries corrected = change.value();

    assertThat(corrected.valueOn(WEEK_1).orElseThrow().value()).isEqualTo(5.2);
    assertThat(corrected.history()).hasSize(3);
    assertThat(corrected.historyOf(WEEK_1)).extracting(Measurement::value).containsExactly(5.0, 5.2);
    assertThat(corrected.asOf(T2).valueOn(WEEK_1).orElseThrow().value()).isEqualTo(5.0);
    assertThat(corrected.asOf(T3).valueOn(WEEK_1).orElseThrow().value()).isEqualTo(5.2);
    assertThat(corrected.asOf(T1).current()).extracting(Measurement::observedOn).containsExactly(WEEK_1);
    assertThat(change.events()).singleElement().isInstanceOfSatisfying(MeasurementCorrected.class, e -> {
      assertThat(e.previous().value()).isEqualTo(5.0);
      assertThat(e.correction().value()).isEqualTo(5.2);
      assertThat(e.occurredAt()).isEqualTo(T3);
      assertThat(e.kpi()).isEqualTo(KPI);
    });
    // the original is untouched
    assertThat(series.valueOn(WEEK_1).orElseThrow().value()).isEqualTo(5.0);
    assertThat(corrected.latest().orElseThrow().observedOn()).isEqualTo(WEEK_2);
  }

  @Test
  void recordingADateThatHasAValueIsRejected() {
    MeasurementSeries series = twoWeeks();
    assertThatThrownBy(() -> series.record(WEEK_1, 5.1, at(T3)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("observedOn was 2026-01-05: already has the value 5.0 in KPI defect-rate; correct it instead of recording it again");
    assertThat(series).isEqualTo(twoWeeks());
  }

  @Test
  void correctingADateWithoutAValueIsRejected() {
    assertThatThrownBy(() -> twoWeeks().correct(WEEK_2.plusWeeks(1), 4.0, at(T3)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("observedOn was 2026-01-19: has no value in KPI defect-rate to correct; record it first");
  }

  @Test
  void aValueThatIsNotFiniteIsRejected() {
    assertThatThrownBy(() -> twoWeeks().record(WEEK_2.plusWeeks(1), Double.NaN, at(T3)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("value was NaN: must be a finite number");
    assertThatThrownBy(() -> twoWeeks().correct(WEEK_1, Double.POSITIVE_INFINITY, at(T3)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("value was Infinity: must be a finite number");
  }

  @Test
  void aMeasurementOfAnotherKpiIsRejected() {
    Measurement other = Measurement.of(KpiId.of("scrap-rate"), WEEK_2.plusWeeks(1), T3, 1.0);
    assertThatThrownBy(() -> twoWeeks().record(other))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("measurement.kpi was scrap-rate: must be the series' KPI defect-rate");
    assertThatThrownBy(() -> twoWeeks().correct(Measurement.of(KpiId.of("scrap-rate"), WEEK_1, T3, 1.0)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("correction.kpi was scrap-rate: must be the series' KPI defect-rate");
  }

  @Test
  void aClockBehindTheSeriesIsRejected() {
    assertThatThrownBy(() -> twoWeeks().record(WEEK_2.plusWeeks(1), 4.0, at(T1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("measurement.recordedAt was 2026-01-06T09:00:00Z: must not be before the series' last recordedAt "
            + "2026-01-13T09:00:00Z (the series is append-only)");
    // a correction at the same instant as the value it corrects would make asOf ambiguous
    assertThatThrownBy(() -> twoWeeks().correct(WEEK_2, 4.0, at(T2)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must be after 2026-01-13T09:00:00Z, when the value of 2026-01-12 it corrects was recorded");
  }

  @Test
  void aHistoryIsCheckedWhenASeriesIsRebuilt() {
    MeasurementSeries series = twoWeeks().correct(WEEK_1, 5.2, at(T3)).value();
    assertThat(MeasurementSeries.of(KPI, series.history())).isEqualTo(series);
    List<Measurement> outOfOrder = List.of(series.history().get(1), series.history().get(0));
    assertThatThrownBy(() -> MeasurementSeries.of(KPI, outOfOrder))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("history[1].recordedAt was 2026-01-06T09:00:00Z");
  }

  @Test
  void theMeanOfFiniteValuesIsFiniteWhereTheirSumOverflows() {
    double max = Double.MAX_VALUE;
    assertThat(Aggregation.MEAN.apply(max, max, max)).hasValue(max);
    assertThat(Aggregation.MEAN.apply(-max, -max, -max)).hasValue(-max);
    assertThat(Aggregation.MEAN.apply(max, -max, max, -max)).hasValue(0.0);
    assertThat(Aggregation.MEAN.apply(max, max, 0.0, 0.0)).hasValue(max / 2);
    MeasurementSeries series = MeasurementSeries.empty(KPI);
    for (int i = 0; i < 3; i++) {
      series = series.record(WEEK_1.plusWeeks(i), max, at(T1.plusSeconds(i))).value();
    }
    assertThat(series.aggregate(Period.of(WEEK_1, WEEK_1.plusWeeks(2)), Aggregation.MEAN)).hasValue(max);
  }

  @Test
  void betweenAndAggregateReadTheCurrentValuesOfAPeriod() {
    MeasurementSeries series = twoWeeks().correct(WEEK_1, 5.2, at(T3)).value();
    Period both = Period.of(WEEK_1, WEEK_2);
    assertThat(series.between(both)).extracting(Measurement::value).containsExactly(5.2, 4.8);
    assertThat(series.between(Period.of(WEEK_2, WEEK_2))).extracting(Measurement::value).containsExactly(4.8);
    assertThat(series.aggregate(both, Aggregation.MEAN)).hasValue(5.0);
    assertThat(series.aggregate(both, Aggregation.LAST)).hasValue(4.8);
    assertThat(series.aggregate(both, Aggregation.MAX)).hasValue(5.2);
    assertThat(series.aggregate(Period.of(WEEK_1.minusWeeks(3), WEEK_1.minusDays(1)), Aggregation.SUM)).isEmpty();
  }

  @Test
  void aggregationRejectsValuesThatAreNotFiniteAndOverflow() {
    assertThatThrownBy(() -> Aggregation.SUM.apply(1, Double.NaN))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("values was NaN: must be a finite number");
    assertThatThrownBy(() -> Aggregation.SUM.apply(Double.MAX_VALUE, Double.MAX_VALUE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("values was '2 values': must have a SUM within the range of a double, not Infinity");
    assertThat(Aggregation.MEAN.apply(Double.MAX_VALUE, Double.MAX_VALUE)).hasValue(Double.MAX_VALUE);
    assertThat(Aggregation.MIN.apply()).isEmpty();
  }

  @Test
  void aCorrectionEventMustDescribeARealCorrection() {
    Measurement before = Measurement.of(KPI, WEEK_1, T2, 5.0);
    assertThatThrownBy(() -> new MeasurementCorrected(before, Measurement.of(KPI, WEEK_1, T1, 5.1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must be after the previous value's recordedAt");
    assertThatThrownBy(() -> new MeasurementCorrected(before, Measurement.of(KPI, WEEK_2, T3, 5.1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("correction.observedOn was 2026-01-12: must be 2026-01-05");
  }
}
