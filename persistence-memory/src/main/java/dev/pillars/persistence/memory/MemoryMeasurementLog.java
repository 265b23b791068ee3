package dev.pillars.persistence.memory;

import dev.pillars.core.Checks;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.persistence.spi.AggregateNotFoundException;
import dev.pillars.persistence.spi.MeasurementLog;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The measurements of one tenant in the in-memory store: one sorted chunk per KPI, kept in columns
 * (about 28 bytes per measurement). Range reads find their dates by binary search.
 */
final class MemoryMeasurementLog implements MeasurementLog {
  private static final Comparator<Measurement> BY_RECORDING =
      Comparator.comparing(Measurement::recordedAt).thenComparing(Measurement::observedOn);

  final MemoryLog<KpiId, Measurement> log;
  private final MemoryRepositories repositories;

  MemoryMeasurementLog(MemoryTenantStore store, @Nullable MemoryUnitOfWork work, MemoryRepositories repositories) {
    this.log = new MemoryLog<>(store, work, Tables.MEASUREMENTS, LogCodec.MEASUREMENTS, "MeasurementLog");
    this.repositories = repositories;
  }

  @Override
  public void append(Measurement measurement) {
    Checks.notNull("measurement", measurement);
    log.appendAll(List.of(measurement).iterator(), "measurement", 1, definedKpis(), "append");
  }

  @Override
  public long appendAll(Iterator<Measurement> measurements, int batchSize) {
    return log.appendAll(measurements, "measurements", batchSize, definedKpis(), "appendAll");
  }

  /** Returns a check that a measurement's KPI is defined, asking the store once per KPI. */
  private Consumer<Measurement> definedKpis() {
    Set<KpiId> defined = new HashSet<>();
    return measurement -> {
      KpiId kpi = measurement.kpi();
      if (!defined.contains(kpi)) {
        if (repositories.kpiDefinitions.find(kpi).isEmpty()) {
          throw new AggregateNotFoundException(
              log.store().tenant(), Tables.KPI_DEFINITIONS.aggregateType, kpi.toString());
        }
        defined.add(kpi);
      }
    };
  }

  @Override
  public List<Measurement> range(KpiId kpi, LocalDate from, LocalDate to) {
    checkRange(kpi, from, to);
    List<Measurement> all = log.entries(kpi, "range");
    List<Measurement> current = new ArrayList<>();
    int end = firstAfter(all, to);
    for (int i = firstFrom(all, from); i < end; i++) {
      if (i + 1 == end || !all.get(i + 1).observedOn().equals(all.get(i).observedOn())) {
        current.add(all.get(i));
      }
    }
    return List.copyOf(current);
  }

  @Override
  public List<Measurement> history(KpiId kpi, LocalDate from, LocalDate to) {
    checkRange(kpi, from, to);
    List<Measurement> all = log.entries(kpi, "history");
    return List.copyOf(all.subList(firstFrom(all, from), firstAfter(all, to)));
  }

  @Override
  public List<Measurement> asOf(KpiId kpi, LocalDate from, LocalDate to, Instant recordedBy) {
    checkRange(kpi, from, to);
    Checks.notNull("recordedBy", recordedBy);
    List<Measurement> all = log.entries(kpi, "asOf");
    List<Measurement> known = new ArrayList<>();
    Measurement candidate = null;
    int end = firstAfter(all, to);
    for (int i = firstFrom(all, from); i < end; i++) {
      Measurement m = all.get(i);
      if (candidate != null && !candidate.observedOn().equals(m.observedOn())) {
        known.add(candidate);
        candidate = null;
      }
      if (!m.recordedAt().isAfter(recordedBy)) {
        candidate = m;
      }
    }
    if (candidate != null) {
      known.add(candidate);
    }
    return List.copyOf(known);
  }

  @Override
  public MeasurementSeries series(KpiId kpi) {
    Checks.notNull("kpi", kpi);
    List<Measurement> history = new ArrayList<>(log.entries(kpi, "series"));
    history.sort(BY_RECORDING);
    return MeasurementSeries.of(kpi, history);
  }

  @Override
  public Optional<Measurement> latest(KpiId kpi) {
    Checks.notNull("kpi", kpi);
    List<Measurement> all = log.entries(kpi, "latest");
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  @Override
  public long count(KpiId kpi) {
    Checks.notNull("kpi", kpi);
    return log.entries(kpi, "count").size();
  }

  private static void checkRange(KpiId kpi, LocalDate from, LocalDate to) {
    Checks.notNull("kpi", kpi);
    Checks.notNull("from", from);
    Checks.notNull("to", to);
    Checks.require(!to.isBefore(from), "to", to, "must not be before from " + from);
  }

  /** Returns the index of the first measurement observed on or after {@code day}. */
  private static int firstFrom(List<Measurement> sorted, LocalDate day) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted.get(mid).observedOn().isBefore(day)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Returns the index of the first measurement observed after {@code day}. */
  private static int firstAfter(List<Measurement> sorted, LocalDate day) {
    return day.equals(LocalDate.MAX) ? sorted.size() : firstFrom(sorted, day.plusDays(1));
  }

  @Override
  public String toString() {
    return log.toString();
  }
}
