package dev.pillars.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class TrendProperties {
  private static final KpiId KPI = KpiId.of("units-per-hour");
  private static final LocalDate START = LocalDate.of(2026, 1, 5);
  private static final Instant RECORDED = Instant.parse("2030-01-01T00:00:00Z");

  /** Distinct step numbers 0 = k0 < k1 < ... with gaps of 1 to 4 steps. */
  private static Gen<List<Integer>> steps() {
    return lists().of(integers().between(1, 4)).ofSizeBetween(1, 59).map(gaps -> {
      List<Integer> ks = new ArrayList<>();
      int k = 0;
      ks.add(k);
      for (int gap : gaps) {
        k += gap;
        ks.add(k);
      }
      return ks;
    });
  }

  private static Gen<Double> slopes() {
    Gen<Double> nonZero = doubles().between(0.01, 100).zip(Generate.booleans(), (b, negative) -> negative ? -b : b);
    return nonZero.mix(Generate.constant(0.0), 10);
  }

  private static List<Measurement> line(Frequency frequency, List<Integer> ks, double a, double b) {
    List<Measurement> points = new ArrayList<>();
    for (int k : ks) {
      points.add(Measurement.of(KPI, frequency.step(START, k), RECORDED, a + b * k));
    }
    return points;
  }

  @Test
  void slopeAndInterceptAreExactOnLinearDataAndRSquaredIsOne() {
    qt().forAll(Generate.enumValues(Frequency.class), steps(), doubles().between(-1000, 1000), slopes())
        .checkAssert((frequency, ks, a, b) -> {
          List<Measurement> points = line(frequency, ks, a, b);
          Collections.shuffle(points, new java.util.Random(ks.size()));
          Trend trend = Trend.fit(points, frequency).orElseThrow();
          double scale = Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
          assertThat(trend.slope()).isCloseTo(b, within(1e-9 * scale));
          assertThat(trend.valueAtOrigin()).isCloseTo(a, within(1e-9 * scale));
          assertThat(trend.rSquared()).isCloseTo(1.0, within(1e-9));
          assertThat(trend.origin()).isEqualTo(START);
          assertThat(trend.points()).isEqualTo(ks.size());
          int last = ks.get(ks.size() - 1);
          assertThat(trend.valueAt(frequency.step(START, last + 10)))
              .isCloseTo(a + b * (last + 10), within(1e-8 * scale * (last + 10)));
        });
  }

  @Test
  void rSquaredStaysWithinZeroAndOneOnNoisyData() {
    qt().forAll(steps(), doubles().between(-100, 100), slopes(), lists().of(doubles().between(-50, 50)).ofSize(60))
        .checkAssert((ks, a, b, noise) -> {
          List<Measurement> points = new ArrayList<>();
          for (int i = 0; i < ks.size(); i++) {
            int k = ks.get(i);
            points.add(Measurement.of(KPI, Frequency.WEEKLY.step(START, k), RECORDED, a + b * k + noise.get(i)));
          }
          Trend trend = Trend.fit(points, Frequency.WEEKLY).orElseThrow();
          assertThat(trend.rSquared()).isBetween(0.0, 1.0);
          // the least-squares residuals sum to zero
          double residuals = 0;
          double scale = 1;
          for (Measurement m : points) {
            residuals += m.value() - trend.valueAt(m.observedOn());
            scale += Math.abs(m.value());
          }
          assertThat(residuals).isCloseTo(0.0, within(1e-9 * scale));
        });
  }

  @Test
  void finiteValuesGiveAFiniteLineOrAreRejectedNamingTheRule() {
    qt().forAll(steps(), lists().of(AggregationProperties.anyFinite()).ofSize(60))
        .checkAssert((ks, values) -> {
          List<Measurement> points = new ArrayList<>();
          for (int i = 0; i < ks.size(); i++) {
            points.add(Measurement.of(KPI, Frequency.WEEKLY.step(START, ks.get(i)), RECORDED, values.get(i)));
          }
          try {
            Trend.fit(points, Frequency.WEEKLY).ifPresent(trend -> {
              assertThat(trend.slope()).isFinite();
              assertThat(trend.valueAtOrigin()).isFinite();
              assertThat(trend.valueAt(trend.lastObserved())).isFinite();
              assertThat(trend.rSquared()).isBetween(0.0, 1.0);
            });
          } catch (InvalidInputException e) {
            assertThat(e.field()).isEqualTo("measurements");
            assertThat(e.rule()).startsWith("must change by less than the range of a double per WEEKLY step");
          }
          for (int window = 1; window <= 3; window++) {
            for (DatedValue average : Trend.movingAverage(points, window)) {
              assertThat(average.value()).isFinite();
            }
          }
        });
  }

  @Test
  void valuesWithinAQuarterOfTheRangeAlwaysFit() {
    Gen<Double> quarter = AggregationProperties.anyFinite().map(v -> Math.scalb(v, -2));
    qt().forAll(steps(), lists().of(quarter).ofSize(60)).checkAssert((ks, values) -> {
      List<Measurement> points = new ArrayList<>();
      for (int i = 0; i < ks.size(); i++) {
        points.add(Measurement.of(KPI, Frequency.WEEKLY.step(START, ks.get(i)), RECORDED, values.get(i)));
      }
      Trend trend = Trend.fit(points, Frequency.WEEKLY).orElseThrow();
      assertThat(trend.slope()).isFinite();
      assertThat(trend.valueAtOrigin()).isFinite();
    });
  }

  @Test
  void theMovingAverageAgreesWithABruteForceMean() {
    qt().forAll(lists().of(doubles().between(-100, 100)).ofSizeBetween(0, 30), integers().between(1, 8))
        .checkAssert((values, window) -> {
          List<Measurement> points = new ArrayList<>();
          for (int i = 0; i < values.size(); i++) {
            points.add(Measurement.of(KPI, START.plusWeeks(i), RECORDED, values.get(i)));
          }
          List<Measurement> shuffled = new ArrayList<>(points);
          Collections.reverse(shuffled);
          List<DatedValue> average = Trend.movingAverage(shuffled, window);
          assertThat(average).hasSize(Math.max(0, values.size() - window + 1));
          for (int i = 0; i < average.size(); i++) {
            double sum = 0;
            for (int j = i; j < i + window; j++) {
              sum += values.get(j);
            }
            assertThat(average.get(i).date()).isEqualTo(START.plusWeeks(i + window - 1L));
            assertThat(average.get(i).value()).isCloseTo(sum / window, within(1e-9));
          }
        });
  }
}
