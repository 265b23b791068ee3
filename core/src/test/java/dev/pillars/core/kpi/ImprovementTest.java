package dev.pillars.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ImprovementTest {
  private static final KpiId DEFECTS = KpiId.of("defect-rate");
  private static final LocalDate START = LocalDate.of(2026, 1, 5);

  private static KpiDefinition defectRate() {
    return KpiDefinition.builder()
        .id(DEFECTS)
        .name("Defect rate")
        .unit("%")
        .direction(Direction.LOWER_IS_BETTER)
        .aggregation(Aggregation.MEAN)
        .frequency(Frequency.WEEKLY)
        .build();
  }

  private static MeasurementSeries series(KpiId kpi, double... values) {
    MeasurementSeries series = MeasurementSeries.empty(kpi);
    for (int i = 0; i < values.length; i++) {
      Clock clock = Clock.fixed(Instant.parse("2026-01-06T09:00:00Z").plusSeconds(604_800L * i), ZoneOffset.UTC);
      series = series.record(START.plusWeeks(i), values[i], clock).value();
    }
    return series;
  }

  @Test
  void defectsDownThirtyPercentIsAnImprovementOfThirtyPercent() {
    Improvement improvement = Improvement.of(Direction.LOWER_IS_BETTER, 5.0, 3.5);
    assertThat(improvement.change()).isEqualTo(-1.5);
    assertThat(improvement.relativeChange().getAsDouble()).isCloseTo(-0.3, within(1e-12));
    assertThat(improvement.improvement()).isEqualTo(1.5);
    assertThat(improvement.relativeImprovement().getAsDouble()).isCloseTo(0.3, within(1e-12));
    assertThat(improvement.improved()).isTrue();
    assertThat(improvement).hasToString("5.0 -> 3.5: down 30.0 % (better)");
  }

  @Test
  void theImprovementIsPositiveExactlyWhenTheKpiGotBetter() {
    qt().forAll(doubles().between(-1000, 1000), doubles().between(-1000, 1000))
        .checkAssert((before, after) -> {
          Improvement up = Improvement.of(Direction.HIGHER_IS_BETTER, before, after);
          Improvement down = Improvement.of(Direction.LOWER_IS_BETTER, before, after);
          assertThat(up.improved()).isEqualTo(after > before);
          assertThat(down.improved()).isEqualTo(after < before);
          assertThat(up.improvement()).isEqualTo(-down.improvement());
          assertThat(up.change()).isEqualTo(down.change());
          Band band = Band.of(-10, 10);
          Improvement within = Improvement.withinBand(band, before, after);
          assertThat(within.improved()).isEqualTo(band.distance(after) < band.distance(before));
        });
  }

  @Test
  void measureAggregatesBothWindowsByTheKpisAggregation() {
    MeasurementSeries series = series(DEFECTS, 5.2, 4.8, 5.0, 3.6, 3.4, 3.5);
    Improvement improvement = Improvement.measure(
            defectRate(), series, Period.of(START, START.plusWeeks(2)), Period.of(START.plusWeeks(3), START.plusWeeks(5)))
        .orElseThrow();
    assertThat(improvement.baselineValue()).isCloseTo(5.0, within(1e-12));
    assertThat(improvement.laterValue()).isCloseTo(3.5, within(1e-12));
    assertThat(improvement.relativeImprovement().getAsDouble()).isCloseTo(0.3, within(1e-12));
    assertThat(Improvement.measure(
            defectRate(), series, Period.of(START.minusWeeks(4), START.minusDays(1)), Period.of(START, START)))
        .isEmpty();
  }

  @Test
  void aWindowWhoseSumOverflowsIsRejectedNamingTheWindow() {
    KpiDefinition units = KpiDefinition.builder()
        .id(KpiId.of("units-shipped"))
        .name("Units shipped")
        .unit("units")
        .direction(Direction.HIGHER_IS_BETTER)
        .aggregation(Aggregation.SUM)
        .frequency(Frequency.WEEKLY)
        .build();
    MeasurementSeries series = series(units.id(), Double.MAX_VALUE, Double.MAX_VALUE, 1, 2);
    Period before = Period.of(START, START.plusWeeks(1));
    Period after = Period.of(START.plusWeeks(2), START.plusWeeks(3));
    assertThatThrownBy(() -> Improvement.measure(units, series, before, after))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("baselineWindow was " + before + ": must hold values whose SUM is within the range of a double");
    assertThat(Improvement.measure(units, series(units.id(), 1, 2, 4, 5), before, after).orElseThrow().change())
        .isEqualTo(6.0);
  }

  @Test
  void aWithinRangeKpiIsMeasuredThroughItsBand() {
    KpiDefinition temperature = KpiDefinition.builder()
        .id(KpiId.of("oven-temperature"))
        .name("Oven temperature")
        .unit("°C")
        .direction(Direction.WITHIN_RANGE)
        .aggregation(Aggregation.LAST)
        .frequency(Frequency.WEEKLY)
        .build();
    MeasurementSeries series = series(temperature.id(), 230, 228, 224, 222);
    KpiTarget band = KpiTarget.within(200, 220, 230);
    Period before = Period.of(START, START.plusWeeks(1));
    Period after = Period.of(START.plusWeeks(2), START.plusWeeks(3));
    Improvement improvement = Improvement.measure(temperature, band, series, before, after).orElseThrow();
    assertThat(improvement.improvement()).isEqualTo(6.0);
    assertThat(improvement.relativeImprovement()).hasValue(0.75);
    assertThatThrownBy(() -> Improvement.measure(temperature, series, before, after))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must not be WITHIN_RANGE without a target");
  }

  @Test
  void badWindowsAndMismatchedSeriesAreRejected() {
    MeasurementSeries series = series(DEFECTS, 5.0, 4.0);
    Period week1 = Period.of(START, START.plusDays(6));
    assertThatThrownBy(() -> Improvement.measure(defectRate(), series, week1, week1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("laterWindow was 2026-01-05..2026-01-11: must start after baselineWindow 2026-01-05..2026-01-11 ends");
    assertThatThrownBy(() -> Improvement.measure(defectRate(), series(KpiId.of("other"), 1, 2), week1,
            Period.of(START.plusWeeks(1), START.plusWeeks(1))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must measure KPI defect-rate");
    assertThatThrownBy(() -> Improvement.measure(defectRate(), KpiTarget.of(1, 2), series, week1,
            Period.of(START.plusWeeks(1), START.plusWeeks(1))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must be LOWER_IS_BETTER like KPI defect-rate");
    assertThatThrownBy(() -> Improvement.of(Direction.WITHIN_RANGE, 1, 2))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Improvement.of(Direction.HIGHER_IS_BETTER, Double.NaN, 2))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("baselineValue was NaN: must be a finite number");
    assertThat(Improvement.of(Direction.HIGHER_IS_BETTER, 0, 2).relativeImprovement()).isEmpty();
  }
}
