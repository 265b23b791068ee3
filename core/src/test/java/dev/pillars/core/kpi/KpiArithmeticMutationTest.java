package dev.pillars.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * KPI arithmetic at the last bit: a mean kept within its values, the R² of a line that does not fit
 * exactly, a target's negative zeros replaced wherever they are, and a band target's baseline.
 */
class KpiArithmeticMutationTest {
  private static final KpiId KPI = KpiId.of("defect-rate");
  private static final LocalDate START = LocalDate.of(2026, 1, 5);
  private static final Instant RECORDED = Instant.parse("2026-07-01T00:00:00Z");

  @Test
  void theMeanOfEqualValuesIsThatValueEvenWhereTheSumRounds() {
    // 0.1 + 0.1 + 0.1 rounds up and 0.7 + 0.7 + 0.7 rounds down: the mean is kept within the values
    assertThat((0.1 + 0.1 + 0.1) / 3).isGreaterThan(0.1);
    assertThat((0.7 + 0.7 + 0.7) / 3).isLessThan(0.7);
    assertThat(Aggregation.MEAN.apply(0.1, 0.1, 0.1)).hasValue(0.1);
    assertThat(Aggregation.MEAN.apply(0.7, 0.7, 0.7)).hasValue(0.7);
  }

  @Test
  void theRSquaredOfALineThatMissesIsTheShareOfVariationItExplains() {
    // values 0, 2, 1: the line 0.5 + 0.5 x leaves residuals 0.25 + 1 + 0.25 of a variation of 2
    Trend trend = Trend.fit(weekly(0, 2, 1), Frequency.WEEKLY).orElseThrow();
    assertThat(trend.slope()).isEqualTo(0.5);
    assertThat(trend.valueAtOrigin()).isEqualTo(0.5);
    assertThat(trend.rSquared()).isEqualTo(0.25);
    assertThat(trend).hasToString("Trend[0.5/WEEKLY, R^2=0.25, 3 points from 2026-01-05]");
    // values 0, 3, 0, 3: the line explains 20 % (residual 9 - 1.8 of variation 9)
    assertThat(Trend.fit(weekly(0, 3, 0, 3), Frequency.WEEKLY).orElseThrow().rSquared()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void aTrendOfAKpiReadsItsOwnSeriesInItsOwnSteps() {
    KpiDefinition monthly = KpiDefinition.builder()
        .id(KPI)
        .name("Defect rate")
        .unit("%")
        .direction(Direction.LOWER_IS_BETTER)
        .aggregation(Aggregation.MEAN)
        .frequency(Frequency.MONTHLY)
        .build();
    MeasurementSeries series = MeasurementSeries.of(KPI, weekly(0, 2, 1));
    Trend trend = Trend.of(monthly, series).orElseThrow();
    assertThat(trend.frequency()).isEqualTo(Frequency.MONTHLY);
    assertThat(trend.points()).isEqualTo(3);
    MeasurementSeries other = MeasurementSeries.of(KpiId.of("scrap"), List.of());
    assertThatThrownBy(() -> Trend.of(monthly, other))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("series was ")
        .hasMessageEndingWith(": must measure KPI defect-rate");
  }

  @Test
  void negativeZerosAreReplacedInTheBaselineThresholdAndStretchAndTheBandIsKept() {
    KpiTarget fromZero = KpiTarget.builder().baseline(-0.0).target(10).threshold(-0.0).build();
    assertThat(fromZero).isEqualTo(KpiTarget.builder().baseline(0).target(10).threshold(0).build());
    assertThat(Double.doubleToRawLongBits(fromZero.threshold().getAsDouble())).isZero();
    KpiTarget toZero = KpiTarget.builder().baseline(10).target(5).stretch(-0.0).build();
    assertThat(toZero).isEqualTo(KpiTarget.builder().baseline(10).target(5).stretch(0).build());
    assertThat(Double.doubleToRawLongBits(toZero.stretch().getAsDouble())).isZero();
    KpiTarget band = KpiTarget.within(1, 3, -0.0);
    assertThat(band.band()).contains(Band.of(1, 3));
    assertThat(Double.doubleToRawLongBits(band.baseline())).isZero();
    KpiTarget target = KpiTarget.builder().baseline(10).target(-0.0).build();
    assertThat(Double.doubleToRawLongBits(target.target())).isZero();
  }

  @Test
  void aBandTargetsBaselineMustLieOutsideTheBand() {
    assertThatThrownBy(() -> KpiTarget.builder().baseline(1.5).target(2).band(Band.of(1, 3)).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("baseline was 1.5: must lie outside the band ");
  }

  private static List<Measurement> weekly(double... values) {
    List<Measurement> points = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      points.add(Measurement.of(KPI, START.plusWeeks(i), RECORDED, values[i]));
    }
    return points;
  }
}
