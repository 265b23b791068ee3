package dev.pillars.testing;

import dev.pillars.core.kpi.Aggregation;
import dev.pillars.core.kpi.Direction;
import dev.pillars.core.kpi.Frequency;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.kpi.MeasurementSeries;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of valid KPI data: definitions, targets for each direction, and weekly measurement
 * series with noise and corrections.
 *
 * <p>Every generated value passes the library's validation. Numbers stay within ±3,000 so that
 * sums, spans and projections of them are exact enough for tight assertions.
 */
public final class KpiGens {
  private static final LocalDate FIRST_MONDAY = LocalDate.of(2020, 1, 6);
  private static final List<String> NAMES =
      List.of("Defect rate", "Units per labour hour", "On-time delivery", "Scrap cost", "Oven temperature", "Lead time");
  private static final List<String> UNITS = List.of("%", "units/h", "days", "EUR", "°C", "count");

  private KpiGens() {}

  /**
   * Returns KPI ids such as {@code kpi-42}.
   *
   * @return a generator of valid KPI ids
   */
  public static Gen<KpiId> kpiIds() {
    return SourceDSL.integers().between(0, 9_999).map(i -> KpiId.of("kpi-" + i));
  }

  /**
   * Returns the three directions.
   *
   * @return a generator of directions
   */
  public static Gen<Direction> directions() {
    return Generate.enumValues(Direction.class);
  }

  /**
   * Returns KPI definitions of every direction, aggregation and frequency.
   *
   * @return a generator of valid definitions
   */
  public static Gen<KpiDefinition> definitions() {
    return directions().flatMap(KpiGens::definitions);
  }

  /**
   * Returns KPI definitions of one direction, with any aggregation and frequency.
   *
   * @param direction the direction
   * @return a generator of valid definitions
   */
  public static Gen<KpiDefinition> definitions(Direction direction) {
    java.util.Objects.requireNonNull(direction, "direction");
    Gen<Optional<String>> descriptions = Generate.pick(List.of("Measured at the end of each line.", "From the ERP."))
        .toOptionals(50);
    return kpiIds()
        .zip(Generate.pick(NAMES), Generate.pick(UNITS), descriptions, (id, name, unit, description) ->
            KpiDefinition.builder().id(id).name(name).unit(unit).description(description).direction(direction))
        .zip(Generate.enumValues(Aggregation.class), Generate.enumValues(Frequency.class), (builder, aggregation, frequency) ->
            builder.aggregation(aggregation).frequency(frequency).build());
  }

  /**
   * Returns targets that a KPI of the given direction accepts, with and without threshold and
   * stretch: anywhere in their allowed ranges, ends included.
   *
   * <p>Higher or lower is better: baseline in [-1000, 1000], target 0.001 to 1000 away in the
   * direction; threshold (half the time) between them; stretch (half the time) 0.01 to 2 spans
   * beyond the target. Inside a range: a band of width 0 to 100 starting in [-1000, 1000], the
   * baseline 0.001 to 1000 below or above it, the target its midpoint, and (half the time) a
   * threshold between the baseline and the band.
   *
   * @param direction the direction
   * @return a generator of valid targets
   */
  public static Gen<KpiTarget> targets(Direction direction) {
    java.util.Objects.requireNonNull(direction, "direction");
    Gen<Double> base = SourceDSL.doubles().between(-1000, 1000);
    Gen<Double> span = SourceDSL.doubles().between(0.001, 1000);
    Gen<Double> share = SourceDSL.doubles().between(0, 1);
    Gen<Double> beyond = SourceDSL.doubles().between(0.01, 2);
    Gen<Boolean> flag = SourceDSL.booleans().all();
    if (direction == Direction.WITHIN_RANGE) {
      Gen<Double> width = SourceDSL.doubles().between(0, 100).mix(Generate.constant(0.0), 10);
      return base.zip(width, span, flag, (lower, w, distance, below) -> new double[] {lower, lower + w, distance, below ? 1 : 0})
          .zip(share, flag, (p, s, withThreshold) -> {
            double lower = p[0];
            double upper = p[1];
            double baseline = p[3] == 1 ? lower - p[2] : upper + p[2];
            KpiTarget plain = KpiTarget.within(lower, upper, baseline);
            if (!withThreshold) {
              return plain;
            }
            double edge = baseline < lower ? lower : upper;
            return KpiTarget.builder()
                .baseline(baseline)
                .target(plain.target())
                .band(plain.band())
                .threshold(baseline + s * (edge - baseline))
                .build();
          });
    }
    double sign = direction == Direction.HIGHER_IS_BETTER ? 1 : -1;
    return base.zip(span, share, beyond, (b, sp, s, st) -> new double[] {b, sign * sp, s, st})
        .zip(flag, flag, (p, withThreshold, withStretch) -> {
          double baseline = p[0];
          double target = baseline + p[1];
          KpiTarget.Builder builder = KpiTarget.builder().baseline(baseline).target(target);
          if (withThreshold) {
            builder.threshold(baseline + p[2] * p[1]);
          }
          if (withStretch) {
            builder.stretch(target + p[3] * p[1]);
          }
          return builder.build();
        });
  }

  /**
   * Returns targets the given KPI accepts.
   *
   * @param definition the KPI
   * @return a generator of targets pointing the KPI's way
   */
  public static Gen<KpiTarget> targetsFor(KpiDefinition definition) {
    java.util.Objects.requireNonNull(definition, "definition");
    return targets(definition.direction());
  }

  /**
   * Returns weekly series of random KPIs; see {@link #weeklySeries(KpiId)}.
   *
   * @return a generator of valid weekly series
   */
  public static Gen<MeasurementSeries> weeklySeries() {
    return kpiIds().flatMap(KpiGens::weeklySeries);
  }

  /**
   * Returns weekly series of one KPI: 0 to 60 weeks starting on a Monday between 2020 and 2029,
   * values along a line (start 0 to 1000, change -10 to 10 a week) with uniform noise of up to 20,
   * each recorded at 09:00 UTC the day after its week, and up to 8 corrections, each recorded 0 to
   * 20 days after the value it corrects and changing it by up to 5. Corrections of the same week
   * and several corrections of one week happen; the history is in recording order.
   *
   * @param kpi the KPI
   * @return a generator of valid weekly series
   */
  public static Gen<MeasurementSeries> weeklySeries(KpiId kpi) {
    java.util.Objects.requireNonNull(kpi, "kpi");
    Gen<double[]> lines = SourceDSL.integers().between(0, 520)
        .zip(SourceDSL.integers().between(0, 60), SourceDSL.doubles().between(0, 1000),
            SourceDSL.doubles().between(-10, 10), SourceDSL.doubles().between(0, 20),
            (startWeek, weeks, start, slope, noise) -> new double[] {startWeek, weeks, start, slope, noise});
    Gen<List<Double>> noise = SourceDSL.lists().of(SourceDSL.doubles().between(-1, 1)).ofSize(60);
    Gen<int[]> correction = SourceDSL.integers().between(0, 59)
        .zip(SourceDSL.integers().between(0, 20), SourceDSL.integers().between(-500, 500),
            (week, delay, centi) -> new int[] {week, delay, centi});
    Gen<List<int[]>> corrections = SourceDSL.lists().of(correction).ofSizeBetween(0, 8);
    return lines.zip(noise, corrections, (line, u, fixes) -> build(kpi, line, u, fixes));
  }

  private record Entry(Instant at, LocalDate observed, double value, boolean correction) {}

  private static MeasurementSeries build(KpiId kpi, double[] line, List<Double> noise, List<int[]> fixes) {
    LocalDate first = FIRST_MONDAY.plusWeeks((long) line[0]);
    int weeks = (int) line[1];
    List<Entry> entries = new ArrayList<>();
    double[] values = new double[weeks];
    for (int i = 0; i < weeks; i++) {
      LocalDate observed = first.plusWeeks(i);
      values[i] = line[2] + line[3] * i + line[4] * noise.get(i);
      entries.add(new Entry(KpiSeries.recordedAt(observed), observed, values[i], false));
    }
    for (int c = 0; c < fixes.size(); c++) {
      int[] fix = fixes.get(c);
      if (fix[0] >= weeks) {
        continue;
      }
      LocalDate observed = first.plusWeeks(fix[0]);
      // six hours after the original at the earliest, and a distinct second per correction
      Instant at = KpiSeries.recordedAt(observed).plusSeconds(86_400L * fix[1] + 21_600L + c);
      entries.add(new Entry(at, observed, values[fix[0]] + fix[2] / 100.0, true));
    }
    entries.sort(Comparator.comparing(Entry::at));
    MeasurementSeries series = MeasurementSeries.empty(kpi);
    for (Entry e : entries) {
      series = e.correction()
          ? series.correct(e.observed(), e.value(), KpiSeries.clockAt(e.at())).value()
          : series.record(e.observed(), e.value(), KpiSeries.clockAt(e.at())).value();
    }
    return series;
  }
}
