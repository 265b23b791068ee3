package dev.pillars.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.pillars.core.kpi.Attainment;
import dev.pillars.core.kpi.Frequency;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.core.kpi.Trend;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KpiGensProperties {

  @Test
  void everyDefinitionAcceptsTheTargetsGeneratedForIt() {
    qt().forAll(KpiGens.definitions().flatMap(d -> KpiGens.targetsFor(d).map(t -> new Object[] {d, t})))
        .checkAssert(pair -> {
          dev.pillars.core.kpi.KpiDefinition definition = (dev.pillars.core.kpi.KpiDefinition) pair[0];
          dev.pillars.core.kpi.KpiTarget target = (dev.pillars.core.kpi.KpiTarget) pair[1];
          assertThat(definition.accepts(target)).isTrue();
          assertThat(Attainment.raw(target, target.baseline())).isZero();
          assertThat(Attainment.raw(target, target.target())).isEqualTo(1.0);
        });
  }

  @Test
  void targetsReachEveryShape() {
    Set<String> shapes = new LinkedHashSet<>();
    qt().withFixedSeed(20261125L).withExamples(300).forAll(KpiGens.directions().flatMap(KpiGens::targets)).checkAssert(t -> shapes.add(
        t.direction() + (t.threshold().isPresent() ? "+threshold" : "") + (t.stretch().isPresent() ? "+stretch" : "")));
    assertThat(shapes).contains(
        "HIGHER_IS_BETTER", "HIGHER_IS_BETTER+threshold+stretch", "LOWER_IS_BETTER+stretch",
        "LOWER_IS_BETTER+threshold", "WITHIN_RANGE", "WITHIN_RANGE+threshold");
  }

  @Test
  void weeklySeriesHoldOneValuePerMondayAndSurviveARebuildFromTheirHistory() {
    qt().forAll(KpiGens.weeklySeries()).checkAssert(series -> {
      List<Measurement> current = series.current();
      for (int i = 0; i < current.size(); i++) {
        assertThat(current.get(i).observedOn().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        if (i > 0) {
          assertThat(ChronoUnit.DAYS.between(current.get(i - 1).observedOn(), current.get(i).observedOn())).isEqualTo(7);
        }
      }
      assertThat(MeasurementSeries.of(series.kpi(), series.history())).isEqualTo(series);
    });
  }

  @Test
  void theGeneratedCorrectionsKeepWhatWasKnownBeforeThem() {
    qt().forAll(KpiGens.weeklySeries()).checkAssert(series -> {
      for (Measurement m : series.history()) {
        List<Measurement> trail = series.historyOf(m.observedOn());
        int index = trail.indexOf(m);
        if (index > 0) {
          Measurement before = trail.get(index - 1);
          assertThat(series.asOf(m.recordedAt().minusNanos(1)).valueOn(m.observedOn())).contains(before);
          assertThat(series.asOf(m.recordedAt()).valueOn(m.observedOn())).contains(m);
        }
      }
    });
  }

  @Test
  void weeklySeriesReachCorrectionsAndEmptiness() {
    List<String> seen = new ArrayList<>();
    qt().withFixedSeed(20261125L).withExamples(300).forAll(KpiGens.weeklySeries()).checkAssert(series -> {
      if (series.isEmpty()) {
        seen.add("empty");
      }
      if (series.history().size() > series.dates() + 1) {
        seen.add("several corrections");
      }
    });
    assertThat(seen).contains("empty", "several corrections");
  }

  @Test
  void aNoiselessWeeklySeriesHasAnExactTrend() {
    qt().forAll(integers().between(2, 80), doubles().between(-1000, 1000), doubles().between(-10, 10), longs().all())
        .checkAssert((weeks, start, change, seed) -> {
          MeasurementSeries series =
              KpiSeries.weekly(KpiId.of("units"), LocalDate.of(2026, 1, 5), weeks, start, change, 0, seed);
          Trend trend = Trend.of(series, Frequency.WEEKLY).orElseThrow();
          double scale = Math.max(1, Math.abs(start));
          assertThat(trend.slope()).isCloseTo(change, within(1e-9 * scale));
          assertThat(trend.valueAtOrigin()).isCloseTo(start, within(1e-9 * scale));
          if (Math.abs(change) > 1e-3) {
            assertThat(trend.rSquared()).isCloseTo(1.0, within(1e-9));
          }
        });
  }

  @Test
  void kpiSeriesIsDeterministic() {
    MeasurementSeries a = KpiSeries.weekly(KpiId.of("defects"), LocalDate.of(2026, 1, 5), 26, 5.0, -0.06, 0.2, 42);
    MeasurementSeries b = KpiSeries.weekly(KpiId.of("defects"), LocalDate.of(2026, 1, 5), 26, 5.0, -0.06, 0.2, 42);
    assertThat(a).isEqualTo(b);
    assertThat(a.dates()).isEqualTo(26);
    assertThat(a.current()).allSatisfy(m -> assertThat(m.value()).isFinite());
  }

  @Test
  void kpiSeriesRejectsBadArguments() {
    LocalDate monday = LocalDate.of(2026, 1, 5);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> KpiSeries.weekly(KpiId.of("x"), monday, 3, 1, 0, -1, 1))
        .isInstanceOf(dev.pillars.core.InvalidInputException.class)
        .hasMessage("noise was -1.0: must be zero or positive and finite");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> KpiSeries.weekly(KpiId.of("x"), monday, 3, Double.NaN, 0, 0, 1))
        .isInstanceOf(dev.pillars.core.InvalidInputException.class)
        .hasMessage("start was NaN: must be a finite number");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> KpiSeries.weekly(KpiId.of("x"), monday, -1, 1, 0, 0, 1))
        .isInstanceOf(dev.pillars.core.InvalidInputException.class)
        .hasMessage("weeks was -1: must be between 0 and 10000");
  }
}
