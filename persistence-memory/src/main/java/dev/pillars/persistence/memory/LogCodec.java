package dev.pillars.persistence.memory;

import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.Measurement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What a log table needs to know about its entries: their key, their order (which is also their
 * identity: two entries the order finds equal are duplicates), and how to pack sorted entries into
 * a {@link LogChunk}.
 *
 * @param <K> the key type
 * @param <E> the entry type
 */
abstract class LogCodec<K, E> {
  /** Measurements by KPI, ordered by date and recording time, packed in columns. */
  static final LogCodec<KpiId, Measurement> MEASUREMENTS =
      new LogCodec<>(
          "Measurement",
          Measurement.class,
          Comparator.comparing(Measurement::observedOn).thenComparing(Measurement::recordedAt)) {
        @Override
        KpiId keyOf(Measurement entry) {
          return entry.kpi();
        }

        @Override
        String identity(Measurement entry) {
          return entry.kpi() + "@" + entry.observedOn() + "@" + entry.recordedAt();
        }

        @Override
        LogChunk<KpiId, Measurement> pack(KpiId key, List<Measurement> sorted) {
          return new MeasurementChunk(key, sorted);
        }
      };

  /** Check-ins by goal, ordered by time. */
  static final LogCodec<GoalId, CheckIn> CHECK_INS =
      new LogCodec<>("CheckIn", CheckIn.class, Comparator.comparing(CheckIn::at)) {
        @Override
        GoalId keyOf(CheckIn entry) {
          return entry.goalId();
        }

        @Override
        String identity(CheckIn entry) {
          return entry.goalId() + "@" + entry.at();
        }

        @Override
        LogChunk<GoalId, CheckIn> pack(GoalId key, List<CheckIn> sorted) {
          return new CheckInChunk(key, sorted.toArray(new CheckIn[0]));
        }
      };

  final String entryType;
  final Class<E> type;
  final Comparator<E> order;

  LogCodec(String entryType, Class<E> type, Comparator<E> order) {
    this.entryType = entryType;
    this.type = type;
    this.order = order;
  }

  /** Returns the key an entry belongs to. */
  abstract K keyOf(E entry);

  /** Returns an entry's identity as text, for messages. */
  abstract String identity(E entry);

  /** Packs entries sorted by {@link #order}, all of key {@code key}, into a chunk. */
  abstract LogChunk<K, E> pack(K key, List<E> sorted);

  /** The measurements of one KPI in columns: about 28 bytes per measurement. */
  static final class MeasurementChunk extends LogChunk<KpiId, Measurement> {
    private final KpiId kpi;
    private final long[] days;
    private final long[] seconds;
    private final int[] nanos;
    private final double[] values;

    MeasurementChunk(KpiId kpi, List<Measurement> sorted) {
      this.kpi = kpi;
      int n = sorted.size();
      days = new long[n];
      seconds = new long[n];
      nanos = new int[n];
      values = new double[n];
      for (int i = 0; i < n; i++) {
        Measurement m = sorted.get(i);
        days[i] = m.observedOn().toEpochDay();
        seconds[i] = m.recordedAt().getEpochSecond();
        nanos[i] = m.recordedAt().getNano();
        values[i] = m.value();
      }
    }

    @Override
    KpiId key() {
      return kpi;
    }

    @Override
    public Measurement get(int index) {
      return Measurement.of(
          kpi, LocalDate.ofEpochDay(days[index]), Instant.ofEpochSecond(seconds[index], nanos[index]), values[index]);
    }

    @Override
    public int size() {
      return days.length;
    }
  }

  /** The check-ins of one goal, in an array. */
  static final class CheckInChunk extends LogChunk<GoalId, CheckIn> {
    private final GoalId goal;
    private final CheckIn[] checkIns;

    CheckInChunk(GoalId goal, CheckIn[] checkIns) {
      this.goal = goal;
      this.checkIns = checkIns;
    }

    @Override
    GoalId key() {
      return goal;
    }

    @Override
    public CheckIn get(int index) {
      return checkIns[index];
    }

    @Override
    public int size() {
      return checkIns.length;
    }
  }
}
