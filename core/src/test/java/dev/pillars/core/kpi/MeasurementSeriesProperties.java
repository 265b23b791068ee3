package dev.pillars.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.event.Change;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Model-based properties: random sequences of records and corrections, valid and invalid, replayed
 * against the series and against a plain list of what was accepted.
 */
class MeasurementSeriesProperties {
  private static final KpiId KPI = KpiId.of("defect-rate");
  private static final KpiId OTHER = KpiId.of("scrap-rate");
  private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
  private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

  /** One attempted change: record or correct a date's value, after moving the clock. */
  record Op(boolean correct, int week, double value, int clockStep, boolean otherKpi) {}

  static Gen<Op> ops() {
    Gen<Double> values = Generate.frequency(
        org.quicktheories.api.Pair.of(12, doubles().between(-50, 50)),
        org.quicktheories.api.Pair.of(1, Generate.pick(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY))));
    Gen<Integer> clockSteps = Generate.frequency(
        org.quicktheories.api.Pair.of(8, integers().between(0, 3)),
        org.quicktheories.api.Pair.of(1, integers().between(-3, -1)));
    Gen<Boolean> other = Generate.frequency(
        org.quicktheories.api.Pair.of(15, Generate.constant(false)),
        org.quicktheories.api.Pair.of(1, Generate.constant(true)));
    return Generate.booleans().zip(integers().between(0, 9), values, clockSteps, other, Op::new);
  }

  static Gen<List<Op>> scripts() {
    return lists().of(ops()).ofSizeBetween(0, 40);
  }

  /** The outcome of replaying a script: the series and the measurements it accepted. */
  record Replay(MeasurementSeries series, List<Measurement> accepted) {}

  static Replay replay(List<Op> script) {
    MeasurementSeries series = MeasurementSeries.empty(KPI);
    List<Measurement> accepted = new ArrayList<>();
    Instant now = START;
    for (Op op : script) {
      now = now.plusSeconds(60L * op.clockStep());
      // a non-finite value cannot even become a Measurement
      Measurement m = Double.isFinite(op.value())
          ? new Measurement(op.otherKpi() ? OTHER : KPI, MONDAY.plusWeeks(op.week()), now, op.value())
          : null;
      boolean valid = m != null && expectAccepted(accepted, m, op.correct());
      MeasurementSeries before = series;
      if (m == null) {
        // the Clock-based path rejects it
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        LocalDate day = MONDAY.plusWeeks(op.week());
        assertThatThrownBy(() -> {
              if (op.correct()) {
                before.correct(day, op.value(), clock);
              } else {
                before.record(day, op.value(), clock);
              }
            })
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("value was");
        continue;
      }
      if (!valid) {
        assertThatThrownBy(() -> apply(before, m, op.correct())).isInstanceOf(InvalidInputException.class);
        assertThat(before.history()).isEqualTo(accepted);
        continue;
      }
      Measurement previous = before.valueOn(m.observedOn()).orElse(null);
      Change<MeasurementSeries> change = apply(before, m, op.correct());
      assertThat(change.events()).containsExactly(
          op.correct() ? new MeasurementCorrected(previous, m) : new MeasurementRecorded(m));
      series = change.value();
      accepted.add(m);
      assertThat(before.history()).hasSize(accepted.size() - 1);
    }
    return new Replay(series, accepted);
  }

  private static Change<MeasurementSeries> apply(MeasurementSeries series, Measurement m, boolean correct) {
    return correct ? series.correct(m) : series.record(m);
  }

  private static boolean expectAccepted(List<Measurement> accepted, Measurement m, boolean correct) {
    if (!m.kpi().equals(KPI)) {
      return false;
    }
    Measurement previous = null;
    for (Measurement a : accepted) {
      if (a.observedOn().equals(m.observedOn())) {
        previous = a;
      }
    }
    if (correct != (previous != null)) {
      return false;
    }
    if (!accepted.isEmpty() && m.recordedAt().isBefore(accepted.get(accepted.size() - 1).recordedAt())) {
      return false;
    }
    return previous == null || m.recordedAt().isAfter(previous.recordedAt());
  }

  /** Latest accepted value per date, ordered by date: the model of current(). */
  static List<Measurement> latestPerDate(List<Measurement> accepted) {
    Map<LocalDate, Measurement> latest = new TreeMap<>();
    for (Measurement m : accepted) {
      latest.put(m.observedOn(), m);
    }
    return new ArrayList<>(latest.values());
  }

  @Test
  void theSeriesAcceptsExactlyWhatTheRulesAllowAndKeepsEveryAcceptedValue() {
    qt().forAll(scripts()).checkAssert(script -> {
      Replay replay = replay(script);
      assertThat(replay.series().history()).isEqualTo(replay.accepted());
      assertThat(MeasurementSeries.of(KPI, replay.accepted())).isEqualTo(replay.series());
    });
  }

  @Test
  void currentHoldsOneValuePerDateTheLatestOrderedByDate() {
    qt().forAll(scripts()).checkAssert(script -> {
      Replay replay = replay(script);
      List<Measurement> current = replay.series().current();
      assertThat(current).isEqualTo(latestPerDate(replay.accepted()));
      assertThat(current).extracting(Measurement::observedOn).doesNotHaveDuplicates().isSorted();
      assertThat(replay.series().dates()).isEqualTo(current.size());
    });
  }

  @Test
  void aCorrectionNeverLosesHistory() {
    qt().forAll(scripts()).checkAssert(script -> {
      Replay replay = replay(script);
      MeasurementSeries series = replay.series();
      for (Measurement m : replay.accepted()) {
        // just before m was recorded, its date showed whatever had been recorded before it
        Instant justBefore = m.recordedAt().minusNanos(1);
        List<Measurement> knownThen = new ArrayList<>();
        for (Measurement a : replay.accepted()) {
          if (!a.recordedAt().isAfter(justBefore)) {
            knownThen.add(a);
          }
        }
        assertThat(series.asOf(justBefore).current()).isEqualTo(latestPerDate(knownThen));
        assertThat(series.asOf(m.recordedAt()).valueOn(m.observedOn())).isPresent();
        assertThat(series.historyOf(m.observedOn())).contains(m);
      }
      assertThat(series.asOf(Instant.MAX)).isEqualTo(series);
      assertThat(series.asOf(START.minusSeconds(3600)).isEmpty()).isTrue();
    });
  }

  @Test
  void aggregationsAgreeWithABruteForceRecount() {
    qt().forAll(scripts(), integers().between(-2, 11), integers().between(0, 12), Generate.enumValues(Aggregation.class))
        .checkAssert((script, from, length, aggregation) -> {
          Replay replay = replay(script);
          Period period = Period.of(MONDAY.plusWeeks(from), MONDAY.plusWeeks(from).plusDays(7L * length));
          List<Measurement> inside = new ArrayList<>();
          for (Measurement m : latestPerDate(replay.accepted())) {
            if (!m.observedOn().isBefore(period.start()) && !m.observedOn().isAfter(period.end())) {
              inside.add(m);
            }
          }
          assertThat(replay.series().between(period)).isEqualTo(inside);
          OptionalDouble actual = replay.series().aggregate(period, aggregation);
          if (inside.isEmpty()) {
            assertThat(actual).isEmpty();
            return;
          }
          double expected;
          switch (aggregation) {
            case LAST:
              expected = inside.stream().max(Comparator.comparing(Measurement::observedOn)).orElseThrow().value();
              break;
            case SUM:
              expected = inside.stream().mapToDouble(Measurement::value).sum();
              break;
            case MEAN:
              expected = inside.stream().mapToDouble(Measurement::value).average().orElseThrow();
              break;
            case MIN:
              expected = inside.stream().mapToDouble(Measurement::value).min().orElseThrow();
              break;
            default:
              expected = inside.stream().mapToDouble(Measurement::value).max().orElseThrow();
          }
          assertThat(actual.getAsDouble()).isCloseTo(expected, within(1e-9));
        });
  }

  @Test
  void theModelIsExercised() {
    // guards the generators: scripts reach corrections, rejections and clock regressions
    Map<String, Integer> seen = new LinkedHashMap<>();
    qt().withExamples(200).forAll(scripts()).checkAssert(script -> {
      Replay replay = replay(script);
      if (replay.series().history().size() > replay.series().dates()) {
        seen.merge("corrections", 1, Integer::sum);
      }
      if (replay.accepted().size() < script.size()) {
        seen.merge("rejections", 1, Integer::sum);
      }
    });
    assertThat(seen).containsKeys("corrections", "rejections");
  }
}
