package dev.pillars.persistence.tck;

import static dev.pillars.persistence.tck.TckData.day;
import static dev.pillars.persistence.tck.TckData.instant;
import static dev.pillars.persistence.tck.TckData.kpi;
import static dev.pillars.persistence.tck.TckData.kpiId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.persistence.spi.AggregateNotFoundException;
import dev.pillars.persistence.spi.DuplicateAggregateException;
import dev.pillars.persistence.spi.MeasurementLog;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.TransactionRequiredException;
import dev.pillars.persistence.spi.TransactionStateException;
import dev.pillars.persistence.spi.UnitOfWork;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link MeasurementLog}: append-only measurements, corrections that keep history,
 * reads by KPI and date (current, history, as known at an instant, as a series), identities that
 * never repeat, KPIs that must be defined and take their measurements with them when deleted, and
 * appends of concurrent units of work that never conflict otherwise. Checked by examples and by a
 * model-based property over two tenants.
 */
public abstract class MeasurementLogContract extends TenantContract {
  /** KPIs 0 and 1 are defined in a seeded tenant; KPI 2 is not. */
  private static final int KPIS = 3;

  private static final int DAYS = 5;
  private static final int INSTANTS = 4;
  private static final Comparator<Measurement> BY_DATE =
      Comparator.comparing(Measurement::observedOn).thenComparing(Measurement::recordedAt);
  private static final Comparator<Measurement> BY_RECORDING =
      Comparator.comparing(Measurement::recordedAt).thenComparing(Measurement::observedOn);

  /** Creates the group; a subclass says how to reach the store. */
  protected MeasurementLogContract() {}

  private static Measurement measurement(int kpi, int day, int instant, double value) {
    return Measurement.of(kpiId(kpi), day(day), instant(instant), value);
  }

  /** Returns a tenant in which KPIs 0 to {@code defined - 1} are defined. */
  private TenantStore withKpis(int defined) {
    TenantStore tenant = newTenant();
    tenant.runInTransaction(
        work -> work.kpiDefinitions().insertAll(IntStream.range(0, defined).mapToObj(n -> kpi(kpiId(n), n)), 8));
    return tenant;
  }

  /** Everything a tenant's log shows of the KPIs the kit uses. */
  private record Contents(Map<KpiId, List<Measurement>> histories) {}

  private static Contents contents(MeasurementLog log) {
    Map<KpiId, List<Measurement>> histories = new HashMap<>();
    for (int k = 0; k < KPIS; k++) {
      histories.put(kpiId(k), log.history(kpiId(k), LocalDate.MIN, LocalDate.MAX));
    }
    return new Contents(histories);
  }

  @Test
  @DisplayName("a correction keeps the history: reads show the latest recording of each date, or what was known at an instant")
  void correctionsKeepHistory() {
    TenantStore tenant = withKpis(1);
    Measurement first = measurement(0, 1, 0, 10);
    Measurement correction = measurement(0, 1, 2, 12);
    Measurement second = measurement(0, 2, 1, 5);
    tenant.runInTransaction(work -> work.measurements().append(first));
    tenant.runInTransaction(
        work -> {
          work.measurements().append(correction);
          work.measurements().append(second);
        });
    MeasurementLog log = tenant.measurements();
    KpiId kpi = kpiId(0);

    assertThat(log.range(kpi, day(0), day(4))).containsExactly(correction, second);
    assertThat(log.range(kpi, day(1), day(1))).containsExactly(correction);
    assertThat(log.range(kpi, day(2), day(9))).containsExactly(second);
    assertThat(log.range(kpi, day(3), day(9))).isEmpty();
    assertThat(log.history(kpi, day(0), day(4))).containsExactly(first, correction, second);
    assertThat(log.asOf(kpi, day(0), day(4), instant(1))).containsExactly(first, second);
    assertThat(log.asOf(kpi, day(0), day(4), instant(0))).containsExactly(first);
    assertThat(log.asOf(kpi, day(0), day(4), instant(0).minusNanos(1))).isEmpty();
    assertThat(log.asOf(kpi, day(0), day(4), instant(2))).containsExactly(correction, second);
    assertThat(log.series(kpi)).isEqualTo(MeasurementSeries.of(kpi, List.of(first, second, correction)));
    assertThat(log.series(kpi).current()).containsExactly(correction, second);
    assertThat(log.latest(kpi)).contains(second);
    assertThat(log.count(kpi)).isEqualTo(3);
    assertThat(log.series(kpiId(1))).isEqualTo(MeasurementSeries.empty(kpiId(1)));
    assertThat(log.latest(kpiId(1))).isEmpty();
    assertThat(log.count(kpiId(1))).isZero();
  }

  @Test
  @DisplayName("a measurement with the identity of one stored (KPI, date, recording time) fails, whatever its value, and changes nothing")
  void duplicatesFail() {
    TenantStore tenant = withKpis(2);
    tenant.runInTransaction(work -> work.measurements().append(measurement(0, 1, 0, 10)));
    Contents before = contents(tenant.measurements());

    try (UnitOfWork work = tenant.begin()) {
      MeasurementLog log = work.measurements();
      assertThatThrownBy(() -> log.append(measurement(0, 1, 0, 99)))
          .isInstanceOfSatisfying(
              DuplicateAggregateException.class, e -> assertThat(e.aggregateType()).isEqualTo("Measurement"));
      log.append(measurement(1, 1, 0, 10));
      assertThatThrownBy(() -> log.append(measurement(1, 1, 0, 11))).isInstanceOf(DuplicateAggregateException.class);
      assertThatThrownBy(
              () -> log.appendAll(List.of(measurement(0, 2, 0, 1), measurement(0, 1, 0, 1)).iterator(), 1))
          .isInstanceOf(DuplicateAggregateException.class);
      assertThatThrownBy(
              () -> log.appendAll(List.of(measurement(0, 3, 0, 1), measurement(0, 3, 0, 2)).iterator(), 5))
          .isInstanceOf(DuplicateAggregateException.class);
      assertThat(log.count(kpiId(0))).isEqualTo(1);
      assertThat(log.count(kpiId(1))).isEqualTo(1);
      work.rollback();
    }
    assertThat(contents(tenant.measurements())).isEqualTo(before);
  }

  @Test
  @DisplayName("a measurement of a KPI without a definition, here or only in another tenant, fails with AggregateNotFoundException")
  void undefinedKpisFail() {
    TenantStore tenant = withKpis(1);
    withKpis(3);
    try (UnitOfWork work = tenant.begin()) {
      assertThatThrownBy(() -> work.measurements().append(measurement(2, 0, 0, 1)))
          .isInstanceOfSatisfying(
              AggregateNotFoundException.class,
              e -> {
                assertThat(e.aggregateType()).isEqualTo("KpiDefinition");
                assertThat(e.aggregateId()).isEqualTo(kpiId(2).toString());
              });
      assertThatThrownBy(
              () -> work.measurements()
                  .appendAll(List.of(measurement(0, 0, 0, 1), measurement(1, 0, 0, 1)).iterator(), 10))
          .isInstanceOf(AggregateNotFoundException.class);
      assertThat(work.measurements().count(kpiId(0))).isZero();
      work.commit();
    }
    assertThat(contents(tenant.measurements()).histories().values()).allMatch(List::isEmpty);
  }

  @Test
  @DisplayName("deleting a KPI definition deletes its measurements with it; defined again, it starts empty")
  void deletingAKpiDeletesItsMeasurements() {
    TenantStore tenant = withKpis(2);
    tenant.runInTransaction(
        work -> work.measurements()
            .appendAll(List.of(measurement(0, 0, 0, 1), measurement(0, 1, 0, 2), measurement(1, 0, 0, 3)).iterator(), 2));
    try (UnitOfWork work = tenant.begin()) {
      work.measurements().append(measurement(0, 2, 0, 4));
      work.kpiDefinitions().delete(kpiId(0), 1);
      assertThat(work.measurements().count(kpiId(0))).isZero();
      assertThatThrownBy(() -> work.measurements().append(measurement(0, 3, 0, 5)))
          .isInstanceOf(AggregateNotFoundException.class);
      assertThat(tenant.measurements().count(kpiId(0))).isEqualTo(2);
      work.commit();
    }
    assertThat(tenant.measurements().count(kpiId(0))).isZero();
    assertThat(tenant.measurements().count(kpiId(1))).isEqualTo(1);
    tenant.runInTransaction(work -> work.kpiDefinitions().insert(kpi(kpiId(0), 5)));
    assertThat(tenant.measurements().series(kpiId(0)).isEmpty()).isTrue();
  }

  @Test
  @DisplayName("a unit of work reads its own appends; nobody else does until it commits")
  void uncommittedAppendsAreInvisible() {
    TenantStore tenant = withKpis(1);
    tenant.runInTransaction(work -> work.measurements().append(measurement(0, 1, 0, 10)));
    try (UnitOfWork work = tenant.begin()) {
      work.measurements().append(measurement(0, 1, 1, 11));
      work.measurements().append(measurement(0, 0, 1, 9));
      assertThat(work.measurements().range(kpiId(0), day(0), day(4)))
          .containsExactly(measurement(0, 0, 1, 9), measurement(0, 1, 1, 11));
      assertThat(work.measurements().count(kpiId(0))).isEqualTo(3);
      assertThat(tenant.measurements().range(kpiId(0), day(0), day(4))).containsExactly(measurement(0, 1, 0, 10));
      work.commit();
    }
    assertThat(tenant.measurements().history(kpiId(0), day(0), day(4)))
        .containsExactly(measurement(0, 0, 1, 9), measurement(0, 1, 0, 10), measurement(0, 1, 1, 11));
  }

  @Test
  @DisplayName("appends outside a unit of work, through an ended one, or with bad arguments fail and change nothing")
  void badCallsFail() {
    TenantStore tenant = withKpis(1);
    tenant.runInTransaction(work -> work.measurements().append(measurement(0, 1, 0, 10)));
    Contents before = contents(tenant.measurements());
    assertThatThrownBy(() -> tenant.measurements().append(measurement(0, 2, 0, 1)))
        .isInstanceOf(TransactionRequiredException.class);
    assertThatThrownBy(() -> tenant.measurements().appendAll(List.of(measurement(0, 2, 0, 1)).iterator(), 1))
        .isInstanceOf(TransactionRequiredException.class);

    Measurement none = null;
    KpiId noKpi = null;
    LocalDate noDay = null;
    Instant noInstant = null;
    Iterator<Measurement> noMeasurements = null;
    try (UnitOfWork work = tenant.begin()) {
      MeasurementLog log = work.measurements();
      assertThatThrownBy(() -> log.append(none)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> log.appendAll(noMeasurements, 1)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> log.appendAll(List.of(measurement(0, 2, 0, 1)).iterator(), 0))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("batchSize"));
      assertThatThrownBy(() -> log.appendAll(Arrays.asList(measurement(0, 2, 0, 1), none).iterator(), 4))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> log.range(kpiId(0), day(2), day(1)))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("to"));
      assertThatThrownBy(() -> log.history(kpiId(0), day(2), day(1))).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> log.asOf(kpiId(0), day(2), day(1), instant(0)))
          .isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> log.range(noKpi, day(0), day(1))).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> log.range(kpiId(0), noDay, day(1))).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> log.asOf(kpiId(0), day(0), day(1), noInstant)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> log.series(noKpi)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> log.latest(noKpi)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> log.count(noKpi)).isInstanceOf(NullPointerException.class);
      assertThat(contents(log)).isEqualTo(before);
      work.commit();
      assertThatThrownBy(() -> log.append(measurement(0, 2, 0, 1))).isInstanceOf(TransactionStateException.class);
      assertThatThrownBy(() -> log.count(kpiId(0))).isInstanceOf(TransactionStateException.class);
      assertThatThrownBy(() -> log.range(kpiId(0), day(0), day(1))).isInstanceOf(TransactionStateException.class);
    }
    assertThat(contents(tenant.measurements())).isEqualTo(before);
  }

  @Test
  @DisplayName("a bulk append of 10,000 lazily made measurements stores every one")
  void bulkAppendStoresEveryMeasurement() {
    TenantStore tenant = withKpis(2);
    int size = 10_000;
    Iterator<Measurement> lazily =
        IntStream.range(0, size).mapToObj(n -> measurement(n % 2, n / 4, n % 4 / 2, n)).iterator();
    long appended = tenant.inTransaction(work -> work.measurements().appendAll(lazily, 500));

    assertThat(appended).isEqualTo(size);
    assertThat(tenant.measurements().count(kpiId(0))).isEqualTo(size / 2);
    assertThat(tenant.measurements().range(kpiId(1), LocalDate.MIN, LocalDate.MAX)).hasSize(size / 4);
    assertThat(tenant.measurements().latest(kpiId(1))).contains(measurement(1, (size - 1) / 4, 1, size - 1));
  }

  @Test
  @DisplayName("8 threads appending to one KPI at once all commit; of two appending the same identity, one does")
  void concurrentAppendsDoNotConflict() throws Exception {
    TenantStore tenant = withKpis(1);
    int threads = 8;
    int appends = 200;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> sameIdentity = new ArrayList<>();
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int a = 0; a < appends; a++) {
                    Measurement m = measurement(0, a, thread, thread * 1000 + a);
                    tenant.runInTransaction(work -> work.measurements().append(m));
                  }
                  return null;
                }));
        sameIdentity.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    tenant.runInTransaction(work -> work.measurements().append(measurement(0, -1, 0, thread)));
                    return true;
                  } catch (DuplicateAggregateException e) {
                    return false;
                  }
                }));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get(5, TimeUnit.MINUTES);
      }
      int winners = 0;
      for (Future<Boolean> won : sameIdentity) {
        winners += won.get(5, TimeUnit.MINUTES) ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(tenant.measurements().count(kpiId(0))).isEqualTo(threads * appends + 1);
    assertThat(tenant.measurements().range(kpiId(0), day(0), day(appends))).hasSize(appends);
  }

  // ---------------------------------------------------------------- model-based property

  /** The log's entries, owners and reads for {@link LogModel}: measurements of KPI definitions. */
  private final class Measurements extends LogModel<Measurement> {
    Measurements() {
      super(KPIS);
    }

    @Override
    Gen<List<Integer>> entries() {
      return integers()
          .between(0, KPIS - 1)
          .zip(
              integers().between(0, DAYS - 1),
              integers().between(0, INSTANTS - 1),
              integers().between(-3, 3),
              (kpi, day, instant, value) -> List.of(kpi, day, instant, value));
    }

    @Override
    Measurement entry(List<Integer> m) {
      return measurement(m.get(0), m.get(1), m.get(2), m.get(3) * 2.5);
    }

    @Override
    Object identity(Measurement m) {
      return List.of(m.kpi(), m.observedOn(), m.recordedAt());
    }

    @Override
    void append(Repositories repositories, Measurement measurement) {
      repositories.measurements().append(measurement);
    }

    @Override
    long appendAll(Repositories repositories, Iterator<Measurement> measurements) {
      return repositories.measurements().appendAll(measurements, 2);
    }

    @Override
    void insertOwner(Repositories repositories, int n) {
      repositories.kpiDefinitions().insert(kpi(kpiId(n), n));
    }

    @Override
    void deleteOwner(Repositories repositories, int n) {
      repositories.kpiDefinitions().delete(kpiId(n), 1);
    }

    @Override
    void compare(Repositories repositories, LogModel.State<Measurement> model, String where) {
      MeasurementLog log = repositories.measurements();
      for (int k = 0; k < KPIS; k++) {
        KpiId kpi = kpiId(k);
        List<Measurement> all = model.of(k);
        assertThat(log.count(kpi)).as(where).isEqualTo(all.size());
        assertThat(log.history(kpi, day(0), day(DAYS - 1)))
            .as(where)
            .isEqualTo(all.stream().sorted(BY_DATE).collect(Collectors.toList()));
        assertThat(log.history(kpi, day(1), day(2))).as(where).isEqualTo(known(all, day(1), day(2), null, false));
        assertThat(log.range(kpi, day(0), day(DAYS - 1))).as(where).isEqualTo(known(all, day(0), day(DAYS - 1), null, true));
        assertThat(log.range(kpi, day(1), day(3))).as(where).isEqualTo(known(all, day(1), day(3), null, true));
        assertThat(log.asOf(kpi, day(0), day(DAYS - 1), instant(1)))
            .as(where)
            .isEqualTo(known(all, day(0), day(DAYS - 1), instant(1), true));
        assertThat(log.asOf(kpi, day(2), day(4), instant(2))).as(where).isEqualTo(known(all, day(2), day(4), instant(2), true));
        assertThat(log.series(kpi))
            .as(where)
            .isEqualTo(MeasurementSeries.of(kpi, all.stream().sorted(BY_RECORDING).collect(Collectors.toList())));
        assertThat(log.latest(kpi)).as(where).isEqualTo(all.stream().max(BY_DATE));
      }
    }

    @Override
    TenantStore seededTenant() {
      return withKpis(LogModel.SEEDED);
    }
  }

  @Test
  @DisplayName("random appends, corrections and KPI deletions on two tenants give the same reads as a simple model")
  void behavesLikeTheModel() {
    ModelRun.check(new Measurements(), 2, scaled(120));
  }

  /**
   * Returns what the model knows of a KPI's dates in a range: every recording ({@code latestOnly}
   * false), or the latest recording of each date recorded by {@code recordedBy} (if given).
   */
  private static List<Measurement> known(
      List<Measurement> all, LocalDate from, LocalDate to, @Nullable Instant recordedBy, boolean latestOnly) {
    List<Measurement> inRange =
        all.stream()
            .filter(m -> !m.observedOn().isBefore(from) && !m.observedOn().isAfter(to))
            .filter(m -> recordedBy == null || !m.recordedAt().isAfter(recordedBy))
            .sorted(BY_DATE)
            .collect(Collectors.toList());
    if (!latestOnly) {
      return inRange;
    }
    Map<LocalDate, Measurement> latest = new LinkedHashMap<>();
    inRange.forEach(m -> latest.put(m.observedOn(), m));
    return new ArrayList<>(latest.values());
  }
}
