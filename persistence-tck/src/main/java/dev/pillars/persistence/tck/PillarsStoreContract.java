package dev.pillars.persistence.tck;

import static dev.pillars.persistence.tck.TckGoals.employee;
import static dev.pillars.persistence.tck.TckGoals.goal;
import static dev.pillars.persistence.tck.TckGoals.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.TenantId;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.persistence.spi.AggregateRepository;
import dev.pillars.persistence.spi.ErasureReport;
import dev.pillars.persistence.spi.GoalRepository;
import dev.pillars.persistence.spi.PersonalDataExport;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.StaleVersionException;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.TransactionRequiredException;
import dev.pillars.persistence.spi.TransactionStateException;
import dev.pillars.persistence.spi.UnitOfWork;
import dev.pillars.persistence.spi.Versioned;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The whole contract of a persistence SPI implementation. A store extends this class in its test
 * sources with the one method {@link #createStore()} and runs it with JUnit 5; see the package
 * documentation for the few lines it takes.
 *
 * <p>Groups: one {@link AggregateRepositoryContract} per aggregate (versions, stale writes, bad
 * arguments, bulk inserts, streams, tenant isolation and the model-based properties), then units of
 * work, concurrency, personal data and tenants across all of the store's repositories. The whole kit
 * runs in well under a minute against the in-memory store on two cores.
 */
public abstract class PillarsStoreContract {
  private final String run = "tck-" + UUID.randomUUID().toString().substring(0, 8);
  private final AtomicInteger tenants = new AtomicInteger();
  private @Nullable PillarsStore current;

  /** Creates the contract; a subclass supplies {@link #createStore()}. */
  protected PillarsStoreContract() {}

  /**
   * Creates the store under test. Called before every test; it may return a fresh store each time
   * or the same one, since every test uses tenants of its own with random names.
   *
   * @return the store
   */
  protected abstract PillarsStore createStore();

  @BeforeEach
  final void createCurrentStore() {
    current = createStore();
  }

  /**
   * Returns the store of the running test.
   *
   * @return the store {@link #createStore()} returned for this test
   */
  protected final PillarsStore store() {
    PillarsStore store = current;
    if (store == null) {
      throw new IllegalStateException("createStore() has not been called yet");
    }
    return store;
  }

  /**
   * Returns a tenant store of a tenant no test has used.
   *
   * @return a tenant with no data
   */
  protected final TenantStore newTenant() {
    return store().forTenant(TenantId.of(run + "-" + tenants.incrementAndGet()));
  }

  /** Everything a tenant holds, as far as the kit can read it. */
  private record Snapshot(List<Versioned<Goal>> goals, long goalCount, List<PersonalDataExport> exports) {}

  private static Snapshot snapshot(Repositories repositories, EmployeeId... people) {
    List<Versioned<Goal>> goals;
    try (Stream<Versioned<Goal>> stream = repositories.goals().stream()) {
      goals = stream.sorted(Comparator.comparing(v -> v.value().id())).collect(Collectors.toList());
    }
    List<PersonalDataExport> exports = new ArrayList<>();
    for (EmployeeId person : people) {
      exports.add(repositories.personalData().export(person));
    }
    return new Snapshot(goals, repositories.goals().count(), exports);
  }

  private static Versioned<Goal> committedGoal(Repositories repositories, GoalId id) {
    return repositories.goals().find(id).orElseThrow(() -> new AssertionError("no goal " + id));
  }

  private static Goal individualGoal(int n, int variant, EmployeeId owner) {
    return TckGoals.owned(id(n), variant, GoalOwner.employee(owner), GoalLevel.INDIVIDUAL);
  }

  /** The goals of one tenant: the generic repository contract plus the goal queries. */
  @Nested
  @DisplayName("Goals")
  class Goals extends AggregateRepositoryContract<GoalId, Goal> {
    @Override
    protected PillarsStore store() {
      return PillarsStoreContract.this.store();
    }

    @Override
    protected AggregateRepository<GoalId, Goal> repository(Repositories repositories) {
      return repositories.goals();
    }

    @Override
    protected GoalId id(int n) {
      return TckGoals.id(n);
    }

    @Override
    protected Goal aggregate(GoalId id, int variant) {
      return goal(id, variant);
    }

    private List<Versioned<Goal>> byOwner(GoalRepository goals, GoalOwner owner) {
      try (Stream<Versioned<Goal>> stream = goals.streamByOwner(owner)) {
        return stream.collect(Collectors.toList());
      }
    }

    @Test
    @DisplayName("streaming by owner returns exactly that owner's goals with their versions")
    void streamByOwner() {
      TenantStore tenant = newTenant();
      GoalOwner alice = GoalOwner.employee(employee(0));
      GoalOwner plant = GoalOwner.unit(OrgUnitId.of("plant-0"));
      tenant.runInTransaction(
          work -> {
            work.goals().insert(TckGoals.owned(id(0), 0, alice, GoalLevel.INDIVIDUAL));
            work.goals().insert(TckGoals.owned(id(1), 1, alice, GoalLevel.INDIVIDUAL));
            work.goals().insert(TckGoals.owned(id(2), 2, plant, GoalLevel.UNIT));
            work.goals().insert(individualGoal(3, 3, employee(1)));
          });
      tenant.runInTransaction(work -> work.goals().update(TckGoals.owned(id(1), 5, alice, GoalLevel.INDIVIDUAL), 1));

      assertThat(byOwner(tenant.goals(), alice))
          .containsExactlyInAnyOrder(committedGoal(tenant, id(0)), committedGoal(tenant, id(1)));
      assertThat(byOwner(tenant.goals(), plant)).containsExactly(committedGoal(tenant, id(2)));
      assertThat(byOwner(tenant.goals(), GoalOwner.employee(employee(2)))).isEmpty();
      assertThat(byOwner(newTenant().goals(), alice)).isEmpty();
    }

    @Test
    @DisplayName("streaming by owner inside a unit of work sees its own writes")
    void streamByOwnerSeesOwnWrites() {
      TenantStore tenant = newTenant();
      GoalOwner alice = GoalOwner.employee(employee(0));
      tenant.runInTransaction(work -> work.goals().insert(individualGoal(0, 0, employee(0))));
      try (UnitOfWork work = tenant.begin()) {
        Versioned<Goal> added = work.goals().insert(individualGoal(1, 1, employee(0)));
        work.goals().update(individualGoal(0, 2, employee(1)), 1);
        assertThat(byOwner(work.goals(), alice)).containsExactly(added);
        assertThat(byOwner(tenant.goals(), alice)).containsExactly(committedGoal(tenant, id(0)));
      }
    }

    @Test
    @DisplayName("streaming by a null owner fails with InvalidInputException")
    void streamByNullOwnerFails() {
      GoalOwner nobody = null;
      assertThatThrownBy(() -> newTenant().goals().streamByOwner(nobody))
          .isInstanceOf(InvalidInputException.class);
    }
  }

  /** Units of work: all or nothing, lifecycle, and the transaction helpers. */
  @Nested
  @DisplayName("Units of work")
  class UnitsOfWork {
    private final EmployeeId[] people = {employee(0), employee(1), EmployeeId.of("erased-1")};

    private TenantStore seeded() {
      TenantStore tenant = newTenant();
      tenant.runInTransaction(
          work -> {
            work.goals().insert(individualGoal(0, 0, employee(0)));
            work.goals().insert(goal(id(1), 3));
            work.goals().insert(individualGoal(2, 4, employee(0)));
            work.goals().insert(individualGoal(3, 1, employee(1)));
          });
      return tenant;
    }

    /** The steps of one unit of work that touches every repository in every way. */
    private List<Consumer<UnitOfWork>> steps(TenantStore tenant) {
      Goal first = committedGoal(tenant, id(0)).value();
      return List.of(
          work -> work.goals().insert(individualGoal(10, 0, employee(0))),
          work -> work.goals().update(TckGoals.withWeight(first, 7), 1),
          work -> work.goals().delete(id(1), 1),
          work -> work.goals().insertAll(Stream.of(goal(id(11), 1), goal(id(12), 2), goal(id(13), 3)), 2),
          work -> work.goals().update(individualGoal(10, 4, employee(0)), 1),
          work -> work.personalData().erase(employee(0), EmployeeId.of("erased-1")),
          work -> work.goals().update(individualGoal(3, 5, employee(1)), 1),
          work -> work.goals().insert(goal(id(1), 6)),
          work -> work.goals().delete(id(12), 1));
    }

    @Test
    @DisplayName("throwing after any step of a multi-step unit of work leaves no trace")
    void throwingAfterAnyStepLeavesNoTrace() {
      TenantStore tenant = seeded();
      Snapshot before = snapshot(tenant, people);
      List<Consumer<UnitOfWork>> steps = steps(tenant);
      for (int done = 0; done <= steps.size(); done++) {
        int stepsDone = done;
        assertThatThrownBy(
                () -> tenant.runInTransaction(
                    work -> {
                      steps.subList(0, stepsDone).forEach(step -> step.accept(work));
                      throw new IllegalStateException("abandoned after step " + stepsDone);
                    }))
            .hasMessage("abandoned after step " + done);
        assertThat(snapshot(tenant, people)).as("after throwing at step %d", done).isEqualTo(before);
      }
    }

    @Test
    @DisplayName("rolling back or closing after any step of a multi-step unit of work leaves no trace")
    void rollingBackAfterAnyStepLeavesNoTrace() {
      TenantStore tenant = seeded();
      Snapshot before = snapshot(tenant, people);
      List<Consumer<UnitOfWork>> steps = steps(tenant);
      for (int done = 0; done <= steps.size(); done++) {
        try (UnitOfWork work = tenant.begin()) {
          steps.subList(0, done).forEach(step -> step.accept(work));
          work.rollback();
          assertThat(work.isActive()).isFalse();
        }
        assertThat(snapshot(tenant, people)).as("after rolling back at step %d", done).isEqualTo(before);
        try (UnitOfWork work = tenant.begin()) {
          steps.subList(0, done).forEach(step -> step.accept(work));
        }
        assertThat(snapshot(tenant, people)).as("after closing at step %d", done).isEqualTo(before);
      }
    }

    @Test
    @DisplayName("a stale write at any step of a unit of work fails it as a whole and leaves no trace")
    void failingAtAnyStepLeavesNoTrace() {
      TenantStore tenant = seeded();
      Snapshot before = snapshot(tenant, people);
      List<Consumer<UnitOfWork>> steps = steps(tenant);
      for (int done = 0; done <= steps.size(); done++) {
        int stepsDone = done;
        assertThatThrownBy(
                () -> tenant.runInTransaction(
                    work -> {
                      steps.subList(0, stepsDone).forEach(step -> step.accept(work));
                      work.goals().update(individualGoal(3, 9, employee(1)), 42);
                    }))
            .isInstanceOf(StaleVersionException.class);
        assertThat(snapshot(tenant, people)).as("after failing at step %d", done).isEqualTo(before);
      }
    }

    @Test
    @DisplayName("committing every step makes all of them visible together")
    void committingEveryStepMakesAllVisible() {
      TenantStore tenant = seeded();
      List<Consumer<UnitOfWork>> steps = steps(tenant);
      Goal first = committedGoal(tenant, id(0)).value();
      tenant.runInTransaction(work -> steps.forEach(step -> step.accept(work)));

      EmployeeId pseudonym = EmployeeId.of("erased-1");
      GoalRepository goals = tenant.goals();
      assertThat(goals.count()).isEqualTo(7);
      assertThat(tenant.personalData().export(employee(0)).isEmpty()).isTrue();
      assertThat(tenant.personalData().export(pseudonym).goals())
          .extracting(Goal::id)
          .containsExactly(id(0), id(10), id(2));
      assertThat(committedGoal(tenant, id(0)).version()).isEqualTo(3);
      assertThat(committedGoal(tenant, id(0)).value().weight()).isEqualTo(7);
      assertThat(TckGoals.attributesExcept(committedGoal(tenant, id(0)).value(), "owner", "weight"))
          .isEqualTo(TckGoals.attributesExcept(first, "owner", "weight"));
      assertThat(committedGoal(tenant, id(1))).isEqualTo(Versioned.of(goal(id(1), 6), 1));
      assertThat(committedGoal(tenant, id(3))).isEqualTo(Versioned.of(individualGoal(3, 5, employee(1)), 2));
      assertThat(goals.find(id(12))).isEmpty();
    }

    @Test
    @DisplayName("a unit of work that has ended refuses every call with TransactionStateException")
    void endedUnitOfWorkRefusesCalls() {
      TenantStore tenant = seeded();
      Snapshot before = snapshot(tenant, people);
      UnitOfWork committed = tenant.begin();
      committed.commit();
      UnitOfWork rolledBack = tenant.begin();
      rolledBack.goals().insert(goal(id(20), 0));
      rolledBack.rollback();

      for (UnitOfWork ended : List.of(committed, rolledBack)) {
        assertThat(ended.isActive()).isFalse();
        List<ThrowingCallable> calls =
            List.of(
                () -> ended.goals().find(id(0)),
                () -> ended.goals().count(),
                () -> ended.goals().stream().close(),
                () -> ended.goals().streamByOwner(GoalOwner.employee(employee(0))).close(),
                () -> ended.goals().insert(goal(id(21), 0)),
                () -> ended.goals().update(goal(id(1), 1), 1),
                () -> ended.goals().delete(id(1), 1),
                () -> ended.goals().insertAll(Stream.of(goal(id(22), 0)), 1),
                () -> ended.personalData().export(employee(0)),
                () -> ended.personalData().erase(employee(0), EmployeeId.of("erased-2")),
                ended::commit);
        for (ThrowingCallable call : calls) {
          assertThatThrownBy(call).isInstanceOf(TransactionStateException.class);
        }
        ended.rollback();
        ended.close();
      }
      assertThat(snapshot(tenant, people)).isEqualTo(before);
    }

    @Test
    @DisplayName("inTransaction returns the function's result and commits")
    void inTransactionCommits() {
      TenantStore tenant = newTenant();
      Versioned<Goal> inserted = tenant.inTransaction(work -> work.goals().insert(goal(id(0), 0)));
      assertThat(committedGoal(tenant, id(0))).isEqualTo(inserted);
      Long count = tenant.inTransaction(work -> work.goals().count());
      assertThat(count).isEqualTo(1);
    }

    @Test
    @DisplayName("inTransaction rethrows the function's exception unchanged and rolls back")
    void inTransactionRollsBackOnException() {
      TenantStore tenant = newTenant();
      IllegalArgumentException thrown = new IllegalArgumentException("host failure");
      UnitOfWork[] seen = new UnitOfWork[1];
      assertThatThrownBy(
              () -> tenant.runInTransaction(
                  work -> {
                    seen[0] = work;
                    work.goals().insert(goal(id(0), 0));
                    throw thrown;
                  }))
          .isSameAs(thrown);
      assertThat(seen[0].isActive()).isFalse();
      assertThat(tenant.goals().count()).isZero();
    }

    @Test
    @DisplayName("a unit of work without writes commits and changes nothing")
    void emptyUnitOfWorkCommits() {
      TenantStore tenant = seeded();
      Snapshot before = snapshot(tenant, people);
      try (UnitOfWork work = tenant.begin()) {
        assertThat(work.isActive()).isTrue();
        assertThat(work.tenant()).isEqualTo(tenant.tenant());
        assertThat(work.goals().count()).isEqualTo(4);
        work.commit();
      }
      assertThat(snapshot(tenant, people)).isEqualTo(before);
    }

    @Test
    @DisplayName("null functions and null tenants fail with InvalidInputException")
    void nullArgumentsFail() {
      TenantStore tenant = newTenant();
      Function<UnitOfWork, Object> noFunction = null;
      Consumer<UnitOfWork> noAction = null;
      TenantId noTenant = null;
      assertThatThrownBy(() -> tenant.inTransaction(noFunction)).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> tenant.runInTransaction(noAction)).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> store().forTenant(noTenant)).isInstanceOf(InvalidInputException.class);
    }
  }

  /** Many threads writing at once. */
  @Nested
  @DisplayName("Concurrency")
  class Concurrency {
    private static final int THREADS = 16;
    private static final int INCREMENTS = 10_000;

    @Test
    @DisplayName("16 threads x 10,000 conflicting re-weightings of one goal, retried when stale, lose none")
    void noUpdateIsLost() throws Exception {
      TenantStore tenant = newTenant();
      GoalId id = id(0);
      tenant.runInTransaction(work -> work.goals().insert(TckGoals.withWeight(goal(id, 0), 1)));
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> committed = new ArrayList<>();
      try {
        for (int t = 0; t < THREADS; t++) {
          committed.add(
              pool.submit(
                  () -> {
                    start.await();
                    int commits = 0;
                    while (commits < INCREMENTS) {
                      try (UnitOfWork work = tenant.begin()) {
                        Versioned<Goal> read = committedGoal(work, id);
                        Goal reweighted = TckGoals.withWeight(read.value(), read.value().weight() + 1);
                        work.goals().update(reweighted, read.version());
                        work.commit();
                        commits++;
                      } catch (StaleVersionException conflict) {
                        // someone else committed first: read again and retry
                      }
                    }
                    return commits;
                  }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> commits : committed) {
          total += commits.get(10, TimeUnit.MINUTES);
        }
        assertThat(total).isEqualTo(THREADS * INCREMENTS);
      } finally {
        pool.shutdownNow();
      }
      Versioned<Goal> last = committedGoal(tenant, id);
      assertThat(last.version()).isEqualTo(1 + THREADS * INCREMENTS);
      assertThat(last.value().weight()).isEqualTo(1.0 + THREADS * INCREMENTS);
      assertThat(TckGoals.attributesExcept(last.value(), "weight"))
          .isEqualTo(TckGoals.attributesExcept(goal(id, 0), "weight"));
    }

    @Test
    @DisplayName("16 threads inserting different goals at once all commit")
    void concurrentInsertsOfDifferentIdsAllCommit() throws Exception {
      TenantStore tenant = newTenant();
      int perThread = 500;
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          done.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < perThread; i++) {
                      int n = thread * perThread + i;
                      tenant.runInTransaction(work -> work.goals().insert(goal(id(n), n)));
                    }
                  }));
        }
        for (Future<?> future : done) {
          future.get(10, TimeUnit.MINUTES);
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(tenant.goals().count()).isEqualTo(THREADS * perThread);
    }
  }

  /** Export and erasure of one employee's data. */
  @Nested
  @DisplayName("Personal data")
  class PersonalData {
    private final EmployeeId pseudonym = EmployeeId.of("erased-7f3c9a");

    private TenantStore withGoalsOf(List<Integer> owners) {
      TenantStore tenant = newTenant();
      tenant.runInTransaction(
          work -> {
            for (int n = 0; n < owners.size(); n++) {
              int owner = owners.get(n);
              work.goals()
                  .insert(owner < 3 ? individualGoal(n, n, employee(owner)) : goal(id(n), 3 + 4 * n));
            }
          });
      tenant.runInTransaction(
          work -> {
            for (int n = 0; n < owners.size(); n += 2) {
              Goal stored = committedGoal(work, id(n)).value();
              work.goals().update(TckGoals.withWeight(stored, stored.weight() + 1), 1);
            }
          });
      return tenant;
    }

    @Test
    @DisplayName("an export holds exactly the employee's goals, ordered by id")
    void exportHoldsTheEmployeesGoals() {
      TenantStore tenant = withGoalsOf(List.of(0, 1, 0, 3, 2, 0));
      PersonalDataExport export = tenant.personalData().export(employee(0));

      assertThat(export.employee()).isEqualTo(employee(0));
      assertThat(export.goals()).extracting(Goal::id).containsExactly(id(0), id(2), id(5));
      assertThat(export.goals())
          .containsExactly(
              committedGoal(tenant, id(0)).value(), committedGoal(tenant, id(2)).value(), committedGoal(tenant, id(5)).value());
      assertThat(tenant.personalData().export(EmployeeId.of("nobody")).isEmpty()).isTrue();
      assertThat(newTenant().personalData().export(employee(0)).isEmpty()).isTrue();
    }

    @Test
    @DisplayName("erasure, for random goal sets, leaves no personal data reachable and every aggregate consistent")
    void erasureLeavesNoPersonalData() {
      qt().withExamples(100)
          .forAll(lists().of(integers().between(0, 4)).ofSizeBetween(0, 12))
          .checkAssert(this::checkErasure);
    }

    private void checkErasure(List<Integer> owners) {
      TenantStore tenant = withGoalsOf(owners);
      TenantStore twin = withGoalsOf(owners);
      Snapshot twinBefore = snapshot(twin, employee(0), pseudonym);
      Map<GoalId, Versioned<Goal>> before = new HashMap<>();
      snapshot(tenant).goals().forEach(v -> before.put(v.value().id(), v));
      GoalOwner erased = GoalOwner.employee(employee(0));
      long owned = before.values().stream().filter(v -> v.value().owner().equals(erased)).count();

      ErasureReport report =
          tenant.inTransaction(work -> work.personalData().erase(employee(0), pseudonym));

      assertThat(report).isEqualTo(new ErasureReport(pseudonym, owned, 0));
      assertThat(tenant.personalData().export(employee(0)).isEmpty()).isTrue();
      Snapshot after = snapshot(tenant);
      assertThat(after.goalCount()).isEqualTo(before.size());
      assertThat(after.goals()).noneMatch(v -> v.value().owner().equals(erased));
      for (Versioned<Goal> now : after.goals()) {
        Versioned<Goal> was = before.get(now.value().id());
        assertThat(was).as("goal %s existed before", now.value().id()).isNotNull();
        if (was.value().owner().equals(erased)) {
          assertThat(now.value().owner()).isEqualTo(GoalOwner.employee(pseudonym));
          assertThat(now.version()).isEqualTo(was.version() + 1);
          assertThat(TckGoals.attributesExcept(now.value(), "owner"))
              .isEqualTo(TckGoals.attributesExcept(was.value(), "owner"));
        } else {
          assertThat(now).isEqualTo(was);
        }
      }
      assertThat(tenant.personalData().export(pseudonym).goals()).hasSize((int) owned);
      assertThat(snapshot(twin, employee(0), pseudonym)).isEqualTo(twinBefore);
    }

    @Test
    @DisplayName("erasure outside a unit of work fails with TransactionRequiredException and changes nothing")
    void erasureNeedsUnitOfWork() {
      TenantStore tenant = withGoalsOf(List.of(0, 1));
      Snapshot before = snapshot(tenant, employee(0), pseudonym);
      assertThatThrownBy(() -> tenant.personalData().erase(employee(0), pseudonym))
          .isInstanceOf(TransactionRequiredException.class);
      assertThat(snapshot(tenant, employee(0), pseudonym)).isEqualTo(before);
    }

    @Test
    @DisplayName("a pseudonym that is the employee, names someone already, or is null fails and changes nothing")
    void badPseudonymsFail() {
      TenantStore tenant = withGoalsOf(List.of(0, 1, 2));
      Snapshot before = snapshot(tenant, employee(0), employee(1), pseudonym);
      EmployeeId nobody = null;
      try (UnitOfWork work = tenant.begin()) {
        assertThatThrownBy(() -> work.personalData().erase(employee(0), employee(0)))
            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("pseudonym"));
        assertThatThrownBy(() -> work.personalData().erase(employee(0), employee(1)))
            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("pseudonym"));
        assertThatThrownBy(() -> work.personalData().erase(employee(0), nobody))
            .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> work.personalData().erase(nobody, pseudonym))
            .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> work.personalData().export(nobody)).isInstanceOf(InvalidInputException.class);
        work.commit();
      }
      assertThat(snapshot(tenant, employee(0), employee(1), pseudonym)).isEqualTo(before);
    }

    @Test
    @DisplayName("erasing an employee the store knows nothing about changes nothing and says so")
    void erasingNobodyChangesNothing() {
      TenantStore tenant = withGoalsOf(List.of(1, 2, 3));
      Snapshot before = snapshot(tenant, employee(0), pseudonym);
      ErasureReport report = tenant.inTransaction(work -> work.personalData().erase(employee(0), pseudonym));
      assertThat(report.nothingFound()).isTrue();
      assertThat(snapshot(tenant, employee(0), pseudonym)).isEqualTo(before);
    }

    @Test
    @DisplayName("a unit of work sees its own erasure; others see it only after the commit")
    void erasureIsPartOfItsUnitOfWork() {
      TenantStore tenant = withGoalsOf(List.of(0, 0, 1));
      try (UnitOfWork work = tenant.begin()) {
        work.personalData().erase(employee(0), pseudonym);
        assertThat(work.personalData().export(employee(0)).isEmpty()).isTrue();
        assertThat(work.personalData().export(pseudonym).goals()).hasSize(2);
        assertThat(tenant.personalData().export(employee(0)).goals()).hasSize(2);
        assertThat(tenant.personalData().export(pseudonym).isEmpty()).isTrue();
        work.commit();
      }
      assertThat(tenant.personalData().export(employee(0)).isEmpty()).isTrue();
      assertThat(tenant.personalData().export(pseudonym).goals()).hasSize(2);
    }
  }

  /** Tenant stores themselves. */
  @Nested
  @DisplayName("Tenants")
  class Tenants {
    @Test
    @DisplayName("every view of a tenant, however obtained, shows the same data and names its tenant")
    void viewsOfOneTenantAgree() {
      TenantId tenant = newTenant().tenant();
      TenantStore first = store().forTenant(tenant);
      TenantStore second = store().forTenant(TenantId.of(tenant.value()));
      Versioned<Goal> inserted = first.inTransaction(work -> work.goals().insert(goal(id(0), 0)));

      assertThat(second.goals().find(id(0))).contains(inserted);
      assertThat(first.tenant()).isEqualTo(tenant);
      assertThat(second.tenant()).isEqualTo(tenant);
      try (UnitOfWork work = second.begin()) {
        assertThat(work.tenant()).isEqualTo(tenant);
        assertThat(work.goals().find(id(0))).contains(inserted);
      }
    }

    @Test
    @DisplayName("many tenants written at once each hold exactly their own goals")
    void manyTenantsHoldTheirOwn() {
      List<TenantStore> stores = IntStream.range(0, 20).mapToObj(i -> newTenant()).collect(Collectors.toList());
      for (int t = 0; t < stores.size(); t++) {
        int goals = t;
        stores.get(t).runInTransaction(
            work -> work.goals().insertAll(IntStream.range(0, goals).mapToObj(n -> goal(id(n), n + goals)), 7));
      }
      for (int t = 0; t < stores.size(); t++) {
        TenantStore tenant = stores.get(t);
        assertThat(tenant.goals().count()).isEqualTo(t);
        for (int n = 0; n < t; n++) {
          assertThat(tenant.goals().find(id(n))).contains(Versioned.of(goal(id(n), n + t), 1));
        }
        assertThat(tenant.goals().find(id(t))).isEmpty();
      }
    }
  }
}
