package dev.pillars.persistence.memory;

import dev.pillars.core.Checks;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.persistence.spi.MeasurementLog;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The measurements of one tenant in the in-memory store: one sorted chunk per KPI, kept in columns
 * (about 28 bytes per measurement). Range reads find their dates by binary search.
 */
final class MemoryMeasurementLog extends MemoryLogRepository<KpiId, Measurement> implements MeasurementLog {
  private static final Comparator<Measurement> BY_RECORDING =
      Comparator.comparing(Measurement::recordedAt).thenComparing(Measurement::observedOn);

  MemoryMeasurementLog(MemoryTenantStore store, @Nullable MemoryUnitOfWork work, MemoryRepositories repositories) {
    super(store, work, Tables.MEASUREMENTS, LogCodec.MEASUREMENTS, repositories.kpiDefinitions, "measurement", "kpi");
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
}
