package dev.pillars.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The rules of targets, bands, thresholds and series, each with a breaking call and its edge. */
class KpiRulesTest {
  private static final KpiId SCRAP = KpiId.of("scrap");
  private static final KpiId YIELD = KpiId.of("yield");
  private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private static void rejects(ThrowingCallable call, String start) {
    assertThatThrownBy(call).isInstanceOf(InvalidInputException.class).hasMessageStartingWith(start);
  }

  private static KpiTarget.Builder upFrom0To100() {
    return KpiTarget.builder().baseline(0).target(100);
  }

  private static KpiTarget.Builder downFrom20To10() {
    return KpiTarget.builder().baseline(20).target(10);
  }

  @Test
  void aThresholdLiesBetweenBaselineAndTargetEndsIncluded() {
    assertThat(upFrom0To100().threshold(0).build().threshold()).hasValue(0.0);
    assertThat(upFrom0To100().threshold(100).build().threshold()).hasValue(100.0);
    rejects(() -> upFrom0To100().threshold(-0.5).build(), "threshold was -0.5");
    rejects(() -> upFrom0To100().threshold(100.5).build(), "threshold was 100.5");
    assertThat(downFrom20To10().threshold(20).build().threshold()).hasValue(20.0);
    assertThat(downFrom20To10().threshold(10).build().threshold()).hasValue(10.0);
    rejects(() -> downFrom20To10().threshold(20.5).build(), "threshold was 20.5");
    rejects(() -> downFrom20To10().threshold(9.5).build(), "threshold was 9.5");
  }

  @Test
  void aStretchLiesStrictlyBeyondTheTargetAndAFiniteDistanceFromTheBaseline() {
    rejects(() -> upFrom0To100().stretch(100).build(), "stretch was 100.0");
    rejects(() -> upFrom0To100().stretch(99).build(), "stretch was 99.0");
    assertThat(upFrom0To100().stretch(100.5).build().stretch()).hasValue(100.5);
    rejects(() -> downFrom20To10().stretch(10).build(), "stretch was 10.0");
    assertThat(downFrom20To10().stretch(9.5).build().stretch()).hasValue(9.5);
    rejects(() -> KpiTarget.builder().baseline(-1e308).target(0).stretch(1.7e308).build(), "stretch was 1.7E308");
  }

  @Test
  void aWithinRangeTargetsBaselineLiesOutsideItsBand() {
    rejects(() -> KpiTarget.within(20, 24, 21), "baseline was 21.0");
    rejects(() -> KpiTarget.within(20, 24, 20), "baseline was 20.0");
    assertThat(KpiTarget.within(20, 24, 10).direction()).isEqualTo(Direction.WITHIN_RANGE);
    assertThat(KpiTarget.of(0, 100).direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(KpiTarget.of(100, 0).direction()).isEqualTo(Direction.LOWER_IS_BETTER);
  }

  @Test
  void aBandHasOrderedEndsAFiniteDistanceApart() {
    rejects(() -> Band.of(2, 1), "band.upper was 1.0");
    assertThat(Band.of(1, 1).distance(1)).isZero();
    rejects(() -> Band.of(-1e308, 1e308), "band.upper was 1.0E308");
    assertThat(Band.of(20, 24).distance(18)).isEqualTo(2.0);
    assertThat(Band.of(20, 24).distance(27)).isEqualTo(3.0);
    assertThat(Band.of(20, 24).distance(22)).isZero();
  }

  @Test
  void trackThresholdsKeepAtRiskAtMostOnTrack() {
    assertThat(new TrackThresholds(0.8, 0.8).onTrack()).isEqualTo(0.8);
    rejects(() -> new TrackThresholds(0.8, 0.9), "onTrack was 0.8");
  }

  @Test
  void theCurvePaysAKpisValueOnlyForATargetPointingTheKpisWay() {
    KpiDefinition defects = KpiDefinition.builder().id(SCRAP).name("Scrap").unit("%")
        .direction(Direction.LOWER_IS_BETTER).aggregation(Aggregation.MEAN).frequency(Frequency.WEEKLY).build();
    KpiTarget down = downFrom20To10().threshold(15).stretch(5).build();
    assertThat(PayoutCurve.standard().payout(defects, down, 12.5)).isEqualTo(0.75);
    assertThatThrownBy(() -> PayoutCurve.standard().payout(defects, KpiTarget.of(10, 20), 15))
        .isInstanceOf(InvalidInputException.class);
    rejects(() -> KpiDefinition.builder().id(SCRAP).name("Scrap").unit("%").description(" ")
        .direction(Direction.LOWER_IS_BETTER).aggregation(Aggregation.MEAN).frequency(Frequency.WEEKLY).build(),
        "description was ' '");
  }

  @Test
  void aSeriesHoldsOneKpisMeasurementsInRecordingOrder() {
    Measurement scrap = new Measurement(SCRAP, MARCH_1, T0, 4);
    rejects(() -> MeasurementSeries.of(SCRAP, List.of(new Measurement(YIELD, MARCH_1, T0, 4))), "history[0].kpi was yield");
    rejects(() -> MeasurementSeries.of(SCRAP, List.of(scrap, new Measurement(SCRAP, MARCH_1.plusDays(1), T0.minusSeconds(1), 5))),
        "history[1].recordedAt");
    MeasurementSeries series = MeasurementSeries.of(SCRAP, List.of(scrap));
    rejects(() -> series.record(new Measurement(YIELD, MARCH_1.plusDays(1), T0, 4)), "measurement.kpi was yield");
    rejects(() -> series.correct(new Measurement(YIELD, MARCH_1, T0.plusSeconds(1), 4)), "correction.kpi was yield");
    rejects(() -> new MeasurementCorrected(scrap, new Measurement(YIELD, MARCH_1, T0.plusSeconds(1), 3)), "correction.kpi was yield");
    rejects(() -> new MeasurementCorrected(scrap, new Measurement(SCRAP, MARCH_1.plusDays(1), T0.plusSeconds(1), 3)),
        "correction.observedOn");
    rejects(() -> new MeasurementCorrected(scrap, new Measurement(SCRAP, MARCH_1, T0, 3)), "correction.recordedAt");
  }

  @Test
  void seriesAreEqualByKpiAndHistory() {
    Measurement scrap = new Measurement(SCRAP, MARCH_1, T0, 4);
    MeasurementSeries series = MeasurementSeries.of(SCRAP, List.of(scrap));
    assertThat(series).isEqualTo(MeasurementSeries.empty(SCRAP).record(scrap).value())
        .hasSameHashCodeAs(MeasurementSeries.empty(SCRAP).record(scrap).value());
    assertThat(series).isNotEqualTo(MeasurementSeries.empty(SCRAP));
    assertThat(series.hashCode()).isNotEqualTo(MeasurementSeries.empty(SCRAP).hashCode());
    assertThat(MeasurementSeries.empty(SCRAP)).isNotEqualTo(MeasurementSeries.empty(YIELD));
    assertThat(MeasurementSeries.empty(SCRAP).hashCode()).isNotEqualTo(MeasurementSeries.empty(YIELD).hashCode());
    assertThat(series).isNotEqualTo(scrap);
  }
}
