package dev.pillars.core.kpi;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.event.Change;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The measurements of one KPI: an immutable, append-only log that keeps every correction.
 *
 * <p>The {@link #history()} holds every measurement in the order it was recorded; nothing is ever
 * removed or replaced. A new observation date enters through {@link #record(Measurement)}; a new
 * value for a date that already has one enters through {@link #correct(Measurement)} and is
 * recorded strictly later than the value it corrects. The {@link #current()} view holds the latest
 * value of each observation date, and {@link #asOf(Instant)} shows the series as it was known at
 * an instant, before later records and corrections.
 *
 * <p>Rules, each checked on every change and when a series is rebuilt with {@link #of(KpiId,
 * List)}: every measurement is of this series' KPI; {@code recordedAt} never goes back in time
 * along the history (equal instants are allowed), so the history is also in {@code recordedAt}
 * order; a correction is recorded strictly after the value it corrects. A rejected change throws
 * an {@link InvalidInputException} and, the series being immutable, changes nothing.
 *
 * <p>Instances are immutable and thread-safe. A change copies the series, so recording costs time
 * linear in its length; a KPI's series holds hundreds to a few thousand values.
 */
public final class MeasurementSeries {
  private final KpiId kpi;
  private final List<Measurement> history;
  private final NavigableMap<LocalDate, Measurement> current;

  private MeasurementSeries(KpiId kpi, List<Measurement> history) {
    this(kpi, List.copyOf(history), latestPerDate(history));
  }

  private MeasurementSeries(KpiId kpi, List<Measurement> history, TreeMap<LocalDate, Measurement> current) {
    this.kpi = kpi;
    this.history = history;
    this.current = Collections.unmodifiableNavigableMap(current);
  }

  private static TreeMap<LocalDate, Measurement> latestPerDate(List<Measurement> history) {
    TreeMap<LocalDate, Measurement> latest = new TreeMap<>();
    for (Measurement m : history) {
      latest.put(m.observedOn(), m);
    }
    return latest;
  }

  /**
   * Returns an empty series.
   *
   * @param kpi the KPI the series measures
   * @return a series without measurements
   * @throws InvalidInputException if {@code kpi} is null
   */
  public static MeasurementSeries empty(KpiId kpi) {
    Checks.notNull("kpi", kpi);
    return new MeasurementSeries(kpi, List.of());
  }

  /**
   * Rebuilds a series from its history, as a store returns it: in recording order, corrections
   * included. The history is checked once against the same rules as {@link #record(Measurement)}
   * and {@link #correct(Measurement)}: a measurement for a date seen before is a correction.
   *
   * @param kpi the KPI the series measures
   * @param history every measurement in the order it was recorded
   * @return the series
   * @throws InvalidInputException if {@code history} breaks a rule; the field names the index
   */
  public static MeasurementSeries of(KpiId kpi, List<Measurement> history) {
    Checks.notNull("kpi", kpi);
    Checks.notNull("history", history);
    TreeMap<LocalDate, Measurement> latest = new TreeMap<>();
    @Nullable Instant last = null;
    for (int i = 0; i < history.size(); i++) {
      String field = "history[" + i + "]";
      Measurement m = Checks.notNull(field, history.get(i));
      checkAppend(field, kpi, last, latest.get(m.observedOn()), m);
      latest.put(m.observedOn(), m);
      last = m.recordedAt();
    }
    return new MeasurementSeries(kpi, List.copyOf(history), latest);
  }

  /**
   * Returns the KPI this series measures.
   *
   * @return the KPI's id
   */
  public KpiId kpi() {
    return kpi;
  }

  /**
   * Returns every measurement, corrections included, in the order recorded.
   *
   * @return the unmodifiable history
   */
  public List<Measurement> history() {
    return history;
  }

  /**
   * Returns the latest value of each observation date, ordered by observation date.
   *
   * @return the unmodifiable current view, one measurement per date
   */
  public List<Measurement> current() {
    return List.copyOf(current.values());
  }

  /**
   * Returns the current value of an observation date.
   *
   * @param observedOn the observation date
   * @return its latest measurement, or empty if the date has none
   */
  public Optional<Measurement> valueOn(LocalDate observedOn) {
    Checks.notNull("observedOn", observedOn);
    return Optional.ofNullable(current.get(observedOn));
  }

  /**
   * Returns every value recorded for an observation date, the original first and the current last.
   *
   * @param observedOn the observation date
   * @return the date's measurements in the order recorded; empty if it has none
   */
  public List<Measurement> historyOf(LocalDate observedOn) {
    Checks.notNull("observedOn", observedOn);
    List<Measurement> trail = new ArrayList<>();
    for (Measurement m : history) {
      if (m.observedOn().equals(observedOn)) {
        trail.add(m);
      }
    }
    return List.copyOf(trail);
  }

  /**
   * Returns the current value of the latest observation date.
   *
   * @return the latest observation, or empty if the series is empty
   */
  public Optional<Measurement> latest() {
    return current.isEmpty() ? Optional.empty() : Optional.of(current.lastEntry().getValue());
  }

  /**
   * Returns whether the series has no measurement.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return history.isEmpty();
  }

  /**
   * Returns the number of observation dates that have a value.
   *
   * @return the size of {@link #current()}
   */
  public int dates() {
    return current.size();
  }

  /**
   * Returns the series as it was known at an instant: only the measurements recorded at or before
   * it, so a correction recorded later is not yet applied.
   *
   * @param instant the instant
   * @return the series as of {@code instant}
   */
  public MeasurementSeries asOf(Instant instant) {
    Checks.notNull("instant", instant);
    int low = 0;
    int high = history.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (history.get(middle).recordedAt().isAfter(instant)) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low == history.size() ? this : new MeasurementSeries(kpi, history.subList(0, low));
  }

  /**
   * Returns the current values observed within a period, ends included, ordered by date.
   *
   * @param period the period
   * @return the current measurements observed in {@code period}
   */
  public List<Measurement> between(Period period) {
    Checks.notNull("period", period);
    return List.copyOf(current.subMap(period.start(), true, period.end(), true).values());
  }

  /**
   * Combines the current values observed within a period into one value.
   *
   * @param period the period
   * @param aggregation how to combine them; {@link Aggregation#LAST} takes the latest date's value
   * @return the period's value, or empty if no value was observed in it
   * @throws InvalidInputException if a {@link Aggregation#SUM} of the period's values is beyond
   *     the range of a double (every other aggregation of finite values is finite)
   */
  public OptionalDouble aggregate(Period period, Aggregation aggregation) {
    Checks.notNull("aggregation", aggregation);
    return aggregation.apply(between(period).stream().mapToDouble(Measurement::value).toArray());
  }

  /**
   * Records the value of an observation date that has none yet, stamped with the clock's instant.
   *
   * @param observedOn the date the value describes
   * @param value the value, finite
   * @param clock the clock giving {@code recordedAt}
   * @return the new series and a {@link MeasurementRecorded} event
   * @throws InvalidInputException if {@code value} is not finite, the date already has a value
   *     (use {@link #correct(LocalDate, double, Clock)}), or the clock is behind the series
   */
  public Change<MeasurementSeries> record(LocalDate observedOn, double value, Clock clock) {
    Checks.notNull("clock", clock);
    return record(new Measurement(kpi, observedOn, clock.instant(), value));
  }

  /**
   * Records a measurement for an observation date that has none yet.
   *
   * @param measurement the measurement
   * @return the new series and a {@link MeasurementRecorded} event
   * @throws InvalidInputException if the measurement is of another KPI, its date already has a
   *     value (use {@link #correct(Measurement)}), or it was recorded before the series' last
   *     record
   */
  public Change<MeasurementSeries> record(Measurement measurement) {
    Checks.notNull("measurement", measurement);
    Checks.require(
        measurement.kpi().equals(kpi), "measurement.kpi", measurement.kpi(), "must be the series' KPI " + kpi);
    Measurement existing = current.get(measurement.observedOn());
    if (existing != null) {
      throw new InvalidInputException(
          "observedOn",
          measurement.observedOn(),
          "already has the value " + existing.value() + " in KPI " + kpi + "; correct it instead of recording it again");
    }
    checkAppend("measurement", kpi, lastRecordedAt(), null, measurement);
    return Change.of(appended(measurement), new MeasurementRecorded(measurement));
  }

  /**
   * Corrects the value of an observation date, stamped with the clock's instant; the previous value
   * stays in the history.
   *
   * @param observedOn the date whose value is corrected
   * @param newValue the corrected value, finite
   * @param clock the clock giving {@code recordedAt}
   * @return the new series and a {@link MeasurementCorrected} event
   * @throws InvalidInputException if {@code newValue} is not finite, the date has no value yet (use
   *     {@link #record(LocalDate, double, Clock)}), or the clock is not after the value corrected
   */
  public Change<MeasurementSeries> correct(LocalDate observedOn, double newValue, Clock clock) {
    Checks.notNull("clock", clock);
    return correct(new Measurement(kpi, observedOn, clock.instant(), newValue));
  }

  /**
   * Corrects the value of an observation date with a new measurement; the previous value stays in
   * the history.
   *
   * @param correction the new measurement for a date that has a value
   * @return the new series and a {@link MeasurementCorrected} event
   * @throws InvalidInputException if the correction is of another KPI, its date has no value yet
   *     (use {@link #record(Measurement)}), or it was not recorded after the value it corrects and
   *     not before the series' last record
   */
  public Change<MeasurementSeries> correct(Measurement correction) {
    Checks.notNull("correction", correction);
    Checks.require(
        correction.kpi().equals(kpi), "correction.kpi", correction.kpi(), "must be the series' KPI " + kpi);
    Measurement previous = current.get(correction.observedOn());
    if (previous == null) {
      throw new InvalidInputException(
          "observedOn",
          correction.observedOn(),
          "has no value in KPI " + kpi + " to correct; record it first");
    }
    checkAppend("correction", kpi, lastRecordedAt(), previous, correction);
    return Change.of(appended(correction), new MeasurementCorrected(previous, correction));
  }

  private @Nullable Instant lastRecordedAt() {
    return history.isEmpty() ? null : history.get(history.size() - 1).recordedAt();
  }

  private MeasurementSeries appended(Measurement m) {
    List<Measurement> longer = new ArrayList<>(history.size() + 1);
    longer.addAll(history);
    longer.add(m);
    TreeMap<LocalDate, Measurement> latest = new TreeMap<>(current); // a linear copy of a sorted map
    latest.put(m.observedOn(), m);
    return new MeasurementSeries(kpi, Collections.unmodifiableList(longer), latest);
  }

  private static void checkAppend(
      String field, KpiId kpi, @Nullable Instant lastRecordedAt, @Nullable Measurement previous, Measurement m) {
    Checks.require(m.kpi().equals(kpi), field + ".kpi", m.kpi(), "must be the series' KPI " + kpi);
    if (lastRecordedAt != null) {
      Checks.require(
          !m.recordedAt().isBefore(lastRecordedAt),
          field + ".recordedAt",
          m.recordedAt(),
          "must not be before the series' last recordedAt " + lastRecordedAt + " (the series is append-only)");
    }
    if (previous != null) {
      Checks.require(
          m.recordedAt().isAfter(previous.recordedAt()),
          field + ".recordedAt",
          m.recordedAt(),
          "must be after " + previous.recordedAt() + ", when the value of " + m.observedOn() + " it corrects was recorded");
    }
  }

  /**
   * Returns whether the other object is a series of the same KPI with the same history.
   *
   * @param other the other object
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MeasurementSeries
        && ((MeasurementSeries) other).kpi.equals(kpi)
        && ((MeasurementSeries) other).history.equals(history);
  }

  @Override
  public int hashCode() {
    return 31 * kpi.hashCode() + history.hashCode();
  }

  /**
   * Returns a short summary such as {@code MeasurementSeries[defect-rate: 26 dates, 28 records]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "MeasurementSeries[" + kpi + ": " + current.size() + " dates, " + history.size() + " records]";
  }
}
