package dev.pillars.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.InvalidInputException;
import dev.pillars.persistence.spi.AggregateNotFoundException;
import dev.pillars.persistence.spi.AggregateRepository;
import dev.pillars.persistence.spi.DuplicateAggregateException;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.StaleVersionException;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.TransactionRequiredException;
import dev.pillars.persistence.spi.UnitOfWork;
import dev.pillars.persistence.spi.Versioned;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract of one aggregate's repository, which every store must keep for every aggregate:
 * versions, stale writes, units of work, tenant isolation, bulk inserts, streams and bad arguments,
 * checked by examples and by model-based properties.
 *
 * <p>{@link PillarsStoreContract} runs it once per aggregate as a {@code @Nested} class; a new
 * aggregate adds one such class that says how to reach its repository and how to make valid
 * aggregates:
 *
 * <pre>{@code
 * @Nested
 * @DisplayName("KPI definitions")
 * class KpiDefinitions extends AggregateRepositoryContract<KpiId, KpiDefinition> {
 *   KpiDefinitions() {
 *     super(Repositories::kpiDefinitions, TckData::kpiId, TckData::kpi);
 *   }
 * }
 * }</pre>
 *
 * <p>The model-based properties and the concurrent commits run at the store's {@link
 * PillarsStoreContract#scale() scale}.
 *
 * @param <I> the aggregate's id type
 * @param <T> the aggregate's type
 */
public abstract class AggregateRepositoryContract<I, T> extends TenantContract {
  private static final int IDS = 4;
  private static final int VARIANTS = 4;
  private static final int[] VERSION_OFFSETS = {-2, -1, 0, 0, 0, 0, 1, 3};

  private final Function<Repositories, ? extends AggregateRepository<I, T>> repository;
  private final IntFunction<I> id;
  private final BiFunction<I, Integer, T> aggregate;

  /**
   * Creates the contract of one aggregate.
   *
   * @param repository this aggregate's repository among the repositories of a tenant store or of a
   *     unit of work
   * @param id the {@code n}-th id, from 0; different {@code n} give different ids
   * @param aggregate a valid aggregate with the given id in the given variant (a small number,
   *     from 0); different variants give aggregates that differ in as many attributes as practical,
   *     so that a store that loses one is caught
   */
  protected AggregateRepositoryContract(
      Function<Repositories, ? extends AggregateRepository<I, T>> repository,
      IntFunction<I> id,
      BiFunction<I, Integer, T> aggregate) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.id = Objects.requireNonNull(id, "id");
    this.aggregate = Objects.requireNonNull(aggregate, "aggregate");
  }

  /**
   * Returns whether this aggregate runs the concurrent-commit test at full size (2,000 commits
   * against two readers); the others run it at a tenth of that. The rule it checks belongs to the
   * store's units of work rather than to one table, so the kit runs it in full once per store, on
   * goals.
   *
   * @return {@code false} unless overridden
   */
  protected boolean heavyConcurrency() {
    return false;
  }

  /**
   * Returns this aggregate's repository among the given ones.
   *
   * @param repositories the repositories of a tenant store or of a unit of work
   * @return the repository of the aggregate under test
   */
  protected final AggregateRepository<I, T> repository(Repositories repositories) {
    return repository.apply(repositories);
  }

  /**
   * Returns the {@code n}-th id; different {@code n} give different ids.
   *
   * @param n a small number, from 0
   * @return an id
   */
  protected final I id(int n) {
    return id.apply(n);
  }

  /**
   * Returns a valid aggregate with the given id in the given variant.
   *
   * @param id the aggregate's id
   * @param variant a small number, from 0
   * @return the aggregate
   */
  protected final T aggregate(I id, int variant) {
    return aggregate.apply(id, variant);
  }

  private AggregateRepository<I, T> committed(TenantStore tenant) {
    return repository(tenant);
  }

  private Versioned<T> insertCommitted(TenantStore tenant, I id, int variant) {
    return tenant.inTransaction(work -> repository(work).insert(aggregate(id, variant)));
  }

  private List<Versioned<T>> all(AggregateRepository<I, T> repository) {
    try (Stream<Versioned<T>> stream = repository.stream()) {
      return stream.collect(Collectors.toList());
    }
  }

  /** What a tenant holds of this aggregate: every aggregate with its version, and the count. */
  private record Contents<T>(List<Versioned<T>> aggregates, long count) {}

  private Contents<T> contents(TenantStore tenant) {
    AggregateRepository<I, T> repository = committed(tenant);
    List<Versioned<T>> aggregates = new ArrayList<>(all(repository));
    aggregates.sort((a, b) -> a.toString().compareTo(b.toString()));
    return new Contents<>(aggregates, repository.count());
  }

  @Test
  @DisplayName("an insert stores the aggregate at version 1 and every read returns it")
  void insertStoresVersionOne() {
    TenantStore tenant = newTenant();
    T aggregate = aggregate(id(0), 1);
    Versioned<T> inserted = tenant.inTransaction(work -> repository(work).insert(aggregate));

    assertThat(inserted).isEqualTo(Versioned.of(aggregate, 1));
    assertThat(committed(tenant).find(id(0))).contains(inserted);
    assertThat(committed(tenant).count()).isEqualTo(1);
    assertThat(all(committed(tenant))).containsExactly(inserted);
  }

  @Test
  @DisplayName("every variant of an aggregate comes back equal to what was stored")
  void everyVariantRoundTrips() {
    TenantStore tenant = newTenant();
    List<T> stored = new ArrayList<>();
    for (int variant = 0; variant < 12; variant++) {
      stored.add(aggregate(id(variant), variant));
    }
    tenant.runInTransaction(work -> stored.forEach(repository(work)::insert));

    for (int variant = 0; variant < 12; variant++) {
      assertThat(committed(tenant).find(id(variant))).contains(Versioned.of(stored.get(variant), 1));
    }
  }

  @Test
  @DisplayName("each update adds exactly 1 to the version and replaces the aggregate")
  void updateAddsOne() {
    TenantStore tenant = newTenant();
    insertCommitted(tenant, id(0), 0);
    for (int version = 1; version <= 5; version++) {
      T next = aggregate(id(0), version);
      long expected = version;
      Versioned<T> updated = tenant.inTransaction(work -> repository(work).update(next, expected));
      assertThat(updated).isEqualTo(Versioned.of(next, version + 1));
      assertThat(committed(tenant).find(id(0))).contains(updated);
    }
    assertThat(committed(tenant).count()).isEqualTo(1);
  }

  @Test
  @DisplayName("an update with a stale version fails, names the aggregate and both versions, and changes nothing")
  void staleUpdateFails() {
    TenantStore tenant = newTenant();
    insertCommitted(tenant, id(0), 0);
    tenant.runInTransaction(work -> repository(work).update(aggregate(id(0), 1), 1));
    Contents<T> before = contents(tenant);

    try (UnitOfWork work = tenant.begin()) {
      assertThatThrownBy(() -> repository(work).update(aggregate(id(0), 2), 1))
          .isInstanceOfSatisfying(
              StaleVersionException.class,
              e -> {
                assertThat(e.expectedVersion()).isEqualTo(1);
                assertThat(e.actualVersion()).isEqualTo(2);
                assertThat(e.aggregateId()).isEqualTo(id(0).toString());
                assertThat(e.tenant()).isEqualTo(tenant.tenant());
                assertThat(e.getMessage())
                    .contains(e.aggregateType(), id(0).toString(), "version 2", "version 1");
              });
      work.commit();
    }
    assertThat(contents(tenant)).isEqualTo(before);
  }

  @Test
  @DisplayName("a delete with a stale version fails, names both versions, and changes nothing")
  void staleDeleteFails() {
    TenantStore tenant = newTenant();
    insertCommitted(tenant, id(0), 0);
    Contents<T> before = contents(tenant);

    assertThatThrownBy(() -> tenant.runInTransaction(work -> repository(work).delete(id(0), 2)))
        .isInstanceOfSatisfying(
            StaleVersionException.class,
            e -> {
              assertThat(e.expectedVersion()).isEqualTo(2);
              assertThat(e.actualVersion()).isEqualTo(1);
            });
    assertThat(contents(tenant)).isEqualTo(before);
  }

  @Test
  @DisplayName("an update or delete of an unknown id fails with AggregateNotFoundException and changes nothing")
  void unknownIdsFail() {
    TenantStore tenant = newTenant();
    insertCommitted(tenant, id(0), 0);
    Contents<T> before = contents(tenant);

    try (UnitOfWork work = tenant.begin()) {
      assertThatThrownBy(() -> repository(work).update(aggregate(id(1), 0), 1))
          .isInstanceOfSatisfying(
              AggregateNotFoundException.class, e -> assertThat(e.aggregateId()).isEqualTo(id(1).toString()));
      assertThatThrownBy(() -> repository(work).delete(id(1), 1))
          .isInstanceOf(AggregateNotFoundException.class);
      work.commit();
    }
    assertThat(contents(tenant)).isEqualTo(before);
  }

  @Test
  @DisplayName("an insert of an id that exists fails with DuplicateAggregateException and changes nothing")
  void duplicateInsertFails() {
    TenantStore tenant = newTenant();
    insertCommitted(tenant, id(0), 0);
    Contents<T> before = contents(tenant);

    assertThatThrownBy(() -> tenant.runInTransaction(work -> repository(work).insert(aggregate(id(0), 1))))
        .isInstanceOfSatisfying(
            DuplicateAggregateException.class, e -> assertThat(e.aggregateId()).isEqualTo(id(0).toString()));
    assertThat(contents(tenant)).isEqualTo(before);
  }

  @Test
  @DisplayName("a deleted aggregate is gone and its id can be inserted again, at version 1")
  void deleteThenInsertAgain() {
    TenantStore tenant = newTenant();
    insertCommitted(tenant, id(0), 0);
    tenant.runInTransaction(work -> repository(work).update(aggregate(id(0), 1), 1));
    tenant.runInTransaction(work -> repository(work).delete(id(0), 2));

    assertThat(committed(tenant).find(id(0))).isEmpty();
    assertThat(committed(tenant).count()).isZero();
    assertThat(insertCommitted(tenant, id(0), 2)).isEqualTo(Versioned.of(aggregate(id(0), 2), 1));
  }

  @Test
  @DisplayName("every write outside a unit of work fails with TransactionRequiredException and changes nothing")
  void writesOutsideUnitOfWorkFail() {
    TenantStore tenant = newTenant();
    insertCommitted(tenant, id(0), 0);
    Contents<T> before = contents(tenant);
    AggregateRepository<I, T> repository = committed(tenant);

    assertThatThrownBy(() -> repository.insert(aggregate(id(1), 0)))
        .isInstanceOf(TransactionRequiredException.class);
    assertThatThrownBy(() -> repository.update(aggregate(id(0), 1), 1))
        .isInstanceOf(TransactionRequiredException.class);
    assertThatThrownBy(() -> repository.delete(id(0), 1))
        .isInstanceOf(TransactionRequiredException.class);
    assertThatThrownBy(() -> repository.insertAll(List.of(aggregate(id(2), 0)).iterator(), 10))
        .isInstanceOf(TransactionRequiredException.class);
    assertThat(contents(tenant)).isEqualTo(before);
  }

  @Test
  @DisplayName("null arguments fail with NullPointerException, other bad ones with InvalidInputException naming the argument, and change nothing")
  void badArgumentsFail() {
    TenantStore tenant = newTenant();
    insertCommitted(tenant, id(0), 0);
    Contents<T> before = contents(tenant);
    I noId = null;
    T noAggregate = null;
    Iterator<T> noIterator = null;

    assertThatThrownBy(() -> committed(tenant).find(noId)).isInstanceOf(NullPointerException.class);
    try (UnitOfWork work = tenant.begin()) {
      AggregateRepository<I, T> repository = repository(work);
      assertThatThrownBy(() -> repository.find(noId)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> repository.insert(noAggregate)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> repository.update(noAggregate, 1)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> repository.update(aggregate(id(0), 1), 0))
          .isInstanceOfSatisfying(
              InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("expectedVersion"));
      assertThatThrownBy(() -> repository.update(aggregate(id(0), 1), -7))
          .isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> repository.delete(noId, 1)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> repository.delete(id(0), 0)).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> repository.insertAll(noIterator, 10)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> repository.insertAll(List.of(aggregate(id(1), 0)).iterator(), 0))
          .isInstanceOfSatisfying(
              InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("batchSize"));
      assertThatThrownBy(
              () -> repository.insertAll(Arrays.asList(aggregate(id(1), 0), noAggregate).iterator(), 10))
          .isInstanceOf(NullPointerException.class);
      assertThat(repository.find(id(1))).isEmpty();
      assertThat(repository.count()).isEqualTo(1);
      work.commit();
    }
    assertThat(contents(tenant)).isEqualTo(before);
  }

  @Test
  @DisplayName("an id that exists only in another tenant is unknown here, and neither tenant changes")
  void foreignIdsAreUnknown() {
    TenantStore owner = newTenant();
    TenantStore other = newTenant();
    insertCommitted(owner, id(0), 0);
    Contents<T> ownerBefore = contents(owner);

    assertThat(committed(other).find(id(0))).isEmpty();
    assertThat(committed(other).count()).isZero();
    assertThat(all(committed(other))).isEmpty();
    try (UnitOfWork work = other.begin()) {
      assertThatThrownBy(() -> repository(work).update(aggregate(id(0), 1), 1))
          .isInstanceOf(AggregateNotFoundException.class);
      assertThatThrownBy(() -> repository(work).delete(id(0), 1))
          .isInstanceOf(AggregateNotFoundException.class);
      work.commit();
    }
    assertThat(contents(owner)).isEqualTo(ownerBefore);
    assertThat(contents(other).count()).isZero();

    Versioned<T> sameIdElsewhere = insertCommitted(other, id(0), 3);
    assertThat(sameIdElsewhere.version()).isEqualTo(1);
    assertThat(contents(owner)).isEqualTo(ownerBefore);
    assertThat(committed(other).find(id(0))).contains(sameIdElsewhere);
  }

  @Test
  @DisplayName("a unit of work sees its own writes; nobody else does until it commits, then everybody does")
  void uncommittedWritesAreInvisible() {
    TenantStore tenant = newTenant();
    insertCommitted(tenant, id(0), 0);
    insertCommitted(tenant, id(1), 0);
    Contents<T> before = contents(tenant);

    try (UnitOfWork work = tenant.begin();
        UnitOfWork other = tenant.begin()) {
      AggregateRepository<I, T> mine = repository(work);
      Versioned<T> inserted = mine.insert(aggregate(id(2), 2));
      Versioned<T> updated = mine.update(aggregate(id(0), 3), 1);
      mine.delete(id(1), 1);

      assertThat(mine.find(id(2))).contains(inserted);
      assertThat(mine.find(id(0))).contains(updated);
      assertThat(mine.find(id(1))).isEmpty();
      assertThat(mine.count()).isEqualTo(2);
      assertThat(all(mine)).containsExactlyInAnyOrder(inserted, updated);

      assertThat(contents(tenant)).isEqualTo(before);
      assertThat(repository(other).find(id(2))).isEmpty();
      assertThat(repository(other).count()).isEqualTo(2);

      work.commit();
      assertThat(work.isActive()).isFalse();
      assertThat(committed(tenant).find(id(2))).contains(inserted);
      assertThat(all(committed(tenant))).containsExactlyInAnyOrder(inserted, updated);
      assertThat(repository(other).find(id(0))).contains(updated);
      other.rollback();
    }
  }

  @Test
  @DisplayName("a write that fails inside a unit of work leaves it usable and as it was")
  void failedWriteLeavesUnitOfWorkUsable() {
    TenantStore tenant = newTenant();
    insertCommitted(tenant, id(0), 0);

    try (UnitOfWork work = tenant.begin()) {
      AggregateRepository<I, T> repository = repository(work);
      Versioned<T> inserted = repository.insert(aggregate(id(1), 1));
      assertThatThrownBy(() -> repository.update(aggregate(id(0), 2), 5))
          .isInstanceOf(StaleVersionException.class);
      assertThatThrownBy(() -> repository.insert(aggregate(id(1), 2)))
          .isInstanceOf(DuplicateAggregateException.class);
      assertThatThrownBy(() -> repository.insertAll(List.of(aggregate(id(2), 0), aggregate(id(0), 0)).iterator(), 1))
          .isInstanceOf(DuplicateAggregateException.class);
      assertThat(repository.find(id(1))).contains(inserted);
      assertThat(repository.find(id(2))).isEmpty();
      assertThat(repository.count()).isEqualTo(2);
      work.commit();
    }
    assertThat(all(committed(tenant)))
        .containsExactlyInAnyOrder(Versioned.of(aggregate(id(0), 0), 1), Versioned.of(aggregate(id(1), 1), 1));
  }

  @Test
  @DisplayName("of two units of work that change the same version, the second to write fails as stale")
  void secondWriterOfSameVersionFails() {
    TenantStore tenant = newTenant();
    insertCommitted(tenant, id(0), 0);

    try (UnitOfWork first = tenant.begin();
        UnitOfWork second = tenant.begin()) {
      Versioned<T> readBySecond = repository(second).find(id(0)).orElseThrow();
      repository(first).update(aggregate(id(0), 1), 1);
      first.commit();
      assertThatThrownBy(
              () -> {
                repository(second).update(aggregate(id(0), 2), readBySecond.version());
                second.commit();
              })
          .isInstanceOfSatisfying(
              StaleVersionException.class,
              e -> {
                assertThat(e.expectedVersion()).isEqualTo(1);
                assertThat(e.actualVersion()).isEqualTo(2);
              });
      second.rollback();
    }
    assertThat(committed(tenant).find(id(0))).contains(Versioned.of(aggregate(id(0), 1), 2));
  }

  @Test
  @DisplayName("a bulk insert of 10,000 lazily made aggregates stores every one at version 1")
  void bulkInsertStoresEveryAggregate() {
    TenantStore tenant = newTenant();
    int size = 10_000;
    Iterator<T> lazily = IntStream.range(0, size).mapToObj(n -> aggregate(id(n), n)).iterator();

    long inserted = tenant.inTransaction(work -> repository(work).insertAll(lazily, 512));

    assertThat(inserted).isEqualTo(size);
    assertThat(committed(tenant).count()).isEqualTo(size);
    Map<Long, Long> versions;
    Set<T> seen = new HashSet<>();
    try (Stream<Versioned<T>> stream = committed(tenant).stream()) {
      versions =
          stream
              .peek(v -> seen.add(v.value()))
              .collect(Collectors.groupingBy(Versioned::version, Collectors.counting()));
    }
    assertThat(versions).containsExactly(Map.entry(1L, (long) size));
    assertThat(seen).hasSize(size);
    assertThat(committed(tenant).find(id(size - 1))).contains(Versioned.of(aggregate(id(size - 1), size - 1), 1));
  }

  @Test
  @DisplayName("a bulk insert that meets a taken or repeated id fails and keeps none of its own inserts")
  void failedBulkInsertKeepsNothing() {
    TenantStore tenant = newTenant();
    insertCommitted(tenant, id(0), 0);

    try (UnitOfWork work = tenant.begin()) {
      AggregateRepository<I, T> repository = repository(work);
      repository.insert(aggregate(id(1), 1));
      assertThatThrownBy(
              () -> repository.insertAll(
                  Stream.of(aggregate(id(2), 2), aggregate(id(3), 3), aggregate(id(0), 3)), 1))
          .isInstanceOf(DuplicateAggregateException.class);
      assertThatThrownBy(
              () -> repository.insertAll(
                  Stream.of(aggregate(id(4), 2), aggregate(id(5), 3), aggregate(id(4), 3)), 2))
          .isInstanceOf(DuplicateAggregateException.class);
      assertThat(repository.count()).isEqualTo(2);
      assertThat(IntStream.range(2, 6).mapToObj(n -> repository.find(id(n))))
          .allMatch(Optional::isEmpty);
      assertThat(repository.insertAll(Stream.of(aggregate(id(2), 2)), 1)).isEqualTo(1);
      work.commit();
    }
    assertThat(committed(tenant).count()).isEqualTo(3);
  }

  @Test
  @DisplayName("a stream inside a unit of work merges its own inserts, updates and deletes with committed data")
  void streamMergesOwnWrites() {
    TenantStore tenant = newTenant();
    for (int n = 0; n < 5; n++) {
      insertCommitted(tenant, id(n), n);
    }
    try (UnitOfWork work = tenant.begin()) {
      AggregateRepository<I, T> repository = repository(work);
      Versioned<T> updated = repository.update(aggregate(id(1), 9), 1);
      repository.delete(id(2), 1);
      Versioned<T> inserted = repository.insert(aggregate(id(7), 7));
      repository.delete(id(7), 1);
      Versioned<T> reinserted = repository.insert(aggregate(id(2), 8));

      assertThat(all(repository))
          .containsExactlyInAnyOrder(
              Versioned.of(aggregate(id(0), 0), 1),
              updated,
              reinserted,
              Versioned.of(aggregate(id(3), 3), 1),
              Versioned.of(aggregate(id(4), 4), 1));
      assertThat(inserted.version()).isEqualTo(1);
      assertThat(repository.count()).isEqualTo(5);
      work.rollback();
    }
    assertThat(committed(tenant).count()).isEqualTo(5);
  }

  @Test
  @DisplayName("a stream never sees part of a commit, while units of work commit concurrently")
  void streamsSeeWholeCommits() throws Exception {
    TenantStore tenant = newTenant();
    insertCommitted(tenant, id(0), 0);
    insertCommitted(tenant, id(1), 0);
    int commits = scaled(heavyConcurrency() ? 2_000 : 200);
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Future<?> writer =
          pool.submit(
              () -> {
                try {
                  for (int c = 1; c <= commits; c++) {
                    long version = c;
                    int variant = c % VARIANTS;
                    tenant.runInTransaction(
                        work -> {
                          repository(work).update(aggregate(id(0), variant), version);
                          repository(work).update(aggregate(id(1), variant), version);
                        });
                  }
                } finally {
                  writing.set(false);
                }
              });
      List<Future<Integer>> readers = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        readers.add(
            pool.submit(
                () -> {
                  int reads = 0;
                  do {
                    List<Versioned<T>> seen = all(committed(tenant));
                    assertThat(seen).hasSize(2);
                    assertThat(seen.get(0).version())
                        .as("versions of two aggregates always changed together")
                        .isEqualTo(seen.get(1).version());
                    reads++;
                  } while (writing.get());
                  return reads;
                }));
      }
      writer.get(5, TimeUnit.MINUTES);
      for (Future<Integer> reader : readers) {
        assertThat(reader.get(5, TimeUnit.MINUTES)).isPositive();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(committed(tenant).find(id(0)).orElseThrow().version()).isEqualTo(commits + 1);
  }

  @Test
  @DisplayName("of 16 units of work inserting the same id at once, exactly one commits")
  void concurrentInsertsOfOneIdLetOneWin() throws Exception {
    TenantStore tenant = newTenant();
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Boolean>> outcomes = new ArrayList<>();
    CountDownLatch start = new CountDownLatch(1);
    try {
      for (int t = 0; t < threads; t++) {
        int variant = t;
        outcomes.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    tenant.runInTransaction(work -> repository(work).insert(aggregate(id(0), variant)));
                    return true;
                  } catch (DuplicateAggregateException e) {
                    return false;
                  }
                }));
      }
      start.countDown();
      int winners = 0;
      for (Future<Boolean> outcome : outcomes) {
        winners += outcome.get(5, TimeUnit.MINUTES) ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(committed(tenant).count()).isEqualTo(1);
    assertThat(committed(tenant).find(id(0)).orElseThrow().version()).isEqualTo(1);
  }

  // ---------------------------------------------------------------- model-based properties

  /** What an operation does. */
  enum Kind {
    INSERT,
    UPDATE,
    DELETE,
    INSERT_ALL,
    FIND,
    COUNT,
    STREAM
  }

  /**
   * One operation of a generated run.
   *
   * @param kind what it does
   * @param id which id (0 to 3) it names
   * @param variant which variant of the aggregate it writes
   * @param versionOffset how far from the current version the expected version is (0: current)
   * @param batch the ids a bulk insert names
   */
  record Op(Kind kind, int id, int variant, int versionOffset, List<Integer> batch) {}

  /** The repository's operations and model for {@link ModelRun}: each tenant's aggregates by id. */
  private final class Aggregates implements TckModel<Op, Map<I, Versioned<T>>> {
    @Override
    public Gen<Op> operations() {
      return integers()
          .between(0, Kind.values().length - 1)
          .zip(
              integers().between(0, IDS - 1),
              integers().between(0, VARIANTS - 1),
              integers().between(0, VERSION_OFFSETS.length - 1),
              lists().of(integers().between(0, IDS - 1)).ofSizeBetween(1, 3),
              (kind, id, variant, offset, batch) ->
                  new Op(Kind.values()[kind], id, variant, VERSION_OFFSETS[offset], batch));
    }

    @Override
    public TenantStore tenant() {
      return newTenant();
    }

    @Override
    public Map<I, Versioned<T>> seed() {
      return new HashMap<>();
    }

    @Override
    public Map<I, Versioned<T>> copy(Map<I, Versioned<T>> model) {
      return new HashMap<>(model);
    }

    @Override
    public void apply(Repositories repositories, Map<I, Versioned<T>> view, Op op, boolean inside, String context) {
      AggregateRepositoryContract.this.apply(repository(repositories), view, op, inside, context);
    }

    @Override
    public void compare(TenantStore tenant, Map<I, Versioned<T>> model, String where) {
      AggregateRepositoryContract.this.compare(committed(tenant), model, where);
    }
  }

  @Test
  @DisplayName("random units of work give the same reads as a simple model, after every operation")
  void behavesLikeTheModel() {
    ModelRun.check(new Aggregates(), 1, scaled(150));
  }

  @Test
  @DisplayName("random operations on two tenants with the same ids never show one tenant's data in the other")
  void tenantsStayIsolated() {
    ModelRun.check(new Aggregates(), 2, scaled(150));
  }

  private void compare(AggregateRepository<I, T> repository, Map<I, Versioned<T>> model, String where) {
    for (int n = 0; n < IDS; n++) {
      assertThat(repository.find(id(n))).as(where).isEqualTo(Optional.ofNullable(model.get(id(n))));
    }
    assertThat(repository.count()).as(where).isEqualTo(model.size());
    assertThat(all(repository)).as(where).containsExactlyInAnyOrderElementsOf(model.values());
  }

  private void apply(
      AggregateRepository<I, T> repository, Map<I, Versioned<T>> view, Op op, boolean inside, String context) {
    I id = id(op.id());
    Versioned<T> current = view.get(id);
    long expectedVersion = (current == null ? 1 : current.version()) + op.versionOffset();
    switch (op.kind()) {
      case FIND:
        assertThat(repository.find(id)).as(context).isEqualTo(Optional.ofNullable(current));
        return;
      case COUNT:
        assertThat(repository.count()).as(context).isEqualTo(view.size());
        return;
      case STREAM:
        assertThat(all(repository)).as(context).containsExactlyInAnyOrderElementsOf(view.values());
        return;
      case INSERT:
        {
          T aggregate = aggregate(id, op.variant());
          Class<? extends Exception> failure =
              !inside ? TransactionRequiredException.class
                  : current != null ? DuplicateAggregateException.class : null;
          if (TckCalls.expectFailure(failure, () -> repository.insert(aggregate), context)) {
            return;
          }
          view.put(id, Versioned.of(aggregate, 1));
          return;
        }
      case UPDATE:
      case DELETE:
        {
          T aggregate = aggregate(id, op.variant());
          Class<? extends Exception> failure =
              expectedVersion < 1 ? InvalidInputException.class
                  : !inside ? TransactionRequiredException.class
                  : current == null ? AggregateNotFoundException.class
                  : expectedVersion != current.version() ? StaleVersionException.class
                  : null;
          if (op.kind() == Kind.UPDATE) {
            Versioned<T>[] result = newResult();
            if (TckCalls.expectFailure(failure, () -> result[0] = repository.update(aggregate, expectedVersion), context)) {
              return;
            }
            assertThat(result[0]).as(context).isEqualTo(Versioned.of(aggregate, expectedVersion + 1));
            view.put(id, result[0]);
          } else {
            if (TckCalls.expectFailure(failure, () -> repository.delete(id, expectedVersion), context)) {
              return;
            }
            view.remove(id);
          }
          return;
        }
      case INSERT_ALL:
        {
          List<T> batch = op.batch().stream().map(n -> aggregate(id(n), op.variant())).collect(Collectors.toList());
          boolean clash =
              new HashSet<>(op.batch()).size() < op.batch().size()
                  || op.batch().stream().anyMatch(n -> view.containsKey(id(n)));
          Class<? extends Exception> failure =
              !inside ? TransactionRequiredException.class : clash ? DuplicateAggregateException.class : null;
          long[] inserted = new long[1];
          if (TckCalls.expectFailure(
              failure, () -> inserted[0] = repository.insertAll(batch.iterator(), 1 + op.variant()), context)) {
            return;
          }
          assertThat(inserted[0]).as(context).isEqualTo(batch.size());
          for (int i = 0; i < batch.size(); i++) {
            view.put(id(op.batch().get(i)), Versioned.of(batch.get(i), 1));
          }
          return;
        }
      default:
        throw new AssertionError(op.kind());
    }
  }

  @SuppressWarnings("unchecked")
  private Versioned<T>[] newResult() {
    return (Versioned<T>[]) new Versioned<?>[1];
  }
}
